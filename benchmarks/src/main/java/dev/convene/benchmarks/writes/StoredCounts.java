package dev.convene.benchmarks.writes;

import dev.convene.core.model.CommunityId;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Storage;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a store holds after a run, read back through the store itself, to check that every write the
 * benchmark timed really happened.
 *
 * @param communities the communities, hosts included
 * @param memberships the memberships in the host communities
 * @param items the items
 * @param lastChange the change log's last sequence number: one entry per write, hosts included
 */
record StoredCounts(long communities, long memberships, long items, long lastChange) {

  /** What a run of {@code writes} writes per series and mode leaves in a new store. */
  static StoredCounts expected(int writes) {
    long perSeries = 2L * (writes + SeriesRun.warmupWrites(writes));
    return new StoredCounts(Samples.HOSTS + perSeries, perSeries, perSeries, Samples.HOSTS + 3 * perSeries);
  }

  /** Counts what {@code storage} holds, in one read-only transaction. */
  static StoredCounts read(Storage storage, List<CommunityId> hosts) {
    return storage.read(tx -> new StoredCounts(
        count(page -> tx.communities().list(CommunityQuery.all(), page)),
        hosts.stream().mapToLong(host -> tx.memberships().all(host).size()).sum(),
        count(page -> tx.items().list(ItemQuery.all(), page)),
        tx.changes().lastSequence()));
  }

  private static long count(Function<PageRequest, Page<?>> listing) {
    long count = 0;
    Optional<PageRequest> next = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
    while (next.isPresent()) {
      Page<?> page = listing.apply(next.get());
      count += page.items().size();
      next = next.get().next(page);
    }
    return count;
  }
}
