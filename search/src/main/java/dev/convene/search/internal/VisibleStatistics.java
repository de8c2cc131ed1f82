package dev.convene.search.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The statistics relevance is computed from, taken over what one search's privacy filter lets
 * through, never over the whole index: {@link #searcher} gives a searcher whose term and field
 * statistics count only the live documents the filter passes. Counts are cached per segment (its
 * reader, which changes when documents in it are deleted), per privacy filter and per term or field;
 * the filter's bits per segment core in the {@link FilterCache}. Equal filters (the same communities,
 * cells and author) share a token, so every actor whose search has the same filter shares the counts.
 */
public final class VisibleStatistics {
  private static final int ENTRY_BYTES = 200;
  private static final int MAX_FILTERS = 10_000;

  private record Key(IndexReader.CacheKey segment, Object filter, Object what) {}

  private record Field(String name) {}

  private static final Object VISIBLE = new Object();

  private final FilterCache bits;
  private final Cache<Query, Object> tokens = Caffeine.newBuilder().maximumSize(MAX_FILTERS).build();
  private final Cache<Key, Object> counts;

  /**
   * Statistics whose filter bits live in {@code bits} and whose counts take about {@code maxBytes}.
   *
   * @param bits where the privacy filter's bits per segment are kept
   * @param maxBytes about how much memory the cached counts may take
   */
  public VisibleStatistics(FilterCache bits, long maxBytes) {
    this.bits = bits;
    this.counts = Caffeine.newBuilder().maximumWeight(maxBytes)
        .weigher((Key key, Object value) -> ENTRY_BYTES + switch (value) {
          // the bits are shared with the filter cache, but may outlive their entry there
          case VisibleCounts.Visible visible -> (int) Math.min(Integer.MAX_VALUE, visible.bits().ramBytesUsed());
          default -> key.what instanceof Term term ? term.bytes().length + term.field().length() : 0;
        })
        .build();
  }

  /** A searcher over {@code reader} whose statistics count only what {@code filter} lets through. */
  VisibleSearcher searcher(IndexReader reader, Query filter) {
    return new VisibleSearcher(reader, this, filter, tokens.get(filter, f -> new Object()));
  }

  /**
   * The visible documents of a segment: the filter's bits from the filter cache (looked up there on
   * every search, so that its statistics show the sharing), less the deleted ones.
   */
  VisibleCounts.Visible visible(LeafReaderContext leaf, Object token, FilterCache.Loader loader) throws IOException {
    FixedBitSet filtered = bits.get(leaf.reader(), token, loader);
    IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
    if (helper == null) {
      return VisibleCounts.visible(filtered, leaf.reader());
    }
    VisibleCounts.Visible visible = (VisibleCounts.Visible) cached(new Key(helper.getKey(), token, VISIBLE),
        () -> VisibleCounts.visible(filtered, leaf.reader()));
    // bits computed again after the filter cache dropped them are the same documents
    return visible.bits() == filtered ? visible : new VisibleCounts.Visible(filtered, visible.live(), visible.count(),
        visible.maxDoc());
  }

  VisibleCounts.TermCounts term(LeafReaderContext leaf, Object token, Term term, VisibleSearcher searcher)
      throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
    if (helper == null) {
      return VisibleCounts.term(leaf.reader(), term, searcher.visible(leaf));
    }
    // looked up under the term as given; kept under a copy, whose bytes no caller can reuse
    Object found = counts.getIfPresent(new Key(helper.getKey(), token, term));
    if (found == null) {
      found = VisibleCounts.term(leaf.reader(), term, searcher.visible(leaf));
      counts.put(new Key(helper.getKey(), token, new Term(term.field(), BytesRef.deepCopyOf(term.bytes()))), found);
    }
    return (VisibleCounts.TermCounts) found;
  }

  VisibleCounts.FieldCounts field(LeafReaderContext leaf, Object token, String field, VisibleSearcher searcher)
      throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
    if (helper == null) {
      return VisibleCounts.field(leaf.reader(), field, searcher.visible(leaf));
    }
    return (VisibleCounts.FieldCounts) cached(new Key(helper.getKey(), token, new Field(field)),
        () -> VisibleCounts.field(leaf.reader(), field, searcher.visible(leaf)));
  }

  private interface Counter {
    Object count() throws IOException;
  }

  private Object cached(Key key, Counter counter) throws IOException {
    Object found = counts.getIfPresent(key);
    if (found == null) {
      found = counter.count();
      counts.put(key, found);
    }
    return found;
  }
}
