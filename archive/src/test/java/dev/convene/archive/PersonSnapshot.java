package dev.convene.archive;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.Membership;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Delivery;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.PageRequest;
import dev.convene.storage.PendingNotification;
import dev.convene.storage.Storage;
import dev.convene.storage.Subscription;
import java.util.List;
import java.util.stream.Stream;

/** Everything an erasure may touch in a {@link PersonWorld}, to compare before and after a refusal. */
record PersonSnapshot(List<Membership> memberships, List<Item> items, List<Subscription> subscriptions,
    List<AuditEntry> audit, List<PendingNotification> digests, long outbox) {

  static PersonSnapshot of(Storage storage) {
    List<CommunityId> communities = List.of(PersonWorld.WATER, PersonWorld.HIDDEN, PersonWorld.WG);
    return storage.read(tx -> new PersonSnapshot(
        communities.stream().flatMap(c -> tx.memberships().all(c).stream()).toList(),
        tx.items().list(ItemQuery.all(), PageRequest.first(100)).items(),
        tx.subscriptions().forCommunity(PersonWorld.WATER),
        communities.stream().flatMap(c -> tx.audit().forCommunity(c, PageRequest.first(100)).items().stream()).toList(),
        Stream.of(Delivery.values()).flatMap(d -> tx.digests().due(d, PersonWorld.T0.plusSeconds(86_400 * 365))
            .stream()).toList(),
        tx.outbox().countUpTo(Long.MAX_VALUE)));
  }
}
