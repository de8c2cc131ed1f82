package dev.convene.platform;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.Action;
import dev.convene.platform.internal.GuidelinesRules;
import dev.convene.platform.internal.MembershipExpiry;
import dev.convene.platform.internal.MembershipReads;
import dev.convene.platform.internal.MembershipWrites;
import dev.convene.platform.internal.Platform;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Memberships: joining, asking to join, invitations, moderation, roles, and member lists.
 *
 * <p>Every change asks {@link dev.convene.core.policy.AccessPolicy} first, then lets {@link
 * dev.convene.core.membership.Roster} apply the membership rules, and writes the membership, its audit
 * entry and its {@link dev.convene.core.event.MembershipChanged} event in one transaction; the next
 * call, on any thread, sees it. What the actor may not know exists (a hidden group) is a {@link
 * NotFoundException} worded as for an id that does not exist; what they may see but not do is an
 * {@link AccessDeniedException}; a transition the membership rules refuse is a {@link
 * ConflictException} that says what to do instead; bad arguments are a {@link ValidationException}.
 * A call that throws changes nothing. When the store reports a stale version the whole operation is
 * run again, up to three times in all.
 *
 * <p>Leaving a community, being removed from it or being blocked there also removes the user from its
 * working groups, in the same transaction, each removal audited and announced on its own. If that
 * would leave a working group without an active admin, and the actor may see that group, the whole
 * operation is refused with the roster's {@link ConflictException}: make another member of the
 * working group an admin first. An actor who may not see the group is told nothing of it: the
 * operation goes ahead and the group is left to its parent's admins, who administer every working
 * group (see docs/decisions.md).
 *
 * <p>A change reads the memberships it is about and the count of active admins, never the whole
 * roster, so it costs the same in a community of any size.
 */
public final class MembershipService {
  private final MembershipWrites writes;
  private final MembershipReads reads;
  private final MembershipInvitations invitations;
  private final MembershipExpiry expiry;
  private final Platform platform;

  MembershipService(Platform platform) {
    this.platform = platform;
    this.writes = new MembershipWrites(platform);
    this.reads = new MembershipReads(platform);
    this.invitations = new MembershipInvitations(platform, writes);
    this.expiry = new MembershipExpiry(platform, writes);
  }

  // The actor's own membership

  /**
   * Joins an open community: the actor becomes an active member. A community with guidelines is
   * joined with {@link #join(Actor, CommunityId, int)} instead.
   *
   * @param actor who joins
   * @param community the community's id
   * @return the stored membership, {@code ACTIVE}
   * @throws AccessDeniedException if the community is not open to join, the actor is blocked,
   *     anonymous, already in or on the way in, or (in a working group) not an active member of the
   *     parent
   * @throws GuidelinesNotAcceptedException if the community has guidelines ({@value
   *     GuidelinesNotAcceptedException#NOT_ACCEPTED}, naming the current version)
   */
  public Membership join(Actor actor, CommunityId community) {
    return entering(actor, community, Action.JOIN, OptionalInt.empty(), (roster, me, now) -> roster.join(me, now));
  }

  /**
   * Joins an open community that has guidelines, accepting {@code guidelinesVersion}, which must be
   * its current version; the acceptance is recorded and audited with the membership.
   *
   * @param actor who joins
   * @param community the community's id
   * @param guidelinesVersion the version of the community's guidelines the actor read and accepted
   * @return the stored membership, {@code ACTIVE}
   * @throws AccessDeniedException as for {@link #join(Actor, CommunityId)}
   * @throws GuidelinesNotAcceptedException if the guidelines changed since that version ({@value
   *     GuidelinesNotAcceptedException#CHANGED}): read the current version and call again with it
   * @throws ValidationException if the version is below 1, or the community has no guidelines or no
   *     such version ({@code guidelinesVersion}, {@code known-version})
   */
  public Membership join(Actor actor, CommunityId community, int guidelinesVersion) {
    return entering(actor, community, Action.JOIN, checkedVersion(guidelinesVersion),
        (roster, me, now) -> roster.join(me, now));
  }

  /**
   * Asks to join a community that takes requests; its moderators decide. A community with
   * guidelines is asked with {@link #request(Actor, CommunityId, Optional, int)} instead.
   *
   * @param actor who asks
   * @param community the community's id
   * @param message up to {@value Membership#MAX_MESSAGE_LENGTH} characters, not blank
   * @return the stored membership, {@code REQUESTED}
   * @throws AccessDeniedException as for {@link #join}, for a community that does not take requests
   * @throws GuidelinesNotAcceptedException if the community has guidelines ({@value
   *     GuidelinesNotAcceptedException#NOT_ACCEPTED}, naming the current version)
   */
  public Membership request(Actor actor, CommunityId community, Optional<String> message) {
    checkMessage(message, "message", Membership.MAX_MESSAGE_LENGTH);
    return entering(actor, community, Action.REQUEST_MEMBERSHIP, OptionalInt.empty(),
        (roster, me, now) -> roster.request(me, message, now));
  }

  /**
   * Asks to join a community that takes requests and has guidelines, accepting {@code
   * guidelinesVersion}, which must be its current version; the acceptance is recorded and audited
   * with the request. Should the guidelines change before the request is approved, the new member
   * accepts them before contributing.
   *
   * @param actor who asks
   * @param community the community's id
   * @param message up to {@value Membership#MAX_MESSAGE_LENGTH} characters, not blank
   * @param guidelinesVersion the version of the community's guidelines the actor read and accepted
   * @return the stored membership, {@code REQUESTED}
   * @throws AccessDeniedException as for {@link #request(Actor, CommunityId, Optional)}
   * @throws GuidelinesNotAcceptedException as for {@link #join(Actor, CommunityId, int)}
   * @throws ValidationException as for {@link #join(Actor, CommunityId, int)}, or for the message
   */
  public Membership request(Actor actor, CommunityId community, Optional<String> message, int guidelinesVersion) {
    checkMessage(message, "message", Membership.MAX_MESSAGE_LENGTH);
    return entering(actor, community, Action.REQUEST_MEMBERSHIP, checkedVersion(guidelinesVersion),
        (roster, me, now) -> roster.request(me, message, now));
  }

  /**
   * Withdraws the actor's pending request.
   *
   * @param actor who withdraws
   * @param community the community's id
   * @throws AccessDeniedException if the actor has no pending request
   */
  public void withdraw(Actor actor, CommunityId community) {
    own(actor, community, Action.WITHDRAW_REQUEST, (roster, me, now) -> roster.withdraw(me));
  }

  /**
   * Accepts the actor's invitation: they become an active member. An invitation to a community with
   * guidelines is accepted with {@link #accept(Actor, CommunityId, int)} instead.
   *
   * @param actor the invitee
   * @param community the community's id
   * @return the stored membership, {@code ACTIVE}
   * @throws AccessDeniedException if the actor holds no invitation, or it lapsed, or (in a working
   *     group) they are not an active member of the parent
   * @throws NotFoundException for a hidden group whose invitation lapsed: it is no invitation
   * @throws GuidelinesNotAcceptedException if the community has guidelines ({@value
   *     GuidelinesNotAcceptedException#NOT_ACCEPTED}, naming the current version)
   */
  public Membership accept(Actor actor, CommunityId community) {
    return entering(actor, community, Action.ACCEPT_INVITATION, OptionalInt.empty(),
        (roster, me, now) -> roster.accept(me, now));
  }

  /**
   * Accepts the actor's invitation to a community that has guidelines, accepting {@code
   * guidelinesVersion}, which must be its current version; the acceptance is recorded and audited
   * with the membership.
   *
   * @param actor the invitee
   * @param community the community's id
   * @param guidelinesVersion the version of the community's guidelines the actor read and accepted
   * @return the stored membership, {@code ACTIVE}
   * @throws AccessDeniedException as for {@link #accept(Actor, CommunityId)}
   * @throws NotFoundException as for {@link #accept(Actor, CommunityId)}
   * @throws GuidelinesNotAcceptedException as for {@link #join(Actor, CommunityId, int)}
   * @throws ValidationException as for {@link #join(Actor, CommunityId, int)}
   */
  public Membership accept(Actor actor, CommunityId community, int guidelinesVersion) {
    return entering(actor, community, Action.ACCEPT_INVITATION, checkedVersion(guidelinesVersion),
        (roster, me, now) -> roster.accept(me, now));
  }

  /**
   * Declines the actor's invitation, lapsed or not.
   *
   * @param actor the invitee
   * @param community the community's id
   * @throws AccessDeniedException if the actor holds no invitation
   */
  public void decline(Actor actor, CommunityId community) {
    own(actor, community, Action.DECLINE_INVITATION, (roster, me, now) -> roster.decline(me));
  }

  /**
   * Leaves a community, and its working groups with it.
   *
   * @param actor the member who leaves
   * @param community the community's id
   * @throws AccessDeniedException if the actor is not an active member
   * @throws ConflictException if the actor is its last admin, or the last admin of one of its working
   *     groups
   */
  public void leave(Actor actor, CommunityId community) {
    own(actor, community, Action.LEAVE, (roster, me, now) -> roster.leave(me));
  }

  // Other people's memberships

  /**
   * Invites someone; the invitation lapses after the platform's invitation time to live.
   *
   * @param actor who invites
   * @param community the community's id
   * @param invitee the user invited
   * @param message up to {@value Membership#MAX_MESSAGE_LENGTH} characters, not blank
   * @return the stored membership, {@code INVITED}
   * @throws AccessDeniedException if the actor may not invite (moderators and admins may), or the
   *     invitee is blocked, already in or on the way in
   * @throws ConflictException if the roster refuses: the invitee is not an active member of a working
   *     group's parent, or the actor is neither a member nor an admin of the parent
   */
  public Membership invite(Actor actor, CommunityId community, UserId invitee, Optional<String> message) {
    Checks.required(invitee, "invitee");
    checkMessage(message, "message", Membership.MAX_MESSAGE_LENGTH);
    return others(actor, community, invitee, Action.INVITE, Optional.empty(), (roster, me, now) ->
        roster.invite(invitee, me, message, Optional.of(now.plus(platform.invitationTtl())), now)).orElseThrow();
  }

  /**
   * Invites several people at once, in one transaction: those who can be invited are, and the others
   * are reported, each with why not ({@link InvitationOutcome}). Listing a user twice is a mistake of
   * the caller's and writes nothing.
   *
   * @param actor who invites
   * @param community the community's id
   * @param invitees distinct users, at most 1,000
   * @param message what the actor tells every invitee, if anything
   * @return the outcome for each invitee, in the order given
   * @throws ValidationException if an invitee is missing or listed twice, the list is too long, or the
   *     message is blank or too long
   * @throws AccessDeniedException if the actor may not invite at all; nobody is invited
   */
  public Map<UserId, InvitationOutcome> inviteAll(Actor actor, CommunityId community, List<UserId> invitees,
      Optional<String> message) {
    checkActorAndCommunity(actor, community);
    List<UserId> list = MembershipInvitations.checked(invitees);
    checkMessage(message, "message", Membership.MAX_MESSAGE_LENGTH);
    return invitations.inviteAll(actor, community, list, message);
  }

  /**
   * Approves a pending request: the user becomes an active member.
   *
   * @param actor a moderator of the community
   * @param community the community's id
   * @param user the user whose request is approved
   * @return the stored membership, {@code ACTIVE}
   * @throws AccessDeniedException if the actor may not decide requests, or the user's membership is
   *     not a request
   * @throws ConflictException if the user has no membership at all
   */
  public Membership approve(Actor actor, CommunityId community, UserId user) {
    return others(actor, community, user, Action.DECIDE_REQUEST, Optional.empty(),
        (roster, me, now) -> roster.approve(user, now)).orElseThrow();
  }

  /**
   * Rejects a pending request, deleting it.
   *
   * @param actor a moderator of the community
   * @param community the community's id
   * @param user the user whose request is rejected
   * @param reason why, kept in the audit entry; up to {@value AuditEntry#MAX_REASON_LENGTH} characters
   * @throws AccessDeniedException as for {@link #approve}
   * @throws ConflictException as for {@link #approve}
   */
  public void reject(Actor actor, CommunityId community, UserId user, Optional<String> reason) {
    checkMessage(reason, "reason", AuditEntry.MAX_REASON_LENGTH);
    others(actor, community, user, Action.DECIDE_REQUEST, reason, (roster, me, now) -> roster.reject(user));
  }

  /**
   * Removes an active member, or cancels an invitation, and removes the user from the community's
   * working groups.
   *
   * @param actor a moderator or admin of the community
   * @param community the community's id
   * @param user the member or invitee to remove
   * @throws AccessDeniedException if the actor may not remove this user (moderators remove members,
   *     admins anyone), or it is the actor themselves (they leave instead)
   * @throws ConflictException if the user is the last admin of the community, or of one of its working
   *     groups that the actor may see, or holds no active membership or invitation
   */
  public void remove(Actor actor, CommunityId community, UserId user) {
    others(actor, community, user, Action.REMOVE_MEMBER, Optional.empty(), (roster, me, now) -> roster.remove(user));
  }

  /**
   * Blocks a user, member or not: they are an outsider who may not join, request or be invited, and
   * they leave the community's working groups.
   *
   * @param actor an admin of the community
   * @param community the community's id
   * @param user the user to block
   * @return the stored membership, {@code BLOCKED}
   * @throws AccessDeniedException if the actor is not an admin, or blocks themselves
   * @throws ConflictException if the user is already blocked, or is the last admin of the community or
   *     of one of its working groups (which an admin of the community sees)
   */
  public Membership block(Actor actor, CommunityId community, UserId user) {
    return others(actor, community, user, Action.BLOCK_MEMBER, Optional.empty(),
        (roster, me, now) -> roster.block(user, now)).orElseThrow();
  }

  /**
   * Lifts a block: the user is an outsider again.
   *
   * @param actor an admin of the community
   * @param community the community's id
   * @param user the user to unblock
   * @throws AccessDeniedException if the actor is not an admin
   * @throws ConflictException if the user is not blocked
   */
  public void unblock(Actor actor, CommunityId community, UserId user) {
    others(actor, community, user, Action.BLOCK_MEMBER, Optional.empty(), (roster, me, now) -> roster.unblock(user));
  }

  /**
   * Gives an active member another role; audited as a role change.
   *
   * @param actor an admin of the community
   * @param community the community's id
   * @param user the member whose role changes
   * @param role the new role
   * @return the stored membership
   * @throws AccessDeniedException if the actor is not an admin
   * @throws ConflictException if the user is not an active member, already has the role, or is the
   *     last admin and would be demoted
   */
  public Membership changeRole(Actor actor, CommunityId community, UserId user, Role role) {
    Checks.required(role, "role");
    return others(actor, community, user, Action.CHANGE_ROLE, Optional.empty(),
        (roster, me, now) -> roster.changeRole(user, role)).orElseThrow();
  }

  // The platform's own

  /**
   * Drops every invitation that has lapsed, in every community, working groups and archived ones
   * included; a system job for the host to schedule. Each drop is audited with no actor and
   * announced. Each community is handled in a transaction of its own.
   *
   * @return how many invitations were dropped
   */
  public int expireInvitations() {
    return expiry.run();
  }

  // Reads

  /**
   * The actor's own membership of the community, in whatever state, or empty if they have none (or
   * are anonymous).
   *
   * @param actor who asks
   * @param community the community's id
   * @return the membership, or empty
   * @throws NotFoundException if the actor may not know the community exists
   */
  public Optional<Membership> membership(Actor actor, CommunityId community) {
    checkActorAndCommunity(actor, community);
    return reads.own(actor, community);
  }

  /**
   * The actor's memberships, in whatever state, of the communities they may see, by community id: a
   * hidden group shows only to its members and invitees. Empty for an anonymous visitor.
   *
   * @param actor who asks
   * @return the memberships, possibly none
   */
  public List<Membership> communitiesOf(Actor actor) {
    Checks.required(actor, "actor");
    return reads.ofActor(actor);
  }

  /**
   * One page of the community's memberships that match the query, by user id. Those who moderate the
   * community see every state; everyone else sees the active members only, and {@code
   * MemberQuery.all()} then means the active members.
   *
   * @param actor who looks
   * @param community the community's id
   * @param query the states and roles to keep
   * @param page the cursor and size of the page
   * @return the page of memberships
   * @throws NotFoundException if the actor may not know the community exists
   * @throws AccessDeniedException if the actor may not see the member list, or asks for invitations,
   *     requests or blocks without moderating the community
   */
  public Page<Membership> members(Actor actor, CommunityId community, MemberQuery query, PageRequest page) {
    checkActorAndCommunity(actor, community);
    Checks.required(query, "query");
    Checks.required(page, "page");
    return reads.members(actor, community, query, page);
  }

  /** Enters the community (join, request, accept), accepting its guidelines where it has any. */
  private Membership entering(Actor actor, CommunityId community, Action action, OptionalInt guidelinesVersion,
      MembershipWrites.Step step) {
    checkActorAndCommunity(actor, community);
    return writes.apply(actor, community, Optional.empty(), action, Optional.empty(), step, (work, change, now) ->
        GuidelinesRules.onEntering(work, change.community(), change.user(), guidelinesVersion, now)).orElseThrow();
  }

  private static OptionalInt checkedVersion(int guidelinesVersion) {
    Checks.check(guidelinesVersion >= 1, GuidelinesRules.VERSION_FIELD, "positive",
        "guidelines versions count from 1");
    return OptionalInt.of(guidelinesVersion);
  }

  private Optional<Membership> own(Actor actor, CommunityId community, Action action, MembershipWrites.Step step) {
    checkActorAndCommunity(actor, community);
    return writes.apply(actor, community, Optional.empty(), action, Optional.empty(), step);
  }

  private Optional<Membership> others(Actor actor, CommunityId community, UserId user, Action action,
      Optional<String> reason, MembershipWrites.Step step) {
    checkActorAndCommunity(actor, community);
    Checks.required(user, "user");
    return writes.apply(actor, community, Optional.of(user), action, reason, step);
  }

  private static void checkActorAndCommunity(Actor actor, CommunityId community) {
    Checks.required(actor, "actor");
    Checks.required(community, "community");
  }

  private static void checkMessage(Optional<String> text, String field, int maxLength) {
    Checks.required(text, field).ifPresent(t -> Checks.text(t, field, maxLength));
  }
}
