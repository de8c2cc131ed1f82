package dev.convene.storage.tck;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.Membership;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.Delivery;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.PendingNotification;
import dev.convene.storage.StoredTaxonomy;
import dev.convene.storage.Subscription;
import dev.convene.storage.Transaction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything a store holds that the contract can see, read in one transaction: two snapshots are
 * equal when nothing was written in between.
 */
record Snapshot(
    List<Community> communities,
    List<Membership> memberships,
    List<Item> items,
    StoredTaxonomy taxonomy,
    List<ChangeEntry> changes,
    List<AuditEntry> audit,
    List<Subscription> subscriptions,
    List<PendingNotification> digests) {

  /** Reads the store; audit entries of {@code alsoAudited} count too, as do those of every community. */
  static Snapshot of(Transaction tx, Collection<CommunityId> alsoAudited) {
    List<Community> communities = all(page -> tx.communities().list(CommunityQuery.all(), page));
    Set<CommunityId> ids = new LinkedHashSet<>(alsoAudited);
    communities.forEach(c -> ids.add(c.id()));
    List<Membership> memberships = new ArrayList<>();
    List<AuditEntry> audit = new ArrayList<>();
    List<Subscription> subscriptions = new ArrayList<>();
    for (CommunityId id : ids) {
      memberships.addAll(tx.memberships().all(id));
      audit.addAll(all(page -> tx.audit().forCommunity(id, page)));
      subscriptions.addAll(tx.subscriptions().forCommunity(id));
    }
    List<PendingNotification> digests = new ArrayList<>();
    for (Delivery delivery : Delivery.values()) {
      digests.addAll(tx.digests().due(delivery, Fixtures.FAR_FUTURE));
    }
    List<ChangeEntry> changes = tx.changes().since(0, PageRequest.MAX_LIMIT);
    return new Snapshot(communities, memberships, all(page -> tx.items().list(ItemQuery.all(), page)),
        tx.taxonomy().current(), changes, audit, subscriptions, digests);
  }

  private static <T> List<T> all(Function<PageRequest, Page<T>> listing) {
    return ContractSupport.allPages(listing, PageRequest.MAX_LIMIT);
  }
}
