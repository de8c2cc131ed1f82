package dev.convene.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A cached filter: its bits computed once per segment, and one document answered without them. */
class CachedFilterQueryTest {
  private static final int DOCS = 100;

  /** Documents 0, 3, 6, … carry {@code concept:c1}. */
  private static DirectoryReader oneSegment(ByteBuffersDirectory directory) throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      for (int i = 0; i < DOCS; i++) {
        Document document = new Document();
        document.add(new StringField(Fields.CONCEPT, i % 3 == 0 ? "c1" : "c2", Field.Store.NO));
        writer.addDocument(document);
      }
      writer.commit();
    }
    return DirectoryReader.open(directory);
  }

  /** The segment as a highlighter sees it: the same documents, under a reader no cache can key. */
  private static LeafReader unkeyed(LeafReader segment) {
    return new FilterLeafReader(segment) {
      @Override
      public @Nullable CacheHelper getCoreCacheHelper() {
        return null;
      }

      @Override
      public @Nullable CacheHelper getReaderCacheHelper() {
        return null;
      }
    };
  }

  @Test
  @DisplayName("on a reader the cache cannot key, one document is answered by the filter's query alone, without"
      + " computing the segment's bits")
  void oneDocumentWithoutBits() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); DirectoryReader reader = oneSegment(directory)) {
      Counting counting = new Counting(new TermQuery(new Term(Fields.CONCEPT, "c1")));
      Query filter = CachedFilterQuery.of(counting, new FilterCache(1 << 20));
      LeafReader view = unkeyed(reader.leaves().get(0).reader());
      IndexSearcher searcher = new IndexSearcher(view);
      Weight weight = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
      LeafReaderContext context = view.getContext();

      assertNotNull(weight.matches(context, 0), "document 0 carries c1");
      assertNull(weight.matches(context, 1), "document 1 does not");
      assertNotNull(weight.matches(context, 99), "document 99, a third one, does");
      assertEquals(0, counting.segmentScans.get(), "no bits were computed for the whole segment");
    }
  }

  @Test
  @DisplayName("on a segment the cache keys, the bits are computed once and answer every later search")
  void bitsOncePerSegment() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); DirectoryReader reader = oneSegment(directory)) {
      Counting counting = new Counting(new TermQuery(new Term(Fields.CONCEPT, "c1")));
      FilterCache cache = new FilterCache(1 << 20);
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);

      assertEquals(34, searcher.count(CachedFilterQuery.of(counting, cache)), "0, 3, … 99: 34 documents");
      assertEquals(34, searcher.count(CachedFilterQuery.of(counting, cache)));
      LeafReaderContext segment = reader.leaves().get(0);
      Weight weight = searcher.createWeight(CachedFilterQuery.of(counting, cache), ScoreMode.COMPLETE_NO_SCORES, 1f);
      assertNotNull(weight.matches(segment, 3));
      assertNull(weight.matches(segment, 4));
      assertEquals(1, counting.segmentScans.get(), "the bits were computed by the first search only");
    }
  }

  /** A query that counts how often a scorer over a whole segment is asked of it. */
  private static final class Counting extends Query {
    private final Query inner;
    private final AtomicInteger segmentScans = new AtomicInteger();

    Counting(Query inner) {
      this.inner = inner;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
      return new FilterWeight(this, inner.createWeight(searcher, scoreMode, boost)) {
        @Override
        public @Nullable ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
          segmentScans.incrementAndGet();
          return super.scorerSupplier(context);
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      inner.visit(visitor);
    }

    @Override
    public String toString(String field) {
      return "counting(" + inner.toString(field) + ")";
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other == this;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
