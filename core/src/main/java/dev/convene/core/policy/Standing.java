package dev.convene.core.policy;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Permission;
import dev.convene.core.model.Role;
import java.util.Optional;

/**
 * Where one actor stands in one community, derived once per decision: the effective role (an active
 * membership's role, which in a working group counts only while the actor is an active member of
 * the parent; or ADMIN for an admin of the parent, who administers its working groups), whether
 * they hold a pending invitation, whether they are blocked.
 */
record Standing(Actor actor, Optional<Role> role, boolean invitee, boolean blocked) {

  static Standing of(Actor actor, AccessContext context) {
    Optional<Membership> own = context.membership().filter(m -> actor.user().equals(Optional.of(m.user())));
    boolean blocked = own.map(m -> m.state() == MembershipState.BLOCKED).orElse(false);
    Optional<Membership> inParent = context.parentMembership().filter(m -> actor.user().equals(Optional.of(m.user())));
    // A working group's members must be active members of its parent: whoever leaves, is removed from
    // or is blocked in the parent loses the working group at once, whatever its roster still says.
    boolean parentActive = context.parent().isEmpty() || inParent.map(Membership::isActive).orElse(false);
    Optional<Role> role = own.filter(Membership::isActive).filter(m -> parentActive).map(Membership::role);
    boolean parentAdmin = inParent.map(m -> m.hasRole(Role.ADMIN)).orElse(false);
    if (parentAdmin && !blocked) {
      role = Optional.of(Role.ADMIN);
    }
    boolean invitee = own.map(m -> m.isPendingInvitation(context.now())).orElse(false);
    return new Standing(actor, role, invitee, blocked);
  }

  /** Whether the actor is an active member (or administers the community through its parent). */
  boolean isMember() {
    return role.isPresent();
  }

  /** Whether the actor's role grants the permission in this community. */
  boolean holds(Permission permission, AccessContext context) {
    return role.map(r -> context.community().permissions().grants(r, permission)).orElse(false);
  }

  /** The refusal for an actor who does not hold the permission: why, in the most specific words. */
  Reason lacking() {
    if (actor.isAnonymous()) {
      return Reason.SIGN_IN_REQUIRED;
    }
    if (blocked) {
      return Reason.BLOCKED;
    }
    return isMember() ? Reason.ROLE_REQUIRED : Reason.MEMBERS_ONLY;
  }
}
