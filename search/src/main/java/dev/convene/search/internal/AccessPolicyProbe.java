package dev.convene.search.internal;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Document;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.core.policy.Action;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Asks {@link AccessPolicy} what an actor may read of a community: VIEW_COMMUNITY once, and
 * VIEW_ITEM for a probe item in every cell (review state and declared visibility), written by the
 * actor and by someone else. The policy stays the only place that decides; the search only
 * remembers its answers per community, because an item's readability depends on nothing else than
 * its community, its cell and whether the actor wrote it.
 */
public final class AccessPolicyProbe {
  private static final Instant EPOCH = Instant.EPOCH;
  private static final ItemId PROBE = ItemId.of("search-probe");

  private final AccessPolicy policy;

  public AccessPolicyProbe(AccessPolicy policy) {
    this.policy = policy;
  }

  /** The policy asked. */
  public AccessPolicy policy() {
    return policy;
  }

  /**
   * What {@code actor} may read of {@code community}, given their memberships of it and of its
   * parent, at {@code now}.
   */
  public Reach reach(Actor actor, Community community, Optional<Community> parent, Optional<Membership> membership,
      Optional<Membership> parentMembership, Instant now) {
    if (community.isWorkingGroup() && parent.isEmpty()) {
      return Reach.NONE; // a working group whose parent is gone is found by nobody
    }
    AccessContext base = parent.map(p -> AccessContext.of(community, p, now))
        .orElseGet(() -> AccessContext.of(community, now))
        .withMembership(membership);
    AccessContext context = parent.isPresent() ? base.withParentMembership(parentMembership) : base;
    boolean visible = policy.decide(actor, Action.VIEW_COMMUNITY, context).isAllowed();
    UserId someoneElse = someoneElse(actor);
    int other = cells(actor, context, someoneElse);
    int authored = actor.user().map(self -> cells(actor, context, self)).orElse(other);
    return new Reach(authored, other, visible);
  }

  private int cells(Actor actor, AccessContext context, UserId author) {
    int mask = 0;
    for (ReviewState state : ReviewState.values()) {
      for (Visibility visibility : Visibility.values()) {
        ItemHeader header = new ItemHeader(PROBE, context.community().id(), author, "probe", Locale.ENGLISH,
            visibility, state, Set.of(), EPOCH, EPOCH, 1);
        if (policy.decide(actor, Action.VIEW_ITEM, context.withItem(Document.of(header, ""))).isAllowed()) {
          mask |= Cells.bit(state, visibility);
        }
      }
    }
    return mask;
  }

  /** A user who is not the actor. */
  private static UserId someoneElse(Actor actor) {
    UserId candidate = UserId.of("search-probe-author");
    return actor.is(candidate) ? UserId.of("search-probe-author-2") : candidate;
  }
}
