package dev.convene.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The per-segment bit sets of the privacy filter, keyed by the segment's core (which outlives
 * deletions, so the bits ignore deletions and the searcher applies them) and by what the filter
 * selects (a set of communities and cells, never a user). A segment's entries go when it closes;
 * the least recently used go when the cache holds more than its budget of bytes.
 *
 * <p>A look-up that finds its bits takes no lock: every search asks once per segment and filter,
 * from every searching thread. Adding bits and evicting take one lock; an evicted entry is the one
 * least recently found, by a stamp each look-up writes.
 */
public final class FilterCache {
  /** Computes the bits of one segment. */
  @FunctionalInterface
  public interface Loader {
    FixedBitSet load() throws IOException;
  }

  private record Key(IndexReader.CacheKey segment, Object filter) {}

  /** Cached bits and when they were last found. */
  private static final class Entry {
    final FixedBitSet bits;
    volatile long used;

    Entry(FixedBitSet bits, long used) {
      this.bits = bits;
      this.used = used;
    }
  }

  private final long maxBytes;
  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final Set<IndexReader.CacheKey> listening = ConcurrentHashMap.newKeySet();
  private final AtomicLong clock = new AtomicLong();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final Object writing = new Object();
  private long bytes; // guarded by writing

  public FilterCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The bits of {@code filter} in {@code segment}, computed by {@code loader} when not cached. */
  public FixedBitSet get(LeafReader segment, Object filter, Loader loader) throws IOException {
    IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return loader.load();
    }
    Key key = new Key(helper.getKey(), filter);
    Entry cached = entries.get(key);
    if (cached != null) {
      cached.used = clock.incrementAndGet();
      hits.increment();
      return cached.bits;
    }
    misses.increment();
    FixedBitSet bits = loader.load();
    synchronized (writing) {
      if (entries.putIfAbsent(key, new Entry(bits, clock.incrementAndGet())) == null) {
        bytes += bits.ramBytesUsed();
        evict();
      }
    }
    if (listening.add(key.segment)) {
      helper.addClosedListener(this::forget);
    }
    return bits;
  }

  /** The documents {@code weight} matches in {@code leaf}, deletions ignored: what a loader computes. */
  static FixedBitSet bits(Weight weight, LeafReaderContext leaf) throws IOException {
    FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
    Scorer scorer = weight.scorer(leaf);
    if (scorer != null) {
      bits.or(scorer.iterator());
    }
    return bits;
  }

  /** How many look-ups found their bits cached. */
  public long hits() {
    return hits.sum();
  }

  /** How many look-ups computed their bits. */
  public long misses() {
    return misses.sum();
  }

  private void forget(IndexReader.CacheKey segment) {
    synchronized (writing) {
      listening.remove(segment);
      entries.entrySet().removeIf(entry -> {
        boolean gone = entry.getKey().segment == segment;
        if (gone) {
          bytes -= entry.getValue().bits.ramBytesUsed();
        }
        return gone;
      });
    }
  }

  /** Removes the least recently found entries until the cache is within its budget. */
  private void evict() {
    if (bytes <= maxBytes) {
      return;
    }
    // the stamps are read once: a search may find an entry, and move its stamp, while they are sorted
    record Aged(Key key, Entry entry, long used) {}
    List<Aged> oldestFirst = new ArrayList<>(entries.size());
    entries.forEach((key, entry) -> oldestFirst.add(new Aged(key, entry, entry.used)));
    oldestFirst.sort(Comparator.comparingLong(Aged::used));
    for (int i = 0; i < oldestFirst.size() && bytes > maxBytes; i++) {
      Aged aged = oldestFirst.get(i);
      if (entries.remove(aged.key(), aged.entry())) {
        bytes -= aged.entry().bits.ramBytesUsed();
      }
    }
  }
}
