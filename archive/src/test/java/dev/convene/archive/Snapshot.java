package dev.convene.archive;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Poll;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Guidelines;
import dev.convene.storage.GuidelinesAcceptance;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Registration;
import dev.convene.storage.PollVote;
import dev.convene.storage.Storage;
import dev.convene.storage.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything a store holds of some communities, read straight from the store, with what a store
 * assigns of its own left out: versions (an import stores version 1) and audit ids, and the lines that
 * record exports and imports themselves. Two snapshots are equal when nothing was lost or changed.
 */
record Snapshot(List<Community> communities, List<Membership> memberships, List<Item> items,
    List<Subscription> subscriptions, List<AuditEntry> audit, List<Guidelines> guidelines,
    List<GuidelinesAcceptance> acceptances, List<Registration> registrations, List<PollVote> votes) {

  static Snapshot of(Storage storage, List<CommunityId> ids) {
    List<Community> communities = new ArrayList<>();
    List<Membership> memberships = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    List<Subscription> subscriptions = new ArrayList<>();
    List<PollVote> votes = new ArrayList<>();
    List<AuditEntry> audit = new ArrayList<>();
    List<Guidelines> guidelines = new ArrayList<>();
    List<GuidelinesAcceptance> acceptances = new ArrayList<>();
    List<Registration> registrations = new ArrayList<>();
    for (CommunityId id : ids) {
      communities.add(storage.read(tx -> tx.communities().get(id)).orElseThrow().withVersion(0));
      all(page -> storage.read(tx -> tx.memberships().members(id, MemberQuery.all(), page)))
          .forEach(m -> memberships.add(m.withVersion(0)));
      all(page -> storage.read(tx -> tx.items().list(ItemQuery.in(id), page)))
          .forEach(i -> items.add(i.withHeader(i.header().withVersion(0))));
      subscriptions.addAll(storage.read(tx -> tx.subscriptions().forCommunity(id)));
      guidelines.addAll(storage.read(tx -> tx.guidelines().versions(id)));
      acceptances.addAll(storage.read(tx -> tx.guidelines().acceptances(id)));
      items.stream().filter(i -> i instanceof Poll && i.community().equals(id))
          .forEach(p -> votes.addAll(storage.read(tx -> tx.votes().forPoll(p.id()))));
      all(page -> storage.read(tx -> tx.audit().forCommunity(id, page))).stream()
          .filter(e -> e.action() != AuditAction.COMMUNITY_EXPORTED && e.action() != AuditAction.COMMUNITY_IMPORTED)
          .forEach(e -> audit.add(e.withId(0)));
    }
    items.stream().filter(Event.class::isInstance).forEach(event ->
        registrations.addAll(storage.read(tx -> tx.registrations().forEvent(event.id()))));
    return new Snapshot(communities, memberships, items, subscriptions, audit, guidelines, acceptances,
        registrations, votes);
  }

  static <T> List<T> all(Function<PageRequest, Page<T>> read) {
    List<T> rows = new ArrayList<>();
    Optional<PageRequest> next = Optional.of(PageRequest.first(100));
    while (next.isPresent()) {
      Page<T> page = read.apply(next.get());
      rows.addAll(page.items());
      next = next.get().next(page);
    }
    return rows;
  }
}
