package dev.convene.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The cache of a filter's bits per segment: found again without computing, bounded by its budget. */
class FilterCacheTest {

  private static final int DOCS = 1_000;

  private static DirectoryReader oneSegment(ByteBuffersDirectory directory) throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      for (int i = 0; i < DOCS; i++) {
        writer.addDocument(new Document());
      }
      writer.commit();
    }
    return DirectoryReader.open(directory);
  }

  /** A loader that counts its calls. */
  private static final class Counting implements FilterCache.Loader {
    int loads;

    @Override
    public FixedBitSet load() {
      loads++;
      return new FixedBitSet(DOCS);
    }
  }

  @Test
  @DisplayName("bits are computed once per segment and filter, then found; the least recently found go first")
  void leastRecentlyFoundGoFirst() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); DirectoryReader reader = oneSegment(directory)) {
      LeafReader segment = reader.leaves().get(0).reader();
      long entry = new FixedBitSet(DOCS).ramBytesUsed();
      FilterCache cache = new FilterCache(2 * entry); // room for two filters
      Counting a = new Counting();
      Counting b = new Counting();
      Counting c = new Counting();
      FixedBitSet first = cache.get(segment, "a", a);
      assertSame(first, cache.get(segment, "a", a), "found, not computed again");
      cache.get(segment, "b", b);
      cache.get(segment, "a", a); // a is now found more recently than b
      cache.get(segment, "c", c); // over budget: b goes
      cache.get(segment, "a", a);
      cache.get(segment, "c", c);
      assertEquals(1, a.loads, "a was kept");
      assertEquals(1, c.loads, "c was kept");
      cache.get(segment, "b", b);
      assertEquals(2, b.loads, "b was evicted and computed again");
      assertEquals(4, cache.misses(), "a, b, c, then b again");
      assertEquals(4, cache.hits());
    }
  }

  @Test
  @DisplayName("a closed segment's bits are forgotten")
  void closedSegmentsAreForgotten() throws IOException {
    FilterCache cache = new FilterCache(1L << 20);
    Counting loader = new Counting();
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (DirectoryReader reader = oneSegment(directory)) {
        cache.get(reader.leaves().get(0).reader(), "a", loader);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        // the same segment opened again has a new core, hence a new key
        cache.get(reader.leaves().get(0).reader(), "a", loader);
        cache.get(reader.leaves().get(0).reader(), "a", loader);
      }
    }
    assertEquals(2, loader.loads);
    assertEquals(1, cache.hits());
  }

  @Test
  @DisplayName("searching threads find the same bits while others are added and evicted")
  void concurrentLookups() throws Exception {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); DirectoryReader reader = oneSegment(directory)) {
      LeafReader segment = reader.leaves().get(0).reader();
      long entry = new FixedBitSet(DOCS).ramBytesUsed();
      FilterCache cache = new FilterCache(8 * entry);
      ExecutorService threads = Executors.newFixedThreadPool(4);
      try {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int thread = t;
          tasks.add(() -> {
            int wrong = 0;
            for (int i = 0; i < 20_000; i++) {
              int filter = (i * 7 + thread) % 12; // 12 filters against room for 8: evictions all along
              FixedBitSet bits = cache.get(segment, filter, () -> {
                FixedBitSet computed = new FixedBitSet(DOCS);
                computed.set(filter);
                return computed;
              });
              if (bits.cardinality() != 1 || !bits.get(filter)) {
                wrong++;
              }
            }
            return wrong;
          });
        }
        for (Future<Integer> wrong : threads.invokeAll(tasks)) {
          assertEquals(0, wrong.get(), "every look-up gets its own filter's bits");
        }
      } finally {
        threads.shutdownNow();
      }
      assertEquals(80_000, cache.hits() + cache.misses());
    }
  }
}
