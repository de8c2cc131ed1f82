package dev.convene.search.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The best hits by score, then key, kept in one pass over several segments. */
class RelevanceTopTest {
  private static final String GROUP = "group";

  /** A document with a key, in the group whose boost will be its score. */
  private static Document doc(String key, String group) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KEY, key, Field.Store.NO));
    doc.add(new SortedDocValuesField(Fields.KEY, new BytesRef(key)));
    doc.add(new StringField(GROUP, group, Field.Store.NO));
    return doc;
  }

  /** A query that scores every document of a group with that group's boost, exactly. */
  private static Query scores(Map<String, Float> boosts) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boosts.forEach((group, boost) -> query.add(
        new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(GROUP, group))), boost), Occur.SHOULD));
    return query.build();
  }

  private static List<String> keys(FieldDoc[] hits) {
    List<String> keys = new ArrayList<>();
    for (FieldDoc hit : hits) {
      assertEquals(hit.score, (Float) hit.fields[0], "the score is the first field");
      keys.add(((BytesRef) hit.fields[1]).utf8ToString());
    }
    return keys;
  }

  private static List<String> top(IndexSearcher searcher, Query query, int wanted) throws IOException {
    return keys(searcher.search(query, RelevanceTop.manager(wanted)));
  }

  @Test
  @DisplayName("keeps the best by score, equal scores by key across segments; a lower score never displaces")
  void handPicked() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
         IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
             .setMergePolicy(NoMergePolicy.INSTANCE))) {
      // (key, score): segment 0 m 2, c 1, z 3; segment 1 k 2, a 1, b 2; segment 2 d 2, y 3, e 0.5
      writer.addDocument(doc("m", "two"));
      writer.addDocument(doc("c", "one"));
      writer.addDocument(doc("z", "three"));
      writer.commit();
      writer.addDocument(doc("k", "two"));
      writer.addDocument(doc("a", "one"));
      writer.addDocument(doc("b", "two"));
      writer.commit();
      writer.addDocument(doc("d", "two"));
      writer.addDocument(doc("y", "three"));
      writer.addDocument(doc("e", "half"));
      writer.commit();
      Map<String, Float> boosts = new LinkedHashMap<>();
      boosts.put("three", 3f);
      boosts.put("two", 2f);
      boosts.put("one", 1f);
      boosts.put("half", 0.5f);
      Query query = scores(boosts);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertEquals(3, reader.leaves().size());
        IndexSearcher searcher = new IndexSearcher(reader);
        // by hand: y 3, z 3, b 2, d 2, k 2, m 2, a 1, c 1, e 0.5
        FieldDoc[] four = searcher.search(query, RelevanceTop.manager(4));
        assertEquals(List.of("y", "z", "b", "d"), keys(four),
            "b (segment 1) and d (segment 2) displace m (segment 0) and k at the tie across the cut");
        assertArrayEquals(new int[] {7, 2, 5, 6}, new int[] {four[0].doc, four[1].doc, four[2].doc, four[3].doc},
            "global doc ids");
        assertArrayEquals(new float[] {3, 3, 2, 2}, new float[] {four[0].score, four[1].score, four[2].score,
            four[3].score});
        assertEquals(List.of("y"), top(searcher, query, 1));
        assertEquals(List.of("y", "z", "b", "d", "k", "m"), top(searcher, query, 6),
            "a, with the lowest key, never displaces a better score");
        assertEquals(List.of("y", "z", "b", "d", "k", "m", "a"), top(searcher, query, 7));
        assertEquals(List.of("y", "z", "b", "d", "k", "m", "a", "c", "e"), top(searcher, query, 20),
            "fewer hits than wanted: all of them");
        assertEquals(List.of(), top(searcher, new TermQuery(new Term(GROUP, "none")), 5), "no hits");
      }
    }
  }

  @Test
  @DisplayName("reads a key only for a hit that could be kept, and a keyless document that could is an error")
  void keyless() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
         IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
             .setMergePolicy(NoMergePolicy.INSTANCE))) {
      writer.addDocument(doc("a", "two"));
      writer.addDocument(doc("b", "one"));
      writer.commit();
      Document keyless = new Document();
      keyless.add(new StringField(GROUP, "other", Field.Store.NO));
      writer.addDocument(keyless);
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Map<String, Float> below = Map.of("two", 2f, "one", 1f, "other", 0.5f);
        assertEquals(List.of("a", "b"), top(searcher, scores(below), 2), "scored below the kept: never read");
        assertThrows(IllegalStateException.class, () -> top(searcher, scores(below), 3), "room for it");
        Map<String, Float> tied = Map.of("two", 2f, "one", 1f, "other", 1f);
        assertThrows(IllegalStateException.class, () -> top(searcher, scores(tied), 2), "ties the lowest kept");
      }
    }
  }

  @Test
  @DisplayName("keeps what a sort by score and key keeps, in its order, over random segments, updates and ties")
  void randomized() throws IOException {
    Sort sort = new Sort(SortField.FIELD_SCORE, new SortField(Fields.KEY, SortField.Type.STRING));
    Map<String, Float> boosts = Map.of("g0", 0.5f, "g1", 1f, "g2", 2f, "g3", 3f);
    Query query = scores(boosts);
    for (long seed = 1; seed <= 30; seed++) {
      Random random = new Random(seed);
      try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
           IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
               .setMergePolicy(NoMergePolicy.INSTANCE))) {
        Set<String> keys = new LinkedHashSet<>();
        int documents = 1 + random.nextInt(300);
        for (int i = 0; i < documents; i++) {
          String key;
          if (!keys.isEmpty() && random.nextInt(5) == 0) { // a new version of a document, in a later segment
            key = new ArrayList<>(keys).get(random.nextInt(keys.size()));
          } else {
            key = randomKey(random);
            keys.add(key);
          }
          // g4 matches no clause: some documents are not hits
          writer.updateDocument(new Term(Fields.KEY, key), doc(key, "g" + random.nextInt(5)));
          if (random.nextInt(20) == 0) {
            writer.commit();
          }
        }
        writer.commit();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
          for (IndexSearcher searcher : List.of(new IndexSearcher(reader), perSegment(reader))) {
            for (int n : new int[] {1, 2, 3, 5, 11, 40, 1000}) {
              FieldDoc[] expected = fieldDocs(searcher.search(query,
                  new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE)).scoreDocs);
              FieldDoc[] actual = searcher.search(query, RelevanceTop.manager(n));
              String what = "seed " + seed + ", n " + n + ", " + reader.leaves().size() + " segments";
              assertEquals(expected.length, actual.length, what);
              for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i].doc, actual[i].doc, what + ", hit " + i);
                assertArrayEquals(expected[i].fields, actual[i].fields, what + ", hit " + i);
              }
            }
          }
        }
      }
    }
  }

  /** A short key from a small alphabet, so that keys share prefixes and vary in length. */
  private static String randomKey(Random random) {
    StringBuilder key = new StringBuilder();
    int length = 1 + random.nextInt(4);
    for (int i = 0; i < length; i++) {
      key.append((char) ('a' + random.nextInt(4)));
    }
    return key.toString();
  }

  /** A searcher with one slice per segment, so that collectors are reduced. */
  private static IndexSearcher perSegment(IndexReader reader) {
    return new IndexSearcher(reader, Runnable::run) {
      @Override
      protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return leaves.stream().map(leaf -> new LeafSlice(List.of(LeafReaderContextPartition.createForEntireSegment(leaf))))
            .toArray(LeafSlice[]::new);
      }
    };
  }

  private static FieldDoc[] fieldDocs(ScoreDoc[] docs) {
    FieldDoc[] fields = new FieldDoc[docs.length];
    for (int i = 0; i < docs.length; i++) {
      fields[i] = (FieldDoc) docs[i];
    }
    return fields;
  }
}
