package dev.convene.platform.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.event.MembershipChanged;
import dev.convene.core.membership.Change;
import dev.convene.core.membership.MembershipConflictException;
import dev.convene.core.membership.MembershipEvent;
import dev.convene.core.membership.Roster;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.MembershipStore;
import dev.convene.storage.Transaction;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes what a {@link Roster} decided, inside the operation's transaction: the membership row
 * (inserted, updated or deleted with the version read), its audit entry, its {@link
 * MembershipChanged} event and the cache key to forget. Also carries a departure from a community
 * into its working groups.
 */
public final class RosterChanges {
  private RosterChanges() {}

  /**
   * Whether a conflict is the store's (a stale version, a concurrent insert), which reading again
   * may resolve, rather than the roster refusing a transition, which it would refuse again.
   */
  public static boolean isStoreConflict(ConflictException e) {
    return !(e instanceof MembershipConflictException);
  }

  /** The roster of the context's community as stored, given its parent's roster for a working group. */
  public static Roster roster(Transaction tx, AccessContext context) {
    Roster roster = stored(tx, context.community().id());
    return context.parent().map(p -> roster.withParent(stored(tx, p.id()))).orElse(roster);
  }

  private static Roster stored(Transaction tx, CommunityId community) {
    return Roster.of(community, tx.memberships().all(community));
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

  /**
   * Drops from every working group of {@code parent}'s community everyone who is no longer an
   * active member of it, after someone left, was removed or was blocked there; each drop is
   * recorded like any change, by the same actor, with the reason.
   *
   * @param parent the parent's roster after the change
   * @throws MembershipConflictException if a working group would lose every admin; the caller's
   *     transaction then rolls back, so the departure from the parent does not happen either
   */
  public static void leaveWorkingGroups(Work work, Optional<UserId> actor, Roster parent, Instant at) {
    Optional<String> reason = Optional.of("no longer an active member of " + Access.what(parent.community()));
    for (Community group : work.tx().communities().workingGroups(parent.community())) {
      for (Change change : stored(work.tx(), group.id()).withoutNonMembersOf(parent)) {
        record(work, actor, change, reason, at);
      }
    }
  }
}
