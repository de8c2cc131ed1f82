package dev.convene.search.internal;

import dev.convene.core.ConveneException;
import dev.convene.core.model.Item;
import dev.convene.search.IndexFailure;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.Storage;
import dev.convene.storage.internal.ChangeCursor;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index writer and its near-real-time searchers, driven by the store's change log. The last
 * settled sequence is kept in the commit's user data, so that an index reopened after a crash
 * applies the change log from there; an entry applied twice only rewrites a document by its key.
 * Changes are applied and made visible in batches; commits happen at most every commit interval,
 * and on close.
 */
public final class IndexEngine implements Closeable {
  static final String SEQUENCE = "convene.sequence";
  static final String LAYOUT = "convene.layout";
  static final String STORE = "convene.store";
  static final String ANCHOR = "convene.anchor";
  static final int BATCH = 500;
  /** How often {@link #awaitMerged} looks whether merges are done. */
  private static final Duration MERGE_POLL = Duration.ofMillis(50);

  private static final Logger LOG = LoggerFactory.getLogger(IndexEngine.class);
  /** Segments per tier of the merge policy; Lucene's default is 10, which lets a million documents lie in twenty. */
  private static final double SEGMENTS_PER_TIER = 3;

  private final Storage storage;
  private final UUID storeId;
  private final Clock clock;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ReentrantLock lock = new ReentrantLock();
  private final ChangeCursor cursor;
  private final AtomicLong written = new AtomicLong();
  private final Duration commitInterval;
  private final Object visibility = new Object();
  private final IndexFailures failures = new IndexFailures();
  private final ChangeApplier applier;
  private boolean needsRebuild;
  private volatile long visible;
  private long lastCommit = System.nanoTime();
  private boolean dirty;
  /** The last settled entry applied, as {@link StoreCheck#anchor} records it, if any. */
  private @Nullable String anchor;

  private IndexEngine(Storage storage, UUID storeId, Clock clock, IndexWriter writer, long floor,
      boolean needsRebuild, Duration gapTimeout, Duration commitInterval) throws IOException {
    this.storage = storage;
    this.storeId = storeId;
    this.clock = clock;
    this.writer = writer;
    this.cursor = new ChangeCursor(floor, gapTimeout);
    this.needsRebuild = needsRebuild;
    this.commitInterval = commitInterval;
    this.applier = new ChangeApplier(this, storage, clock, failures);
    this.visible = needsRebuild ? -1 : floor;
    this.searchers = new SearcherManager(writer, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
          org.apache.lucene.index.IndexReader previous) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null); // the privacy filter keeps its own per-segment cache
        return searcher;
      }
    });
  }

  /**
   * Opens the index in {@code directory}, creating it if need be. An index without commit data, or
   * written with another field layout, is marked for a rebuild. An index that records another store's
   * id, a sequence beyond the store's last (the store lost writes, or was restored from an older
   * backup), or a last applied entry the store no longer holds at its sequence (restored, then written
   * to), is emptied at once, so that no search sees what the store does not hold, and marked for a
   * rebuild; a warning says why.
   */
  public static IndexEngine open(Storage storage, Directory directory, Analyzers analyzers, Clock clock,
      Duration gapTimeout, Duration commitInterval) {
    return open(storage, directory, analyzers, clock, gapTimeout, commitInterval,
        IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB);
  }

  /**
   * Lucene's tiered merge policy with fewer segments per tier than its default of ten: a search pays
   * for every segment (each word is looked up, its statistics counted and its scorer built once per
   * segment), while merging, which this buys, runs in the background and costs indexing little.
   */
  private static MergePolicy mergePolicy() {
    return new TieredMergePolicy().setSegmentsPerTier(SEGMENTS_PER_TIER);
  }

  /**
   * Opens the index as {@link #open(Storage, Directory, Analyzers, Clock, Duration, Duration)} does,
   * buffering up to {@code ramBufferMb} of new documents in memory before writing a segment.
   */
  public static IndexEngine open(Storage storage, Directory directory, Analyzers analyzers, Clock clock,
      Duration gapTimeout, Duration commitInterval, double ramBufferMb) {
    try {
      Map<String, String> data = DirectoryReader.indexExists(directory)
          ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
      StoreCheck store = storage.read(tx -> StoreCheck.read(tx.changes(), data.get(ANCHOR)));
      long floor = 0;
      boolean rebuild = true;
      boolean discard = false;
      if (!data.isEmpty()) {
        if (Fields.LAYOUT.equals(data.get(LAYOUT)) && data.containsKey(SEQUENCE)) {
          Optional<String> why = store.refusal(data.get(STORE), Long.parseLong(data.get(SEQUENCE)), data.get(ANCHOR));
          why.ifPresent(reason -> LOG.warn("search index: {}; it is emptied and rebuilt from the store", reason));
          discard = why.isPresent();
          floor = discard ? 0 : Long.parseLong(data.get(SEQUENCE));
          rebuild = discard;
        }
      }
      IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
          .setOpenMode(discard ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(false)
          .setRAMBufferSizeMB(ramBufferMb)
          .setMergePolicy(mergePolicy());
      IndexEngine engine = new IndexEngine(storage, store.id(), clock, new IndexWriter(directory, config), floor,
          rebuild, gapTimeout, commitInterval);
      engine.anchor = discard ? null : data.get(ANCHOR);
      return engine;
    } catch (IOException e) {
      throw new ConveneException("search-index.unavailable", Map.of(),
          "cannot open the search index: " + e.getMessage(), e);
    }
  }

  /** Whether the index must be rebuilt from the store before it can follow the change log. */
  public boolean needsRebuild() {
    return needsRebuild;
  }

  /** The searchers; acquire and release around each search. */
  public SearcherManager searchers() {
    return searchers;
  }

  /** How many documents were written (added or rewritten) since the index was opened. */
  public long documentsWritten() {
    return written.get();
  }

  /** The settled sequence that searches see. */
  public long visibleSequence() {
    return visible;
  }

  /** The settled sequence applied to the writer, visible or not. */
  public long appliedSequence() {
    lock.lock();
    try {
      return cursor.floor();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Applies at most {@code limit} pending change-log entries to the writer, without making them
   * visible or committing them. An item or community whose document cannot be read, built or
   * written is {@linkplain #failures() recorded}, its old document removed, and skipped: the
   * sequence moves on. A store that cannot be read at all, or an index that cannot be written, stops
   * the batch with the exception, to be tried again.
   *
   * @return how many entries were applied
   */
  public int apply(int limit) {
    lock.lock();
    try {
      List<ChangeApplier.Loaded> loaded = new ArrayList<>();
      try {
        storage.read(tx -> {
          for (ChangeEntry entry : cursor.poll(tx.changes(), Math.min(limit, BATCH))) {
            if (loaded.size() >= limit) {
              break;
            }
            ChangeApplier.Loaded one = ChangeApplier.load(tx, entry);
            loaded.add(one);
            if (one.failure() != null) {
              break; // the failed read may have spoilt the transaction: the rest waits for the next batch
            }
          }
          return loaded.size();
        });
      } catch (RuntimeException e) {
        // A database ends a transaction a failed read spoilt with an error of its own: what was read
        // stands, and the failed entry is read again, on its own, when it is applied.
        if (loaded.isEmpty() || loaded.getLast().failure() == null) {
          throw e;
        }
      }
      for (ChangeApplier.Loaded l : loaded) {
        applier.apply(l);
        cursor.applied(l.entry().sequence());
      }
      cursor.settle(clock.instant());
      loaded.stream().map(ChangeApplier.Loaded::entry).filter(e -> e.sequence() <= cursor.floor())
          .max(java.util.Comparator.comparingLong(ChangeEntry::sequence))
          .filter(e -> anchor == null || e.sequence() > Long.parseLong(anchor.substring(0, anchor.indexOf(' '))))
          .ifPresent(e -> anchor = StoreCheck.anchor(e));
      if (!loaded.isEmpty()) {
        dirty = true;
        writer.setLiveCommitData(commitData(cursor.floor()).entrySet());
      }
      return loaded.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.unlock();
    }
  }

  /** The document of a community or an item, as the follower builds it. */
  org.apache.lucene.document.Document document(Object value) {
    return applier.document(value);
  }

  /**
   * Builds item documents with {@code mapper} instead of {@link DocumentMapper#item}: for tests of
   * what the index does with an item it cannot index.
   */
  public void mapItemsWith(Function<Item, org.apache.lucene.document.Document> mapper) {
    applier.mapItemsWith(mapper);
  }

  /** The items and communities that could not be indexed, oldest change first. */
  public List<IndexFailure> failures() {
    return failures.list();
  }

  /** How many items and communities could not be indexed. */
  public int failureCount() {
    return failures.count();
  }

  IndexFailures failureLog() {
    return failures;
  }

  /** Applies every pending entry, makes it visible, and commits if the commit interval has passed. */
  public void catchUp() {
    lock.lock();
    try {
      while (apply(BATCH) > 0) {
        // keep going until the log is drained
      }
      refresh();
      if (dirty && System.nanoTime() - lastCommit >= commitInterval.toNanos()) {
        commit();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Makes what was applied visible to searches and wakes those waiting for it. */
  public void refresh() {
    try {
      long floor = appliedSequence();
      searchers.maybeRefreshBlocking();
      synchronized (visibility) {
        visible = Math.max(visible, floor);
        visibility.notifyAll();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until no merge is pending or running, then refreshes the searchers and commits.
   *
   * @return false if {@code timeout} passed first
   */
  public boolean awaitMerged(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (writer.hasPendingMerges() || !writer.getMergingSegments().isEmpty()) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      Thread.sleep(MERGE_POLL.toMillis());
    }
    refresh();
    commit();
    return true;
  }

  /**
   * Merges the index down to at most {@code maxSegments} segments, waiting until done, then
   * refreshes the searchers and commits. The follower goes on applying changes meanwhile; what it
   * writes during the merge may stay in segments of its own.
   */
  public void forceMerge(int maxSegments) throws IOException {
    writer.forceMerge(maxSegments, true);
    refresh();
    commit();
  }

  /** Commits what was applied, with the settled sequence. */
  public void commit() {
    lock.lock();
    try {
      writer.setLiveCommitData(commitData(cursor.floor()).entrySet());
      writer.commit();
      lastCommit = System.nanoTime();
      dirty = false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.unlock();
    }
  }

  /** Waits until searches see every entry up to {@code sequence}; false if the timeout passed first. */
  public boolean awaitVisible(long sequence, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (visibility) {
      while (visible < sequence) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(visibility, left);
      }
      return true;
    }
  }

  /** Runs {@code work} holding the writer's lock, as a rebuild does. */
  void locked(Runnable work) {
    lock.lock();
    try {
      work.run();
    } finally {
      lock.unlock();
    }
  }

  Clock clock() {
    return clock;
  }

  IndexWriter writer() {
    return writer;
  }

  /** Writes or deletes one document by key. */
  void write(String key, Optional<org.apache.lucene.document.Document> doc) throws IOException {
    Term term = new Term(Fields.KEY, key);
    if (doc.isPresent()) {
      writer.updateDocument(term, doc.get());
      written.incrementAndGet();
    } else {
      writer.deleteDocuments(term);
    }
  }

  /** Restarts following the change log at {@code floor}, after a rebuild. */
  void restartAt(long floor, Optional<ChangeEntry> atFloor) throws IOException {
    cursor.reset(floor);
    anchor = atFloor.map(StoreCheck::anchor).orElse(null);
    needsRebuild = false;
    dirty = true;
    writer.setLiveCommitData(commitData(floor).entrySet());
  }

  private Map<String, String> commitData(long floor) {
    Map<String, String> data = new java.util.HashMap<>(
        Map.of(SEQUENCE, Long.toString(floor), LAYOUT, Fields.LAYOUT, STORE, storeId.toString()));
    if (anchor != null) {
      data.put(ANCHOR, anchor);
    }
    return data;
  }

  /**
   * Closes the index as a crash would: what was not committed is lost. For tests of recovery.
   */
  public void crash() throws IOException {
    searchers.close();
    writer.rollback();
  }

  /** Commits and closes the index. */
  @Override
  public void close() throws IOException {
    lock.lock();
    try {
      if (writer.isOpen()) {
        if (!needsRebuild) {
          commit();
        }
        searchers.close();
        writer.close();
      }
    } finally {
      lock.unlock();
    }
  }
}
