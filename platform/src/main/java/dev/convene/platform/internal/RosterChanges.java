package dev.convene.platform.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.event.MembershipChanged;
import dev.convene.core.membership.Change;
import dev.convene.core.membership.MembershipConflictException;
import dev.convene.core.membership.MembershipEvent;
import dev.convene.core.membership.Roster;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.MembershipStore;
import dev.convene.storage.Transaction;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Writes what a {@link Roster} decided, inside the operation's transaction: the membership row
 * (inserted, updated or deleted with the version read), its audit entry, its {@link
 * MembershipChanged} event and the cache key to forget; and reads the {@link Roster} view a change
 * needs.
 */
public final class RosterChanges {
  private static final MemberQuery ADMINS = MemberQuery.active().withRoles(Role.ADMIN);

  private RosterChanges() {}

  /**
   * Whether a conflict is the store's (a stale version, a concurrent insert), which reading again
   * may resolve, rather than the roster refusing a transition, which it would refuse again.
   */
  public static boolean isStoreConflict(ConflictException e) {
    return !(e instanceof MembershipConflictException);
  }

  /**
   * The view of the context's community that holds the memberships of {@code users} and counts its
   * active admins, given the same view of its parent for a working group: what a change needs,
   * read with work that does not grow with the community.
   */
  public static Roster roster(Transaction tx, AccessContext context, Collection<UserId> users) {
    Roster roster = view(tx, context.community().id(), users);
    return context.parent().map(p -> roster.withParent(view(tx, p.id(), users))).orElse(roster);
  }

  /** The view of {@code community} that holds the memberships of {@code users}, as stored. */
  public static Roster view(Transaction tx, CommunityId community, Collection<UserId> users) {
    MembershipStore store = tx.memberships();
    List<Membership> held = users.stream().distinct().flatMap(u -> store.get(community, u).stream()).toList();
    return Roster.view(community, users, held, store.count(community, ADMINS));
  }

  /**
   * Stores the change and records it.
   *
   * @param actor who did it; empty for the platform itself
   * @param reason why, for the audit entry
   * @param at when, the time the roster was given
   * @return the stored membership after the change, or empty if it was deleted
   */
  public static Optional<Membership> record(Work work, Optional<UserId> actor, Change change, Optional<String> reason,
      Instant at) {
    MembershipStore store = work.tx().memberships();
    Optional<Membership> stored;
    if (change.after().isEmpty()) {
      store.delete(change.community(), change.user(), change.before().orElseThrow().version());
      stored = Optional.empty();
    } else if (change.before().isEmpty()) {
      stored = Optional.of(store.insert(change.after().get()));
    } else {
      stored = Optional.of(store.update(change.after().get()));
    }
    AuditAction action = change.kind() == MembershipEvent.ROLE_CHANGED ? AuditAction.ROLE_CHANGED
        : AuditAction.MEMBERSHIP_CHANGED;
    AuditEntry entry = AuditEntry.of(at, actor, change.community(), action, change.user().value())
        .withChange(Describe.membership(change.before()), Describe.membership(change.after()));
    work.audit(reason.map(entry::withReason).orElse(entry));
    work.changed(change.community(), change.user());
    work.emit(new MembershipChanged(change.community(), change.user(), change.kind(), actor, at));
    return stored;
  }

}
