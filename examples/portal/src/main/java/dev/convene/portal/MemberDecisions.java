package dev.convene.portal;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Decision;
import dev.convene.platform.Convene;
import java.util.Optional;

/**
 * Asks Convene's policy what the signed-in person may do to one other member, so that a page shows
 * only the buttons that would work. The services decide again when the button is pressed.
 */
final class MemberDecisions {
  private final Convene convene;
  private final Actor actor;
  private final AccessContext context;

  /**
   * Reads the actor's standing in the community (and its parent, for a working group).
   *
   * @param community the community, as the actor read it
   */
  MemberDecisions(Convene convene, Actor actor, Community community) {
    this.convene = convene;
    this.actor = actor;
    AccessContext base = community.parent()
        .map(parent -> AccessContext.of(community, convene.communities().get(actor, parent), convene.clock().instant()))
        .orElseGet(() -> AccessContext.of(community, convene.clock().instant()));
    this.context = base.withMembership(own(community.id()))
        .withParentMembership(community.parent().flatMap(this::own));
  }

  private Optional<Membership> own(CommunityId community) {
    if (actor.isAnonymous()) {
      return Optional.empty();
    }
    try {
      return convene.memberships().membership(actor, community);
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** Whether the policy allows the actor {@code action} on {@code target}, other than by a platform admin's override. */
  boolean allows(Action action, Membership target) {
    Decision decision = convene.policy().decide(actor, action, context.withTarget(target));
    return decision.isAllowed() && !decision.isPlatformAdminOverride();
  }
}
