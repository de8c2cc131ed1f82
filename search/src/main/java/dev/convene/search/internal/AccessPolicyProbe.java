package dev.convene.search.internal;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Announcement;
import dev.convene.core.model.Community;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Poll;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.core.policy.Action;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Asks {@link AccessPolicy} what an actor may read of a community: VIEW_COMMUNITY once, and
 * VIEW_ITEM for a probe item in every cell (type, review state and declared visibility, and an
 * announcement that has expired at the decision's time), written by the actor and by someone else. The policy stays the only place that decides; the search only
 * remembers its answers per community, because an item's readability depends on nothing else than
 * its community, its cell and whether the actor wrote it (and, for an announcement, whether it has
 * expired, which the filter compares at query time).
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
    long other = cells(actor, context, someoneElse);
    long authored = actor.user().map(self -> cells(actor, context, self)).orElse(other);
    return new Reach(authored, other, visible);
  }

  private long cells(Actor actor, AccessContext context, UserId author) {
    long mask = 0;
    for (ReviewState state : ReviewState.values()) {
      for (Visibility visibility : Visibility.values()) {
        ItemHeader header = new ItemHeader(PROBE, context.community().id(), author, "probe", Locale.ENGLISH,
            visibility, state, Set.of(), EPOCH, EPOCH, 1);
        for (ItemType type : ItemType.values()) {
          if (readable(actor, context, probe(type, header, Optional.empty()))) {
            mask |= Cells.bit(type, state, visibility);
          }
        }
        // an announcement whose expiry is the very time of the decision: expired
        if (readable(actor, context, probe(ItemType.ANNOUNCEMENT, header, Optional.of(context.now())))) {
          mask |= Cells.expiredBit(state, visibility);
        }
      }
    }
    return mask;
  }

  private boolean readable(Actor actor, AccessContext context, Item item) {
    return policy.decide(actor, Action.VIEW_ITEM, context.withItem(item)).isAllowed();
  }

  /** A probe item of the type; {@code expires} applies to announcements. */
  private static Item probe(ItemType type, ItemHeader header, Optional<Instant> expires) {
    return switch (type) {
      case DOCUMENT -> Document.of(header, "");
      case EVENT -> new Event(header, "", EPOCH, EPOCH, ZoneOffset.UTC, Optional.empty(), Optional.empty(), false);
      case ANNOUNCEMENT -> new Announcement(header, "", false, expires);
      case DISCUSSION -> new Discussion(header, "", false, List.of());
      case POLL -> new Poll(header, "", Poll.Mode.IDEAS, List.of(), Optional.empty(), Poll.ResultsVisibility.ALWAYS);
    };
  }

  /** A user who is not the actor. */
  private static UserId someoneElse(Actor actor) {
    UserId candidate = UserId.of("search-probe-author");
    return actor.is(candidate) ? UserId.of("search-probe-author-2") : candidate;
  }
}
