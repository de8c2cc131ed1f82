package dev.convene.benchmarks.raw;

import dev.convene.benchmarks.corpus.Audience;
import dev.convene.benchmarks.corpus.World;
import dev.convene.benchmarks.engine.Page;
import dev.convene.benchmarks.engine.Result;
import dev.convene.benchmarks.engine.SearchEngineUnderTest;
import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.Privacy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * The baseline engine: one {@link IndexWriter} fed from the stream on the calling thread (merges run
 * in the background), committed once, merged down by a writer of its own when the run asks ({@link
 * #forceMerge}), then searched through one {@link IndexSearcher} with Lucene's default query cache. See {@link RawSchema} for the layout, {@link RawQueries} and {@link
 * RawSearch} for the query side.
 */
public final class RawLuceneEngine implements SearchEngineUnderTest {
  /** The megabytes of new documents an engine buffers before writing a segment; Convene's is set the same. */
  public static final int RAM_BUFFER_MB = 128;

  private @Nullable World world;
  private @Nullable Directory directory;
  private @Nullable RawSchema schema;
  private @Nullable RawQueries queries;
  private @Nullable Analyzer analyzer;
  private @Nullable DirectoryReader reader;
  private @Nullable RawSearch search;

  /** An engine to {@link #open} next. */
  public RawLuceneEngine() {}

  @Override
  public String name() {
    return "raw-lucene";
  }

  @Override
  public void open(World world, Path path) {
    this.world = world;
    Map<CommunityId, Integer> ordinals = new HashMap<>();
    FixedBitSet publicReadable = new FixedBitSet(world.communities().size());
    for (Community community : world.communities()) {
      int ordinal = ordinals.size();
      ordinals.put(community.id(), ordinal);
      // no working groups in this world, so a community's own privacy is its effective privacy
      if (community.privacy() != Privacy.PRIVATE) {
        publicReadable.set(ordinal);
      }
    }
    schema = new RawSchema(world.taxonomy(), ordinals);
    analyzer = Analyzers.perField();
    queries = new RawQueries(analyzer, world.taxonomy(), schema.facetsConfig(), ordinals, publicReadable);
    try {
      directory = FSDirectory.open(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the index at " + path, e);
    }
  }

  @Override
  public void index(Stream<? extends Item> items) {
    RawSchema layout = require(schema);
    try (IndexWriter writer = new IndexWriter(require(directory), config(IndexWriterConfig.OpenMode.CREATE))) {
      items.forEach(item -> {
        try {
          writer.addDocument(layout.toLucene(item));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("Indexing failed", e);
    }
    openSearch();
  }

  /** Merges with a writer of its own, as a bulk load's last step would, then searches the merged index. */
  @Override
  public void forceMerge(int maxSegments) {
    try (IndexWriter writer = new IndexWriter(require(directory), config(IndexWriterConfig.OpenMode.APPEND))) {
      writer.forceMerge(maxSegments);
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("Merging failed", e);
    }
    openSearch();
  }

  private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(require(analyzer)).setOpenMode(mode).setRAMBufferSizeMB(RAM_BUFFER_MB);
  }

  /** Opens a reader on the last commit, in place of the one open, and the facet states over it. */
  private void openSearch() {
    RawSchema layout = require(schema);
    try {
      if (reader != null) {
        reader.close();
      }
      DirectoryReader opened = DirectoryReader.open(require(directory));
      reader = opened;
      Map<String, SortedSetDocValuesReaderState> states = new LinkedHashMap<>();
      for (String dimension : RawSchema.dimensions(require(world).taxonomy())) {
        states.put(dimension, new DefaultSortedSetDocValuesReaderState(opened, RawSchema.facetField(dimension),
            layout.facetsConfig()));
      }
      search = new RawSearch(new IndexSearcher(opened), states, require(world).taxonomy(), require(analyzer));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the index just written", e);
    }
  }

  @Override
  public Result query(Audience audience, BenchQuery query, Page page) {
    return require(search).run(require(queries).toLucene(audience, query), query, page);
  }

  @Override
  public long indexSizeBytes() {
    Directory dir = require(directory);
    try {
      long size = 0;
      for (String file : dir.listAll()) {
        size += dir.fileLength(file);
      }
      return size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Map<String, String> details() {
    DirectoryReader open = require(reader);
    return Map.of("segments", String.valueOf(open.leaves().size()),
        "RAM buffer", RAM_BUFFER_MB + " MB",
        "query cache", "Lucene's default (LRUQueryCache)");
  }

  @Override
  public void close() {
    try {
      if (reader != null) {
        reader.close();
      }
      if (directory != null) {
        directory.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T require(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("open the engine and index before querying");
    }
    return value;
  }
}
