package dev.convene.storage.memory;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.storage.Page;
import dev.convene.storage.internal.Refusals;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** What the in-memory stores share: version checks, references and pages. */
final class Rows {
  private Rows() {}

  /**
   * Refuses a write based on a version other than the stored one.
   *
   * @throws dev.convene.core.ConflictException naming {@code what} and both versions
   */
  static void checkVersion(String what, long stored, long read) {
    Refusals.checkVersion(what, stored, read);
  }

  /** The one way a missing row is reported. */
  static NotFoundException notFound(String what) {
    return Refusals.notFound(what);
  }

  /**
   * Requires the community a row refers to.
   *
   * @throws NotFoundException if it does not exist
   */
  static void requireCommunity(Tables tables, CommunityId community) {
    if (!tables.communities.contains(community)) {
      throw notFound("community " + community);
    }
  }

  /** Takes the id after the last one assigned: ids only grow, and a rollback gives them back. */
  static long nextId(Cell<Long> lastId, UndoLog undo) {
    long id = lastId.get() + 1;
    lastId.set(id, undo);
    return id;
  }

  /** A copy of {@code item} at another version. */
  static Item withVersion(Item item, long version) {
    return item.withHeader(item.header().withVersion(version));
  }

  /**
   * The page of at most {@code limit} of {@code rows} (already in listing order and after the
   * cursor), with the cursor of its last row when more follow.
   */
  static <R> Page<R> page(Stream<R> rows, int limit, Function<R, String> cursorOf) {
    List<R> upToOneMore = rows.limit(limit + 1L).toList();
    if (upToOneMore.size() <= limit) {
      return new Page<>(upToOneMore, Optional.empty());
    }
    List<R> items = upToOneMore.subList(0, limit);
    return new Page<>(items, Optional.of(cursorOf.apply(items.get(limit - 1))));
  }
}
