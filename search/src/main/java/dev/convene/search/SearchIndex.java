package dev.convene.search;

import dev.convene.core.ConveneException;
import dev.convene.core.ValidationException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.search.internal.IndexEngine;
import dev.convene.search.internal.Rebuilder;
import dev.convene.search.internal.SearchCore;
import dev.convene.storage.Storage;
import dev.convene.storage.internal.Follower;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;

/**
 * A Lucene index of a store's items and communities, searched on behalf of an actor. It follows the
 * store's change log: {@link #start()} runs a daemon thread that applies each committed change
 * within a fraction of a second, and {@link #awaitApplied} or {@link #awaitCurrent} let a caller wait
 * until its own write is searchable. The index is derived data: it records in its commit data how
 * far it has applied the log, catches up after a crash, and can be {@linkplain #rebuild rebuilt} from
 * the store at any time; a new index is rebuilt when first started or caught up. It records the
 * store's id too: opened against another store, or ahead of its store (lost writes, a restored
 * backup), it is emptied and rebuilt. It never stalls on one item: one it cannot index is skipped,
 * logged and {@linkplain #failures() listed}, and tried again when it changes or on a rebuild.
 *
 * <p>Every search applies {@link dev.convene.core.policy.AccessPolicy} inside the search, before
 * anything is collected: hits, totals, facet counts and suggestions hold only what the actor may
 * see, decided from the current community settings and memberships, so a privacy or membership
 * change counts from the very next query without reindexing anything.
 *
 * <p>Thread-safe. Build one per store with {@link #builder()} and {@link #close()} it when done.
 */
public final class SearchIndex implements AutoCloseable {
  private final SearchCore core;
  private final IndexEngine engine;
  private final Storage storage;
  private final Follower follower;
  private final Directory directory;
  private final boolean ownsDirectory;
  private volatile boolean started;
  private volatile boolean closed;

  SearchIndex(SearchCore core, IndexEngine engine, Storage storage, Duration pollInterval, Directory directory,
      boolean ownsDirectory) {
    this.core = core;
    this.engine = engine;
    this.storage = storage;
    this.directory = directory;
    this.ownsDirectory = ownsDirectory;
    this.follower = new Follower("convene-search-follower", this::step, pollInterval);
  }

  /**
   * Starts configuring an index; the store and a directory or path are required.
   *
   * @return a builder with nothing set
   */
  public static SearchIndexBuilder builder() {
    return new SearchIndexBuilder();
  }

  /**
   * Searches on behalf of {@code actor}.
   *
   * @param actor who searches; the hits, counts and facets hold only what {@link
   *     dev.convene.core.policy.AccessPolicy} lets them see
   * @param request what to search for, filters, sort and page
   * @return one page of hits with the total and the facets asked for
   * @throws dev.convene.core.InvalidQueryException if the text cannot be understood (a validation
   *     error on the field {@code text} with a rule such as {@code no-words} or
   *     {@code unsupported-syntax}); the message says what to change, decided by the text alone
   * @throws ValidationException if an argument is missing or the cursor is not one
   *     this index gave out
   */
  public SearchResult search(Actor actor, SearchRequest request) {
    Checks.required(actor, "actor");
    Checks.required(request, "request");
    requireOpen();
    return core.search(actor, request);
  }

  /**
   * Concept labels that start with the request's prefix, in any language, for autocompletion.
   *
   * @param actor who asks; only concepts of schemes they may see are suggested
   * @param request the prefix, limit, schemes and display language
   * @return the suggestions, at most the request's limit
   * @throws ValidationException if an argument is missing
   */
  public List<Suggestion> suggest(Actor actor, SuggestRequest request) {
    Checks.required(actor, "actor");
    Checks.required(request, "request");
    requireOpen();
    return core.suggest(actor, request);
  }

  /** Starts following the store on a daemon thread; does nothing if already started. */
  public synchronized void start() {
    requireOpen();
    if (!started) {
      started = true;
      follower.start();
    }
  }

  /**
   * Applies every change committed so far and makes it searchable, on the calling thread (a new
   * index is rebuilt first). For hosts that do not {@link #start()} the thread, and for tests.
   */
  public void catchUp() {
    requireOpen();
    step();
  }

  /** Tells the follower that a change was committed, so it catches up now. */
  public void wake() {
    follower.wake();
  }

  /**
   * Waits until every change up to {@code sequence} (a {@link dev.convene.storage.ChangeEntry}
   * sequence) is searchable.
   *
   * @param sequence the change-log sequence to wait for
   * @param timeout how long to wait at most
   * @return false if {@code timeout} passed first
   */
  public boolean awaitApplied(long sequence, Duration timeout) {
    Checks.required(timeout, "timeout");
    requireOpen();
    if (!started) {
      catchUp();
    } else {
      follower.wake();
    }
    try {
      return engine.awaitVisible(sequence, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Waits until every change committed before this call is searchable: call it after a write to read
   * your own write.
   *
   * @param timeout how long to wait at most
   * @return false if {@code timeout} passed first
   */
  public boolean awaitCurrent(Duration timeout) {
    return awaitApplied(storage.read(tx -> tx.changes().lastSequence()), timeout);
  }

  /**
   * Waits until the index's background merges are done, then makes the merged segments searchable
   * and commits them: after a bulk load, so that searches run on as few segments as the merge policy
   * makes, and nothing merges beside them. Searching and following the store go on meanwhile; a merge
   * that what they write starts is waited for too.
   *
   * @param timeout how long to wait at most
   * @return false if {@code timeout} passed first
   */
  public boolean awaitMerged(Duration timeout) {
    Checks.required(timeout, "timeout");
    requireOpen();
    try {
      return engine.awaitMerged(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Merges the index down to at most {@code maxSegments} segments and waits until done, then makes
   * the merged index searchable and commits it. A search pays a little for every segment (each word
   * is looked up, and its statistics over what the actor may see are counted, once per segment), so
   * an index that is written rarely, such as a repository after a bulk load or a {@linkplain #rebuild
   * rebuild}, searches fastest in one segment. The merge rewrites the whole index once, needing up to
   * its size again on disk meanwhile; an index written all day is better left to its merge policy,
   * which merges in the background as it grows. Searching and following the store go on meanwhile;
   * what the follower writes during the merge may stay in segments of its own.
   *
   * @param maxSegments the most segments to leave, at least 1
   * @throws ValidationException if {@code maxSegments} is less than 1
   * @throws ConveneException {@code search-index.failed} if the index cannot be merged or committed
   */
  public void forceMerge(int maxSegments) {
    Checks.check(maxSegments >= 1, "maxSegments", "positive", "must be at least 1, not %d", maxSegments);
    requireOpen();
    try {
      engine.forceMerge(maxSegments);
    } catch (AlreadyClosedException e) {
      throw closedError();
    } catch (IOException | UncheckedIOException e) {
      throw new ConveneException("search-index.failed", Map.of(), "cannot merge the search index: " + e.getMessage(),
          e);
    }
  }

  /**
   * Rebuilds the index from the store, reporting progress; searches see the old index until done.
   *
   * @param progress told of the rebuild's progress as it goes
   */
  public void rebuild(RebuildProgress progress) {
    Checks.required(progress, "progress");
    requireOpen();
    Rebuilder.rebuild(engine, storage, progress);
  }

  /**
   * The items and communities the index could not index (their document could not be read, built
   * or written), oldest change first. The index skipped each, logging why, and kept following the
   * store; it tries one again when it changes, and every one on {@link #rebuild}. For operators: a
   * reason may quote stored content, so never show it to readers.
   *
   * @return the failures still standing, oldest first; empty when every change was indexed
   */
  public List<IndexFailure> failures() {
    requireOpen();
    return engine.failures();
  }

  /**
   * What the index holds now.
   *
   * @return the counts of what the index holds at this moment
   */
  public IndexStats stats() {
    requireOpen();
    return core.stats();
  }

  /** Stops the follower, commits and closes the index (and the directory, if it opened it). */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      follower.stop();
      engine.close();
      if (ownsDirectory) {
        directory.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new ConveneException("search-index.failed", Map.of(), "cannot close the search index: " + e.getMessage(),
          e);
    }
  }

  private void step() {
    if (engine.needsRebuild()) {
      Rebuilder.rebuild(engine, storage, RebuildProgress.NONE);
    }
    engine.catchUp();
  }

  private void requireOpen() {
    if (closed) {
      throw closedError();
    }
  }

  private static ConveneException closedError() {
    return new ConveneException("search-index.closed", Map.of(), "the search index is closed");
  }
}
