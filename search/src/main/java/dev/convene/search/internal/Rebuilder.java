package dev.convene.search.internal;

import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.search.RebuildProgress;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.CommunityQuery;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the index from the store: notes the change log's position, counts, then indexes every
 * community and item page by page, and resumes following the change log from the noted position, so
 * that whatever changed during the rebuild is applied again. Searches see the old index until the
 * rebuild is complete. An item or community whose document cannot be built or written is recorded
 * as a failure and left out, and the rebuild goes on; the failures recorded before are forgotten, as
 * every document is tried again.
 */
public final class Rebuilder {
  private static final Logger LOG = LoggerFactory.getLogger(Rebuilder.class);
  private static final int PAGE = 500;

  private Rebuilder() {}

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
        long total = count(storage, (tx, page) -> tx.communities().list(CommunityQuery.all(), page))
            + count(storage, (tx, page) -> tx.items().list(ItemQuery.all(), page));
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
        walk(storage, (tx, page) -> tx.communities().list(CommunityQuery.all(), page), (Community c) ->
            write(engine, Fields.communityKey(c.id().value()), c, position), advance);
        walk(storage, (tx, page) -> tx.items().list(ItemQuery.all(), page), (Item i) ->
            write(engine, Fields.itemKey(i.id().value()), i, position), advance);
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

  private static <T> long count(Storage storage, BiFunction<Transaction, PageRequest, Page<T>> list) {
    long count = 0;
    Optional<PageRequest> request = Optional.of(PageRequest.first(PAGE));
    while (request.isPresent()) {
      PageRequest current = request.get();
      Page<T> page = storage.read(tx -> list.apply(tx, current));
      count += page.items().size();
      request = current.next(page);
    }
    return count;
  }

  private static <T> void walk(Storage storage, BiFunction<Transaction, PageRequest, Page<T>> list,
      Consumer<T> index, Consumer<Integer> advance) {
    // a page the store cannot read ends the rebuild: the store is the source of truth and must be fixed
    Optional<PageRequest> request = Optional.of(PageRequest.first(PAGE));
    while (request.isPresent()) {
      PageRequest current = request.get();
      Page<T> page = storage.read(tx -> list.apply(tx, current));
      page.items().forEach(index);
      advance.accept(page.items().size());
      request = current.next(page);
    }
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
