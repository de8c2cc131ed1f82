package dev.convene.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.jspecify.annotations.Nullable;

/**
 * The keyword fields that facets count (the type, the language, the community), one array per
 * segment and field: each document's ordinal in the field's doc values, or {@link #NONE}. Counting a
 * hit then reads one array element, in the order the hits come, instead of advancing the doc values
 * to it. Built by one pass over the doc values, once per segment core and field, and held while the
 * segment lives: four bytes a document, for the fields counted. A field where some document of the
 * segment has several values has no column; its counter reads the doc values.
 */
final class KeywordColumns {
  /** The ordinal of a document without a value. */
  static final int NONE = -1;

  private final Map<IndexReader.CacheKey, Map<String, int[]>> bySegment = new WeakHashMap<>();

  /** The column of {@code field} in {@code segment}, or null if a document may have several values. */
  int @Nullable [] column(LeafReader segment, String field) throws IOException {
    SortedDocValues single = DocValues.unwrapSingleton(DocValues.getSortedSet(segment, field));
    if (single == null) {
      return null;
    }
    IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return build(single, segment.maxDoc());
    }
    synchronized (bySegment) {
      int[] known = bySegment.getOrDefault(helper.getKey(), Map.of()).get(field);
      if (known != null) {
        return known;
      }
    }
    int[] built = build(single, segment.maxDoc());
    synchronized (bySegment) {
      return bySegment.computeIfAbsent(helper.getKey(), k -> new HashMap<>()).merge(field, built, (known, ignored) -> known);
    }
  }

  private static int[] build(SortedDocValues values, int maxDoc) throws IOException {
    int[] ords = new int[maxDoc];
    Arrays.fill(ords, NONE);
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      ords[doc] = values.ordValue();
    }
    return ords;
  }
}
