package dev.convene.search.internal;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.search.RebuildProgress;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.EntityKind;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Storage;
import dev.convene.storage.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the index from the store: notes the change log's position, counts, then indexes every
 * community and item page by page, and resumes following the change log from the noted position, so
 * that whatever changed during the rebuild is applied again. Searches see the old index until the
 * rebuild is complete. An item or community whose document cannot be read, built or written is
 * recorded as a failure and left out, and the rebuild goes on; the failures recorded before are
 * forgotten, as every document is tried again.
 */
public final class Rebuilder {
  private static final Logger LOG = LoggerFactory.getLogger(Rebuilder.class);
  private static final int PAGE = 500;

  private Rebuilder() {}

  /** What a rebuild indexes: the communities, then the items. */
  private record Source<T>(EntityKind kind, BiFunction<Transaction, PageRequest, Page<T>> list,
      BiFunction<Transaction, String, Optional<T>> byId, Function<String, String> key) {}

  private static final Source<Community> COMMUNITIES = new Source<>(EntityKind.COMMUNITY,
      (tx, page) -> tx.communities().list(CommunityQuery.all(), page),
      (tx, id) -> tx.communities().get(CommunityId.of(id)), Fields::communityKey);

  private static final Source<Item> ITEMS = new Source<>(EntityKind.ITEM,
      (tx, page) -> tx.items().list(ItemQuery.all(), page),
      (tx, id) -> tx.items().get(ItemId.of(id)), Fields::itemKey);

  /** Rebuilds {@code engine} from {@code storage}. */
  public static void rebuild(IndexEngine engine, Storage storage, RebuildProgress progress) {
    engine.locked(() -> {
      try {
        record Position(long sequence, Optional<ChangeEntry> entry) {}
        Position start = storage.read(tx -> {
          long last = tx.changes().lastSequence();
          return new Position(last, last == 0 ? Optional.empty()
              : tx.changes().since(last - 1, 1).stream().filter(e -> e.sequence() == last).findFirst());
        });
        long position = start.sequence();
        long total = count(storage, COMMUNITIES, position) + count(storage, ITEMS, position);
        progress.progress(0, total);
        engine.writer().deleteAll();
        engine.failureLog().clear();
        long[] done = {0};
        long[] shownTotal = {total};
        Consumer<Integer> advance = n -> {
          done[0] += n;
          shownTotal[0] = Math.max(shownTotal[0], done[0]);
          progress.progress(done[0], shownTotal[0]);
        };
        walk(engine, storage, COMMUNITIES, position, advance);
        walk(engine, storage, ITEMS, position, advance);
        engine.restartAt(position, start.entry());
        engine.commit();
        engine.refresh();
        if (done[0] != shownTotal[0]) {
          progress.progress(done[0], done[0]); // documents were deleted meanwhile
        }
        LOG.info("search index rebuilt: {} documents, {} left out as they cannot be indexed, following the "
            + "change log from {}", done[0], engine.failureCount(), position);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static long count(Storage storage, Source<?> source, long position) {
    long count = 0;
    Optional<PageRequest> request = Optional.of(PageRequest.first(PAGE));
    try {
      while (request.isPresent()) {
        PageRequest current = request.get();
        Page<?> page = storage.read(tx -> source.list().apply(tx, current));
        count += page.items().size();
        request = current.next(page);
      }
      return count;
    } catch (RuntimeException e) {
      return LoggedIds.of(storage, source.kind(), position).size(); // the walk will read them one by one
    }
  }

  /**
   * Indexes every community or item page by page; if the store cannot read a page (a row it cannot
   * decode spoils the whole page), indexes them one by one instead, their ids taken from the change
   * log, so that the rebuild completes and only what cannot be read is left out and recorded.
   */
  private static <T> void walk(IndexEngine engine, Storage storage, Source<T> source, long position,
      Consumer<Integer> advance) {
    Optional<PageRequest> request = Optional.of(PageRequest.first(PAGE));
    while (request.isPresent()) {
      PageRequest current = request.get();
      Page<T> page;
      try {
        page = storage.read(tx -> source.list().apply(tx, current));
      } catch (RuntimeException e) {
        LOG.warn("search index rebuild: the store cannot list every {}; indexing them one by one", source.kind(), e);
        oneByOne(engine, storage, source, position, advance);
        return;
      }
      page.items().forEach(value -> write(engine, source.key().apply(idOf(value)), value, position));
      advance.accept(page.items().size());
      request = current.next(page);
    }
  }

  private static <T> void oneByOne(IndexEngine engine, Storage storage, Source<T> source, long position,
      Consumer<Integer> advance) {
    for (String id : LoggedIds.of(storage, source.kind(), position)) {
      String key = source.key().apply(id);
      Optional<T> value;
      try {
        value = storage.read(tx -> source.byId().apply(tx, id));
      } catch (RuntimeException e) {
        storage.read(tx -> tx.changes().lastSequence()); // throws too if the store cannot be read at all
        engine.failureLog().failed(key, position, e, engine.clock().instant());
        advance.accept(1);
        continue;
      }
      value.ifPresent(v -> write(engine, key, v, position));
      advance.accept(value.isPresent() ? 1 : 0);
    }
  }

  private static String idOf(Object value) {
    return switch (value) {
      case Community c -> c.id().value();
      case Item i -> i.id().value();
      default -> throw new IllegalArgumentException("not indexed: " + value.getClass().getName());
    };
  }

  private static void write(IndexEngine engine, String key, Object value, long position) {
    try {
      engine.write(key, Optional.of(engine.document(value)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      if (!IndexFailures.aboutOneDocument(e)) {
        throw e;
      }
      engine.failureLog().failed(key, position, e, engine.clock().instant());
    }
  }
}
