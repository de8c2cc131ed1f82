package dev.convene.archive.internal.person;

import dev.convene.archive.ErasureOptions;
import dev.convene.archive.ErasureResult;
import dev.convene.core.ConflictException;
import dev.convene.core.membership.MembershipConflictException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.UserId;
import dev.convene.platform.Convene;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.GuidelinesAcceptance;
import dev.convene.storage.PollVote;
import dev.convene.storage.Registration;
import dev.convene.storage.Subscription;
import dev.convene.storage.Transaction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Erases a person in one transaction: successions where they are the last admin, their memberships,
 * the invitations they sent, their content, subscriptions, event registrations, acceptances of
 * guidelines, poll votes and pending news, their name on the reports they filed, an audit entry of
 * the erasure in every community concerned, and last the audit history, where the
 * pseudonym takes their place. Every write goes through the store, whose change log the search index and the policy cache
 * follow; none is told as news, so no notification names the person or the pseudonym. A conflict the
 * store reports (a concurrent write) runs the erasure again from a fresh read, up to {@value #ATTEMPTS}
 * times in all.
 */
public final class Erasure {
  /** How many times an erasure that meets a concurrent write runs at most, each in a fresh transaction. */
  static final int ATTEMPTS = 3;

  private final Convene convene;
  private final Actor actor;
  private final UserId user;
  private final ErasureOptions options;

  public Erasure(Convene convene, Actor actor, UserId user, ErasureOptions options) {
    this.convene = convene;
    this.actor = actor;
    this.user = user;
    this.options = options;
  }

  /**
   * Runs the erasure.
   *
   * @throws ConflictException if the person is a last admin no one takes over from, or the
   *     pseudonym holds a membership; nothing changes
   */
  public ErasureResult run() {
    for (int attempt = 1; ; attempt++) {
      try {
        return convene.storage().inTransaction(this::erase);
      } catch (ConflictException e) {
        // a concurrent write (a stale version, a serialization failure) may pass on a fresh read; a refusal would not
        if (attempt >= ATTEMPTS || e instanceof ErasureRefused || e instanceof MembershipConflictException) {
          throw e;
        }
      }
    }
  }

  private ErasureResult erase(Transaction tx) {
    Instant now = convene.clock().instant();
    UserId pseudonym = options.pseudonym();
    List<Membership> held = tx.memberships().ofUser(user);
    List<Membership> pseudonymHeld = tx.memberships().ofUser(pseudonym);
    if (!pseudonymHeld.isEmpty()) {
      throw new ErasureRefused(ErasureRefused.PSEUDONYM_TAKEN,
          Map.of("pseudonym", pseudonym.value(), "communities",
              pseudonymHeld.stream().map(m -> m.community().value()).collect(Collectors.joining(","))),
          "the pseudonym " + pseudonym + " is a member of " + pseudonymHeld.stream()
          .map(m -> m.community().value()).collect(Collectors.joining(", ")) + ": choose one no user has");
    }
    Map<CommunityId, Set<UserId>> newAdmins = Succession.plan(tx, user, held, options);
    Departures departures = new Departures(tx, actor, now);
    newAdmins.forEach(departures::handOver);
    held.forEach(departures::leave);

    Set<CommunityId> concerned = new TreeSet<>();
    held.forEach(m -> concerned.add(m.community()));
    List<Membership> invitations = departures.reattributeInvitations(user, pseudonym);
    invitations.forEach(m -> concerned.add(m.community()));
    ContentErasure content = new ContentErasure(tx, user, options);
    concerned.addAll(content.run());
    List<Subscription> subscriptions = tx.subscriptions().forUser(user);
    subscriptions.forEach(s -> {
      tx.subscriptions().delete(user, s.community());
      concerned.add(s.community());
    });
    // registrations name the person; the places they free go to the waiting list at the event's next decline
    List<Registration> registrations = tx.registrations().forUser(user);
    for (Registration registration : registrations) {
      tx.registrations().delete(registration.event(), user);
      tx.items().get(registration.event()).ifPresent(event -> concerned.add(event.community()));
    }
    // acceptances of guidelines name the person; the audit keeps, under the pseudonym, that they accepted
    List<GuidelinesAcceptance> acceptances = tx.guidelines().forUser(user);
    acceptances.forEach(a -> concerned.add(a.community()));
    tx.guidelines().deleteForUser(user);
    // votes name the person: they go, and the polls' counts with them
    List<PollVote> votes = tx.votes().forUser(user);
    for (PollVote vote : votes) {
      tx.votes().delete(vote.poll(), user);
      tx.items().get(vote.poll()).ifPresent(poll -> concerned.add(poll.community()));
    }
    // the reports the person filed stay, naming no one: their communities are not told of the erasure,
    // which would tie a reporter to a community where they may have left no other trace
    tx.reports().forgetReporter(user);
    int notifications = PendingNews.removeDigests(tx, user, content.replies());
    int outbox = tx.outbox().removeNaming(user);
    concerned.addAll(auditedIn(tx));

    Map<CommunityId, String> before = new TreeMap<>();
    held.forEach(m -> before.put(m.community(), Departures.describe(m)));
    for (CommunityId community : concerned) {
      tx.audit().append(AuditEntry.of(now, actor.user(), community, AuditAction.PERSON_ERASED, pseudonym.value())
          .withChange(before.getOrDefault(community, "none"), "none").withReason("content " + options.content()));
    }
    int audit = tx.audit().anonymise(user, pseudonym);
    return new ErasureResult(pseudonym, concerned, held.size(), newAdmins, content.itemsKept(),
        content.itemsRemoved(), content.repliesKept(), content.repliesRemoved(), invitations.size(),
        subscriptions.size(), registrations.size(), acceptances.size(), votes.size(), notifications, outbox, audit);
  }

  /** The communities whose audit log names the person. */
  private Set<CommunityId> auditedIn(Transaction tx) {
    return Pages.all(page -> tx.audit().about(user, page)).stream().map(AuditEntry::community)
        .flatMap(Optional::stream).collect(Collectors.toCollection(TreeSet::new));
  }
}
