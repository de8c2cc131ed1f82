package dev.convene.core.policy;

import static dev.convene.core.policy.Decision.allow;
import static dev.convene.core.policy.Decision.deny;

import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Permission;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Role;

/**
 * The last step of a decision: what the actor's role, authorship or standing allows, once the
 * community and item are known to be visible, the state rules pass, and the community accepts
 * changes.
 */
final class RoleRules {
  private RoleRules() {}

  static Decision decide(Action action, Standing standing, AccessContext context, AccessPolicy policy) {
    return switch (action) {
      case VIEW_COMMUNITY, VIEW_ITEM -> allow();
      case VIEW_MEMBERS -> viewMembers(standing, context);
      case JOIN -> enter(standing, context, JoinPolicy.OPEN);
      case REQUEST_MEMBERSHIP -> enter(standing, context, JoinPolicy.REQUEST);
      case WITHDRAW_REQUEST -> ownState(context, MembershipState.REQUESTED) ? allow() : deny(Reason.NO_REQUEST);
      case ACCEPT_INVITATION -> standing.invitee() ? parentMember(context) : deny(Reason.NO_INVITATION);
      case DECLINE_INVITATION -> ownState(context, MembershipState.INVITED) ? allow() : deny(Reason.NO_INVITATION);
      case LEAVE -> ownState(context, MembershipState.ACTIVE) ? allow() : deny(Reason.MEMBERS_ONLY);
      case INVITE, DECIDE_REQUEST, ARCHIVE_ITEM, RESTORE_ITEM, HIDE_REPLY, LOCK_DISCUSSION, VIEW_HIDDEN_REPLIES,
          VIEW_POLL_RESULTS ->
          holding(standing, context, Permission.MODERATE);
      case REMOVE_MEMBER -> remove(standing, context);
      case BLOCK_MEMBER, CHANGE_ROLE, EDIT_SETTINGS, CREATE_WORKING_GROUP, ARCHIVE_COMMUNITY, RESTORE_COMMUNITY,
          VIEW_AUDIT -> holding(standing, context, Permission.ADMINISTER);
      case CREATE_DOCUMENT, START_DISCUSSION, REPLY, CREATE_POLL, VOTE, ADD_IDEA ->
          holding(standing, context, Permission.CONTRIBUTE);
      case POST_ANNOUNCEMENT, POST_EVENT -> holding(standing, context, Permission.POST_ANNOUNCEMENTS_AND_EVENTS);
      case EDIT_ITEM, DELETE_ITEM -> authorHolding(standing, context, Permission.EDIT_OWN_ITEMS);
      case SUBMIT_ITEM, PUBLISH_ITEM -> authorHolding(standing, context, Permission.CONTRIBUTE);
      case REVIEW_ITEM -> policy.isReviewer(standing.actor(), AccessPolicy.item(context), context)
          ? allow() : deny(Reason.REVIEWERS_ONLY);
      case CATEGORISE_ITEM -> policy.mayCategorise(standing.actor(), AccessPolicy.item(context), context)
          ? allow() : deny(Reason.CURATORS_ONLY);
    };
  }

  private static Decision holding(Standing standing, AccessContext context, Permission permission) {
    return standing.holds(permission, context) ? allow() : deny(standing.lacking());
  }

  private static Decision authorHolding(Standing standing, AccessContext context, Permission permission) {
    if (!standing.actor().is(AccessPolicy.item(context).author())) {
      return deny(Reason.AUTHOR_ONLY);
    }
    return holding(standing, context, permission);
  }

  private static Decision viewMembers(Standing standing, AccessContext context) {
    boolean publicCommunity = AccessPolicy.effectivePrivacy(context) == Privacy.PUBLIC && !context.community().isHidden();
    if (publicCommunity) {
      return standing.actor().isAnonymous() ? deny(Reason.SIGN_IN_REQUIRED) : allow();
    }
    return standing.isMember() ? allow() : deny(standing.lacking());
  }

  private static Decision enter(Standing standing, AccessContext context, JoinPolicy way) {
    if (standing.blocked()) {
      return deny(Reason.BLOCKED);
    }
    if (AccessPolicy.effectiveJoinPolicy(context) != way) {
      return deny(Reason.JOIN_POLICY);
    }
    return parentMember(context);
  }

  /** A working group admits only active members of its parent. */
  private static Decision parentMember(AccessContext context) {
    boolean ok = context.parent().isEmpty() || context.parentMembership().map(Membership::isActive).orElse(false);
    return ok ? allow() : deny(Reason.PARENT_MEMBERSHIP_REQUIRED);
  }

  private static boolean ownState(AccessContext context, MembershipState state) {
    return context.membership().map(m -> m.state() == state).orElse(false);
  }

  /** Moderators remove members and cancel invitations; only admins remove moderators and admins. */
  private static Decision remove(Standing standing, AccessContext context) {
    Decision moderating = holding(standing, context, Permission.MODERATE);
    if (!moderating.isAllowed()) {
      return moderating;
    }
    Membership target = context.target().orElseThrow();
    boolean outranked = target.isActive() && target.role() != Role.MEMBER && !standing.holds(Permission.ADMINISTER, context);
    return outranked ? deny(Reason.TARGET_OUTRANKS) : allow();
  }
}
