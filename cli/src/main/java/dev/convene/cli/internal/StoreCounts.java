package dev.convene.cli.internal;

import dev.convene.core.model.Community;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Storage;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What a store holds, counted in one read transaction so that the numbers belong together.
 *
 * @param communities communities and working groups, in any state
 * @param memberships memberships in any state: active, requested, invited, blocked
 * @param items items of every type and review state
 * @param changes the change log's last sequence
 */
record StoreCounts(long communities, long memberships, long items, long changes) {

  static StoreCounts of(Storage storage) {
    return storage.read(tx -> {
      Function<PageRequest, Page<Community>> communities = page -> tx.communities().list(CommunityQuery.all(), page);
      return new StoreCounts(pages(communities, c -> 1),
          pages(communities, c -> tx.memberships().count(c.id(), MemberQuery.all())),
          pages(page -> tx.items().list(ItemQuery.all(), page), item -> 1),
          tx.changes().lastSequence());
    });
  }

  /** Goes through every page of a listing, adding up what {@code count} says of each element. */
  private static <T> long pages(Function<PageRequest, Page<T>> list, ToLongFunction<T> count) {
    long total = 0;
    Optional<PageRequest> next = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
    while (next.isPresent()) {
      PageRequest request = next.get();
      Page<T> page = list.apply(request);
      total += page.items().stream().mapToLong(count).sum();
      next = request.next(page);
    }
    return total;
  }
}
