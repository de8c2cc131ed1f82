package dev.convene.search.internal;

import dev.convene.search.HitKind;
import dev.convene.search.IndexFailure;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The items and communities the index could not index, by document key: recorded with a log line
 * when one fails, forgotten when it is indexed or deleted later, or when a rebuild starts. Thread-safe.
 */
final class IndexFailures {
  private static final Logger LOG = LoggerFactory.getLogger(IndexFailures.class);

  private final Map<String, IndexFailure> byKey = new ConcurrentHashMap<>();

  /**
   * Whether {@code e} is about one document rather than the index as a whole: an index whose writer
   * has closed after a fatal error fails every write, and skipping them all would empty it.
   */
  static boolean aboutOneDocument(RuntimeException e) {
    return !(e instanceof AlreadyClosedException);
  }

  void failed(String key, long sequence, RuntimeException e, Instant at) {
    HitKind kind = key.startsWith(Fields.communityKey("")) ? HitKind.COMMUNITY : HitKind.ITEM;
    String id = key.substring(key.indexOf(':') + 1);
    String reason = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    byKey.put(key, new IndexFailure(kind, id, sequence, reason, at));
    LOG.error("search index: cannot index {} {} (change {}); skipped until it changes again or the index is "
        + "rebuilt", kind == HitKind.ITEM ? "item" : "community", id, sequence, e);
  }

  void indexed(String key) {
    byKey.remove(key);
  }

  void clear() {
    byKey.clear();
  }

  int count() {
    return byKey.size();
  }

  List<IndexFailure> list() {
    return byKey.values().stream().sorted(Comparator.comparingLong(IndexFailure::sequence)
        .thenComparing(IndexFailure::id)).toList();
  }
}
