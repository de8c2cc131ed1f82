package dev.convene.search.internal;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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
 */
public final class FilterCache {
  /** Computes the bits of one segment. */
  @FunctionalInterface
  public interface Loader {
    FixedBitSet load() throws IOException;
  }

  private record Key(IndexReader.CacheKey segment, Object filter) {}

  private final long maxBytes;
  private final LinkedHashMap<Key, FixedBitSet> entries = new LinkedHashMap<>(64, 0.75f, true);
  private final java.util.Set<IndexReader.CacheKey> listening = new java.util.HashSet<>();
  private long bytes;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

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
    synchronized (this) {
      FixedBitSet cached = entries.get(key);
      if (cached != null) {
        hits.incrementAndGet();
        return cached;
      }
    }
    misses.incrementAndGet();
    FixedBitSet bits = loader.load();
    boolean listen;
    synchronized (this) {
      if (entries.put(key, bits) == null) {
        bytes += bits.ramBytesUsed();
        evict();
      }
      listen = listening.add(key.segment);
    }
    if (listen) {
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
    return hits.get();
  }

  /** How many look-ups computed their bits. */
  public long misses() {
    return misses.get();
  }

  private synchronized void forget(IndexReader.CacheKey segment) {
    listening.remove(segment);
    Iterator<Map.Entry<Key, FixedBitSet>> it = entries.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Key, FixedBitSet> entry = it.next();
      if (entry.getKey().segment == segment) {
        bytes -= entry.getValue().ramBytesUsed();
        it.remove();
      }
    }
  }

  private void evict() {
    Iterator<Map.Entry<Key, FixedBitSet>> it = entries.entrySet().iterator();
    while (bytes > maxBytes && it.hasNext()) {
      bytes -= it.next().getValue().ramBytesUsed();
      it.remove();
    }
  }
}
