package dev.convene.search;

import dev.convene.core.ConveneException;
import dev.convene.core.internal.Checks;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.search.internal.Analyzers;
import dev.convene.search.internal.IndexEngine;
import dev.convene.search.internal.SearchCore;
import dev.convene.storage.Storage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * Configures a {@link SearchIndex}. Required: the store, and either a directory or a path. Defaults:
 * the standard policy (pass the platform's own), the system clock, a poll every 200 ms, gaps in the
 * change log given up after 10 s, a commit at most every second, 64 MiB of cached privacy filters,
 * 10,000 cached audiences, prefixes of at least 2 letters or digits, 64 MiB of new documents buffered
 * before a segment is written.
 */
public final class SearchIndexBuilder {
  private @Nullable Storage storage;
  private @Nullable Directory directory;
  private @Nullable Path path;
  private AccessPolicy policy = AccessPolicy.standard();
  private Clock clock = Clock.systemUTC();
  private Duration pollInterval = Duration.ofMillis(200);
  private Duration gapTimeout = Duration.ofSeconds(10);
  private Duration writesElsewhereWithin = Duration.ZERO;
  private Duration commitInterval = Duration.ofSeconds(1);
  private long filterCacheBytes = 64L << 20;
  private int audienceCacheSize = 10_000;
  private int minPrefixLength = 2;
  private int indexingBufferMb = 64;

  SearchIndexBuilder() {}

  /**
   * The store the index follows (required, set once).
   *
   * @param value the store to follow
   * @return this builder
   */
  public SearchIndexBuilder storage(Storage value) {
    Checks.check(storage == null, "storage", "set-once", "storage was already set to %s",
        storage == null ? "" : storage.name());
    this.storage = Checks.required(value, "storage");
    return this;
  }

  /**
   * Keep the index in this directory, which the caller closes ({@code ByteBuffersDirectory} in
   * tests).
   *
   * @param value the directory to keep the index in
   * @return this builder
   */
  public SearchIndexBuilder directory(Directory value) {
    Checks.check(directory == null && path == null, "directory", "set-once", "the index's place was already set");
    this.directory = Checks.required(value, "directory");
    return this;
  }

  /**
   * Keep the index in files under this path, opened and closed by the index.
   *
   * @param value the directory, on the file system, to keep the index in
   * @return this builder
   */
  public SearchIndexBuilder path(Path value) {
    Checks.check(directory == null && path == null, "path", "set-once", "the index's place was already set");
    this.path = Checks.required(value, "path");
    return this;
  }

  /**
   * The policy that decides what each actor may see; the platform's own.
   *
   * @param value the access policy
   * @return this builder
   */
  public SearchIndexBuilder policy(AccessPolicy value) {
    this.policy = Checks.required(value, "policy");
    return this;
  }

  /**
   * The clock; invitations lapse by it.
   *
   * @param value the clock to read the time from
   * @return this builder
   */
  public SearchIndexBuilder clock(Clock value) {
    this.clock = Checks.required(value, "clock");
    return this;
  }

  /**
   * How often the follower looks for changes when nobody wakes it; positive.
   *
   * @param value the time between two looks at the change log
   * @return this builder
   */
  public SearchIndexBuilder pollInterval(Duration value) {
    this.pollInterval = positive(value, "pollInterval");
    return this;
  }

  /**
   * How long a privacy, settings or membership change written elsewhere may take to count in
   * searches: zero (the default) or positive. Every search needs the store's last committed sequence
   * to know that what it keeps of communities and memberships is current. With zero, it asks the
   * store every time (one statement on a database). With a positive value, and a store that
   * {@linkplain dev.convene.storage.Storage#writesEnded() counts its own writes} (the JDBC store does),
   * a search asks only when a write went through this store since the last answer or when the
   * answer is older than the value: a change written through this store still counts from the next
   * search, one written through another store object on the same database (another node, another
   * process) within the value. A single node loses nothing by setting it; several nodes trade that
   * delay for a round trip per search, as the platform's policy cache does with its follow interval.
   *
   * @param value the longest a write made elsewhere may go unseen by searches
   * @return this builder
   */
  public SearchIndexBuilder writesElsewhereWithin(Duration value) {
    Checks.required(value, "writesElsewhereWithin");
    Checks.check(!value.isNegative(), "writesElsewhereWithin", "non-negative", "must not be negative, not %s", value);
    this.writesElsewhereWithin = value;
    return this;
  }

  /**
   * How long a gap in the change log is waited for before it is taken for a rolled-back write.
   *
   * @param value how long to wait for a missing sequence in the change log
   * @return this builder
   */
  public SearchIndexBuilder gapTimeout(Duration value) {
    this.gapTimeout = positive(value, "gapTimeout");
    return this;
  }

  /**
   * How often, at most, applied changes are committed to the directory.
   *
   * @param value the least time between two commits
   * @return this builder
   */
  public SearchIndexBuilder commitInterval(Duration value) {
    this.commitInterval = positive(value, "commitInterval");
    return this;
  }

  /**
   * The memory the cached privacy filters may take, in bytes; the counts relevance is computed from
   * (per filter, segment and word, over what the filter lets through) may take about as much again.
   *
   * @param value the size of the filter cache, in bytes
   * @return this builder
   */
  public SearchIndexBuilder filterCacheBytes(long value) {
    Checks.check(value >= 0, "filterCacheBytes", "non-negative", "must not be negative");
    this.filterCacheBytes = value;
    return this;
  }

  /**
   * How many audiences (what an actor may read) are cached.
   *
   * @param value the number of audiences to cache
   * @return this builder
   */
  public SearchIndexBuilder audienceCacheSize(int value) {
    Checks.check(value >= 1, "audienceCacheSize", "positive", "must be at least 1");
    this.audienceCacheSize = value;
    return this;
  }

  /**
   * The fewest letters or digits a {@code prefix*} must have; a shorter one is refused with an
   * {@link dev.convene.core.InvalidQueryException}. The rule looks at the query only: a prefix long
   * enough matches every word that starts with it, however many there are, so that whether a query
   * is accepted never depends on documents the actor may not see. A longer minimum bounds the work a
   * prefix costs.
   *
   * @param value the fewest letters or digits before a {@code *}
   * @return this builder
   * @throws dev.convene.core.ValidationException if {@code value} is not 1 to 20
   */
  public SearchIndexBuilder minPrefixLength(int value) {
    Checks.check(value >= 1 && value <= 20, "minPrefixLength", "range", Map.of("min", 1, "max", 20),
        "must be 1 to 20, not %d", value);
    this.minPrefixLength = value;
    return this;
  }

  /**
   * How many MiB of new documents the index writer buffers before it writes them as a segment; it
   * also writes one at each refresh. A larger buffer makes fewer, larger segments when many items
   * are indexed at once (a rebuild, a bulk import) at the cost of that much heap while they are.
   *
   * @param value the size of the indexing buffer, in MiB
   * @return this builder
   */
  public SearchIndexBuilder indexingBufferMb(int value) {
    Checks.check(value >= 1 && value <= 2_000, "indexingBufferMb", "range", Map.of("min", 1, "max", 2000),
        "must be 1 to 2000, not %d", value);
    this.indexingBufferMb = value;
    return this;
  }

  /**
   * Opens the index. It follows the store once {@linkplain SearchIndex#start() started} or
   * {@linkplain SearchIndex#catchUp() caught up}.
   *
   * @return the index, open but not yet following the store
   * @throws dev.convene.core.ValidationException if the store or the place of the index is missing
   * @throws ConveneException if the index cannot be opened
   */
  public SearchIndex build() {
    Storage store = Checks.required(storage, "storage");
    Checks.check(directory != null || path != null, "directory", "required", "set a directory or a path");
    Directory dir;
    try {
      dir = directory != null ? directory : FSDirectory.open(path);
    } catch (IOException e) {
      throw new ConveneException("search-index.unavailable", Map.of(),
          "cannot open the search index at " + path + ": " + e.getMessage(), e);
    }
    Analyzers analyzers = new Analyzers();
    IndexEngine engine = IndexEngine.open(store, dir, analyzers, clock, gapTimeout, commitInterval,
        indexingBufferMb);
    SearchCore core = new SearchCore(store, engine, analyzers, policy, clock, gapTimeout, writesElsewhereWithin, filterCacheBytes,
        audienceCacheSize, minPrefixLength);
    return new SearchIndex(core, engine, store, pollInterval, dir, directory == null);
  }

  private static Duration positive(Duration value, String field) {
    Checks.required(value, field);
    Checks.check(!value.isNegative() && !value.isZero(), field, "positive", "must be positive, not %s", value);
    return value;
  }
}
