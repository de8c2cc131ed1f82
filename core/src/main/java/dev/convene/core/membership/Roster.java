package dev.convene.core.membership;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One community's memberships, keyed by user: an immutable value whose operations ({@link
 * #join}, {@link #invite}, {@link #block}, ...) return a {@link Change} holding the roster after
 * them. A roster always satisfies the community-wide invariants: every membership is of its
 * community, a user has at most one membership, and at least one member is an active admin (a
 * working group may have none, see {@link #withoutNonMembersOf(Roster, boolean)}).
 *
 * <p>A roster is either complete ({@link #of}), holding every membership of its community, or a
 * {@linkplain #view view} holding the memberships of a few users and the count of the community's
 * active admins: all an operation on those users needs, so that a change costs the same work in a
 * community of ten members as in one of a million. An operation on a view decides exactly as on
 * the complete roster; asking a view about a user it does not hold is a mistake of the caller's.
 *
 * <p>A working group's roster may be given its parent's roster ({@link #withParent}); joining,
 * asking to join, being invited, accepting and being approved then require the user to be an
 * active member of the parent.
 */
public final class Roster {
  private final CommunityId community;
  private final SortedMap<UserId, Membership> byUser;
  /** The users whose membership (or lack of one) this roster knows; empty when it knows everyone's. */
  private final Optional<Set<UserId>> scope;
  private final long activeAdmins;
  private final Optional<Roster> parent;

  private Roster(CommunityId community, SortedMap<UserId, Membership> byUser, Optional<Set<UserId>> scope,
      long activeAdmins, Optional<Roster> parent) {
    this.community = community;
    this.byUser = Collections.unmodifiableSortedMap(byUser);
    this.scope = scope;
    this.activeAdmins = activeAdmins;
    this.parent = parent;
  }

  /**
   * A new community's roster: the founder is its only member, an active admin since {@code now}.
   *
   * @param community the new community
   * @param founder the user who founds it
   * @param now the time of founding
   * @return the roster holding the founder's membership only
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  public static Roster founded(CommunityId community, UserId founder, Instant now) {
    Checks.required(community, "community");
    Membership admin = new Membership(community, Checks.required(founder, "founder"), MembershipState.ACTIVE,
        Role.ADMIN, Optional.empty(), Optional.empty(), Checks.required(now, "now"), Optional.empty(), 0);
    return of(community, List.of(admin));
  }

  /**
   * The roster of stored memberships.
   *
   * @param community the community whose memberships these are
   * @param memberships every membership of the community, in any order
   * @return the complete roster
   * @throws dev.convene.core.ValidationException if a membership is missing or of another community,
   *     a user has two memberships, or no membership is an active admin
   */
  public static Roster of(CommunityId community, Collection<Membership> memberships) {
    SortedMap<UserId, Membership> byUser = byUser(community, memberships, Optional.empty());
    long admins = byUser.values().stream().filter(m -> m.hasRole(Role.ADMIN)).count();
    Checks.check(admins > 0, "memberships", "active-admin", "%s needs at least one active admin", community);
    return new Roster(community, byUser, Optional.empty(), admins, Optional.empty());
  }

  /**
   * A view of the roster that holds the memberships of {@code users} only: those of {@code
   * memberships}, the other users having none. {@code activeAdmins} is how many active admins the
   * whole community has; it may be 0 only for a working group left without an admin of its own.
   *
   * @param community the community whose memberships these are
   * @param users the users the view is about, with or without a membership
   * @param memberships the memberships of those users that exist
   * @param activeAdmins how many active admins the whole community has
   * @return the view
   * @throws dev.convene.core.ValidationException if an argument is missing, a membership is of another
   *     community or of a user not in {@code users}, a user has two memberships, or the count is below
   *     the active admins among {@code memberships}
   */
  public static Roster view(CommunityId community, Collection<UserId> users, Collection<Membership> memberships,
      long activeAdmins) {
    Set<UserId> scope = Set.copyOf(Checks.noNulls(users, "users"));
    SortedMap<UserId, Membership> byUser = byUser(community, memberships, Optional.of(scope));
    long held = byUser.values().stream().filter(m -> m.hasRole(Role.ADMIN)).count();
    Checks.check(activeAdmins >= held, "activeAdmins", "at-least-held", "counts %d active admins of %s, fewer than"
        + " the %d given", activeAdmins, community, held);
    return new Roster(community, byUser, Optional.of(scope), activeAdmins, Optional.empty());
  }

  private static SortedMap<UserId, Membership> byUser(CommunityId community, Collection<Membership> memberships,
      Optional<Set<UserId>> scope) {
    Checks.required(community, "community");
    SortedMap<UserId, Membership> byUser = new TreeMap<>();
    for (Membership m : Checks.noNulls(memberships, "memberships")) {
      String field = "memberships[" + m.user() + "]";
      Checks.check(m.community().equals(community), field, "same-community", "is of %s, not of %s",
          m.community(), community);
      Checks.check(scope.map(users -> users.contains(m.user())).orElse(true), field, "in-view",
          "is of a user the view does not hold");
      Checks.check(byUser.put(m.user(), m) == null, field, "one-per-user", "a user has at most one membership");
    }
    return byUser;
  }

  /**
   * This roster as the roster of a working group of {@code parent}'s community. It does not check
   * that the current members are active members of the parent: {@link #withoutNonMembersOf} does.
   *
   * @param parent the roster of this working group's parent community
   * @return a copy of this roster that checks memberships against {@code parent}
   * @throws dev.convene.core.ValidationException if {@code parent} is missing or this community's own
   */
  public Roster withParent(Roster parent) {
    Checks.required(parent, "parent");
    Checks.check(!parent.community.equals(community), "parent", "not-self", "a community cannot be its own parent");
    return new Roster(community, new TreeMap<>(byUser), scope, activeAdmins, Optional.of(parent));
  }

  /**
   * The community whose memberships these are.
   *
   * @return the community's id
   */
  public CommunityId community() {
    return community;
  }

  /**
   * The parent community's roster, if this is a working group's roster that was given one.
   *
   * @return the parent's roster, or empty
   */
  public Optional<Roster> parent() {
    return parent;
  }

  /**
   * Whether this roster holds every membership of its community, rather than being a {@link #view}.
   *
   * @return {@code true} if complete, {@code false} for a view
   */
  public boolean isComplete() {
    return scope.isEmpty();
  }

  /**
   * The user's membership, in whatever state, or empty if they have none.
   *
   * @param user the user to look up
   * @return the membership, or empty
   * @throws dev.convene.core.ValidationException if {@code user} is missing, or this is a view that
   *     does not hold the user
   */
  public Optional<Membership> membership(UserId user) {
    Checks.required(user, "user");
    Checks.check(scope.map(users -> users.contains(user)).orElse(true), "user", "in-view",
        "the view of %s does not hold the membership of %s", community, user);
    return Optional.ofNullable(byUser.get(user));
  }

  /**
   * Every membership this roster holds (all of them, unless this is a view), in whatever state,
   * ordered by user id: an unmodifiable copy.
   *
   * @return the memberships, ordered by user id
   */
  public List<Membership> memberships() {
    return List.copyOf(byUser.values());
  }

  /**
   * The active memberships this roster holds, whatever the role, ordered by user id.
   *
   * @return the active memberships
   */
  public List<Membership> active() {
    return byUser.values().stream().filter(Membership::isActive).toList();
  }

  /**
   * The active admins' memberships this roster holds, ordered by user id.
   *
   * @return the active admins' memberships
   */
  public List<Membership> admins() {
    return byUser.values().stream().filter(m -> m.hasRole(Role.ADMIN)).toList();
  }

  /**
   * How many active admins the community has, held by this roster or not.
   *
   * @return the community's count of active admins
   */
  public long adminCount() {
    return activeAdmins;
  }

  /**
   * How many memberships this roster holds in the given state.
   *
   * @param state the state to count
   * @return the number of memberships in that state
   */
  public int count(MembershipState state) {
    Checks.required(state, "state");
    return (int) byUser.values().stream().filter(m -> m.state() == state).count();
  }

  /**
   * Whether the user is an active member, whatever the role.
   *
   * @param user the user to look up
   * @return {@code true} if the user's membership is active
   */
  public boolean isActive(UserId user) {
    return membership(user).filter(Membership::isActive).isPresent();
  }

  /**
   * An outsider joins: they become an active member since {@code now}. Whether the community is
   * open to join is the access policy's question, not the roster's.
   *
   * @param user the user who joins
   * @param now the time of joining
   * @return the change, holding the roster after it
   * @throws MembershipConflictException unless the user has no membership or an expired invitation
   *     (which this replaces), or if this working group's user is not an active member of the parent
   */
  public Change join(UserId user, Instant now) {
    return Transitions.join(this, user, now);
  }

  /**
   * An outsider asks to join, with an optional message: their membership is {@code REQUESTED}.
   *
   * @param user the user who asks
   * @param message what they tell the community's moderators, if anything
   * @param now the time of asking
   * @return the change, holding the roster after it
   * @throws dev.convene.core.ValidationException if the message is blank or too long
   * @throws MembershipConflictException as for {@link #join}
   */
  public Change request(UserId user, Optional<String> message, Instant now) {
    return Transitions.request(this, user, message, now);
  }

  /**
   * Approves a pending request: the user becomes an active {@code MEMBER} since {@code now}.
   *
   * @param user the user whose request is approved
   * @param now the time of approval
   * @return the change, holding the roster after it
   * @throws MembershipConflictException unless the user's membership is {@code REQUESTED}, or if this
   *     working group's user is not an active member of the parent
   */
  public Change approve(UserId user, Instant now) {
    return Transitions.approve(this, user, now);
  }

  /**
   * Rejects a pending request, deleting it.
   *
   * @param user the user whose request is rejected
   * @return the change, holding the roster after it
   * @throws MembershipConflictException unless the user's membership is {@code REQUESTED}
   */
  public Change reject(UserId user) {
    return Transitions.delete(this, user, MembershipEvent.REJECTED, MembershipState.REQUESTED);
  }

  /**
   * The user withdraws their pending request, deleting it.
   *
   * @param user the user who withdraws
   * @return the change, holding the roster after it
   * @throws MembershipConflictException unless the user's membership is {@code REQUESTED}
   */
  public Change withdraw(UserId user) {
    return Transitions.delete(this, user, MembershipEvent.WITHDRAWN, MembershipState.REQUESTED);
  }

  /**
   * Invites an outsider, with an optional message and expiry: their membership is {@code INVITED},
   * with {@code inviter} recorded. An expired invitation is replaced by the fresh one; a pending one
   * must be removed first.
   *
   * @param invitee the user invited
   * @param inviter the member who invites
   * @param message what the inviter tells the invitee, if anything
   * @param expiry when the invitation lapses, if ever
   * @param now the time of inviting
   * @return the change, holding the roster after it
   * @throws dev.convene.core.ValidationException if the message is blank or too long, or the expiry
   *     is not after {@code now}
   * @throws MembershipConflictException if the inviter is neither an active member nor, for a working
   *     group, an active admin of the parent; otherwise as for {@link #join}
   */
  public Change invite(UserId invitee, UserId inviter, Optional<String> message, Optional<Instant> expiry,
      Instant now) {
    return Transitions.invite(this, invitee, inviter, message, expiry, now);
  }

  /**
   * The user accepts their invitation: they become an active {@code MEMBER} since {@code now}; the
   * inviter stays recorded.
   *
   * @param user the user who accepts
   * @param now the time of accepting
   * @return the change, holding the roster after it
   * @throws MembershipConflictException unless the user's membership is {@code INVITED} and has not
   *     expired at {@code now}, or if this working group's user is not an active member of the parent
   */
  public Change accept(UserId user, Instant now) {
    return Transitions.accept(this, user, now);
  }

  /**
   * The user declines their invitation, expired or not, deleting it.
   *
   * @param user the user who declines
   * @return the change, holding the roster after it
   * @throws MembershipConflictException unless the user's membership is {@code INVITED}
   */
  public Change decline(UserId user) {
    return Transitions.delete(this, user, MembershipEvent.DECLINED, MembershipState.INVITED);
  }

  /**
   * Drops every invitation that has expired at {@code now}, in user order. Each change holds the
   * roster after it, so the last one holds the result; none at all means nothing expired.
   *
   * @param now the time invitations lapse by
   * @return the changes, one per expired invitation; possibly empty
   */
  public List<Change> expireInvitations(Instant now) {
    return Transitions.expireInvitations(this, now);
  }

  /**
   * An active member leaves, deleting their membership.
   *
   * @param user the member who leaves
   * @return the change, holding the roster after it
   * @throws MembershipConflictException unless the user is an active member, or if they are the last
   *     active admin
   */
  public Change leave(UserId user) {
    return Transitions.delete(this, user, MembershipEvent.LEFT, MembershipState.ACTIVE);
  }

  /**
   * Removes an active member, or cancels an invitation (expired or not), deleting the membership.
   *
   * @param user the member or invitee to remove
   * @return the change, holding the roster after it
   * @throws MembershipConflictException unless the user is active or invited (a request is rejected,
   *     a block lifted), or if they are the last active admin
   */
  public Change remove(UserId user) {
    return Transitions.delete(this, user, MembershipEvent.REMOVED, MembershipState.ACTIVE,
        MembershipState.INVITED);
  }

  /**
   * Blocks the user, whatever their membership or none: it becomes {@code BLOCKED} since {@code now}
   * with role {@code MEMBER}, dropping any message, inviter and expiry.
   *
   * @param user the user to block
   * @param now the time of blocking
   * @return the change, holding the roster after it
   * @throws MembershipConflictException if the user is already blocked or is the last active admin
   */
  public Change block(UserId user, Instant now) {
    return Transitions.block(this, user, now);
  }

  /**
   * Unblocks the user by deleting the block: they are an outsider again, free to request, join or be
   * invited.
   *
   * @param user the user to unblock
   * @return the change, holding the roster after it
   * @throws MembershipConflictException unless the user is blocked
   */
  public Change unblock(UserId user) {
    return Transitions.delete(this, user, MembershipEvent.UNBLOCKED, MembershipState.BLOCKED);
  }

  /**
   * Gives an active member another role; {@code since} stays, as the state does not change.
   *
   * @param user the member whose role changes
   * @param role the new role
   * @return the change, holding the roster after it
   * @throws MembershipConflictException unless the user is an active member with another role, or if
   *     this would demote the last active admin
   */
  public Change changeRole(UserId user, Role role) {
    return Transitions.changeRole(this, user, role);
  }

  /**
   * What a working group must drop once {@code parent} is its parent's roster: every membership
   * this roster holds, except blocks, of a user who is not an active member of the parent. Active
   * members and invitees are {@link MembershipEvent#REMOVED}, requests {@link
   * MembershipEvent#REJECTED}; blocks stay. Each change holds the roster after it, with {@code parent}
   * as its parent; none at all means nothing must go, and {@code withParent(parent)} is the result.
   *
   * @param parent the roster of the working group's parent community
   * @return the changes, one per membership dropped, each holding the roster after it; possibly
   *     empty
   * @throws dev.convene.core.ValidationException if {@code parent} is missing or this community's own,
   *     or is a view that does not hold a user this roster holds
   * @throws MembershipConflictException if every active admin of the working group would go: another
   *     member must be made an admin first
   */
  public List<Change> withoutNonMembersOf(Roster parent) {
    return withoutNonMembersOf(parent, true);
  }

  /**
   * As {@link #withoutNonMembersOf(Roster)}, but when {@code keepAnAdmin} is false and every active
   * admin of the working group goes, the group is left without an admin of its own instead of the
   * change being refused: its parent's admins administer it, as they administer every working group.
   *
   * @param parent the roster of the working group's parent community
   * @param keepAnAdmin whether to refuse to leave the working group without an active admin
   * @return the changes, one per membership dropped, each holding the roster after it; possibly
   *     empty
   * @throws MembershipConflictException if {@code keepAnAdmin} and every active admin would go
   */
  public List<Change> withoutNonMembersOf(Roster parent, boolean keepAnAdmin) {
    return Transitions.withoutNonMembersOf(this, parent, keepAnAdmin);
  }

  /** The change that sets the user's membership to {@code after}, or deletes it if empty. */
  Change apply(UserId user, Optional<Membership> after, MembershipEvent kind) {
    Optional<Membership> before = membership(user);
    SortedMap<UserId, Membership> copy = new TreeMap<>(byUser);
    after.ifPresentOrElse(m -> copy.put(user, m), () -> copy.remove(user));
    long admins = activeAdmins + isAdmin(after) - isAdmin(before);
    return new Change(new Roster(community, copy, scope, admins, parent), user, before, after, kind);
  }

  private static long isAdmin(Optional<Membership> membership) {
    return membership.filter(m -> m.hasRole(Role.ADMIN)).isPresent() ? 1 : 0;
  }

  /**
   * Rosters are equal when they hold the same memberships of the same users of the same community,
   * count the same admins and have the same parent.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Roster that && community.equals(that.community) && byUser.equals(that.byUser)
        && scope.equals(that.scope) && activeAdmins == that.activeAdmins && parent.equals(that.parent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(community, byUser, scope, activeAdmins, parent);
  }

  /**
   * For example {@code Roster[c1: u1 ACTIVE ADMIN, u2 INVITED]}, or for a view {@code Roster[c1 (view
   * of 2 users, 3 admins): u2 INVITED]}.
   */
  @Override
  public String toString() {
    String view = scope.map(users -> " (view of " + users.size() + " users, " + activeAdmins + " admins)").orElse("");
    return byUser.values().stream()
        .map(m -> m.user() + " " + m.state() + (m.isActive() ? " " + m.role() : ""))
        .collect(Collectors.joining(", ", "Roster[" + community + view
            + parent.map(p -> " in " + p.community).orElse("") + ": ", "]"));
  }
}
