package dev.convene.platform.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.membership.Change;
import dev.convene.core.membership.MembershipConflictException;
import dev.convene.core.membership.Roster;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.Action;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries a departure from a community (leaving, removal, block) into its working groups: the user's
 * memberships there go too, each recorded like any change, by the same actor, with the reason.
 *
 * <p>When the user is the last admin of a working group, the answer depends only on what the actor
 * may see. An actor who may see the group (its members, the parent's admins, platform admins) is
 * refused with the roster's conflict, which names the group, and appoints another admin first. An
 * actor who may not (a moderator of the parent outside a hidden working group) must learn nothing of
 * it, not even from a refusal: the departure goes ahead, and the group is left without an admin of
 * its own, administered by its parent's admins as every working group is. The audit entry of the
 * group, which the actor cannot read, says so.
 */
final class GroupDepartures {
  private static final Logger LOG = LoggerFactory.getLogger(GroupDepartures.class);
  static final String NO_ADMIN_LEFT =
      "; the working group has no admin of its own left: its parent's admins administer it";

  private GroupDepartures() {}

  /**
   * One working-group membership to drop, and why.
   *
   * @param seen whether the actor may see the working group
   */
  record Drop(Change change, String reason, boolean seen) {}

  /**
   * What must go from the working groups of the community {@code departure} left, decided before
   * anything is written, so that visibility is judged as the actor saw the world when they acted.
   *
   * @throws MembershipConflictException if the user is the last admin of a working group the actor
   *     may see
   */
  static List<Drop> plan(Work work, Platform platform, Actor actor, Change departure) {
    UserId user = departure.user();
    Roster parent = departure.roster();
    String reason = "no longer an active member of " + Access.what(parent.community());
    List<Drop> drops = new ArrayList<>();
    for (Community group : work.tx().communities().workingGroups(parent.community())) {
      Optional<Membership> membership = work.tx().memberships().get(group.id(), user);
      if (membership.isEmpty() || membership.get().state() == MembershipState.BLOCKED) {
        continue; // nothing to drop: a block stays
      }
      Roster roster = RosterChanges.view(work.tx(), group.id(), List.of(user));
      boolean seen = sees(work, platform, actor, group);
      List<Change> changes;
      String why = reason;
      try {
        changes = roster.withoutNonMembersOf(parent);
      } catch (MembershipConflictException e) {
        if (seen) {
          throw e;
        }
        changes = roster.withoutNonMembersOf(parent, false);
        why = reason + NO_ADMIN_LEFT;
      }
      for (Change change : changes) {
        drops.add(new Drop(change, why, seen));
      }
    }
    return drops;
  }

  /**
   * Records one drop. The store's refusal of a drop from a working group the actor may not see (a
   * concurrent change of it) would name the group: it becomes a conflict about the community the
   * actor acted in, with no cause attached, which the caller's retry reads again like any conflict.
   *
   * @throws ConflictException if the store refuses the write
   */
  static void record(Work work, Optional<UserId> actor, Drop drop, Instant at) {
    if (drop.seen()) {
      RosterChanges.record(work, actor, drop.change(), Optional.of(drop.reason()), at);
      return;
    }
    try {
      RosterChanges.record(work, actor, drop.change(), Optional.of(drop.reason()), at);
    } catch (ConflictException | NotFoundException e) {
      LOG.debug("A drop from working group {} met a concurrent change: {}", drop.change().community(), e.toString());
      CommunityId parent = drop.change().roster().parent().orElseThrow().community();
      throw new ConflictException(ConflictException.CONCURRENT_CHANGE, Map.of(),
          Access.what(parent) + " was changed by a concurrent transaction; read it again"
          + " and retry");
    }
  }

  private static boolean sees(Work work, Platform platform, Actor actor, Community group) {
    Access access = platform.access();
    return access.decide(actor, Action.VIEW_COMMUNITY, access.context(work.tx(), actor, group.id())).isAllowed();
  }
}
