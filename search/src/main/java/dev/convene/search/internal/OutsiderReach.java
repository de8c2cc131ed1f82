package dev.convene.search.internal;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.CommunityState;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.RolePermissions;
import dev.convene.core.model.Section;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an actor of one kind with no membership at all may read in every community, kept for the
 * latest {@link World}. A change of one community recomputes only that community and its working
 * groups: the others keep the answers the policy gave for the very same objects.
 *
 * <p>An outsider's reach does not depend on who they are, only on their kind: the policy compares
 * user ids only with an item's author and with memberships, and an outsider has no membership, so
 * a representative actor of the kind answers for all of them.
 *
 * <p>Nor does it depend on which community it is, only on the settings the policy reads: the
 * policy compares a community's id only with those of its items, memberships and parent, which the
 * probe builds to match, and reads nothing of its name, texts, branding, language or concepts. So
 * communities whose {@link Settings} are equal, their parents' too, get one answer, asked once per
 * update for the first of them: ten thousand communities cost the policy's decisions for a few
 * dozen kinds of community, where every community was probed in about fifty cells.
 */
final class OutsiderReach {
  private record Entry(Community community, @Nullable Community parent, Reach reach) {}

  /** What the policy reads of a community, and of its parent, when an outsider asks. */
  private record Settings(Purpose purpose, Privacy privacy, JoinPolicy joinPolicy, Set<Section> sections,
      boolean reviewBeforePublication, RolePermissions permissions, CommunityState state, boolean workingGroup,
      @Nullable Settings parent) {
    static Settings of(Community community, @Nullable Community parent) {
      return new Settings(community.purpose(), community.privacy(), community.joinPolicy(), community.sections(),
          community.reviewBeforePublication(), community.permissions(), community.state(), community.isWorkingGroup(),
          parent == null ? null : of(parent, null));
    }
  }

  private final Actor representative;
  private final AccessPolicyProbe probe;
  private Map<CommunityId, Entry> entries = Map.of();
  private long version = -1;
  private Map<CommunityId, Reach> reach = Map.of();
  private ReachGroups groups = ReachGroups.NONE;

  OutsiderReach(Actor representative, AccessPolicyProbe probe) {
    this.representative = representative;
    this.probe = probe;
  }

  /** The reach in each community of {@code world}. */
  synchronized Map<CommunityId, Reach> reach(World world) {
    update(world);
    return reach;
  }

  /** The groups of {@code world}'s communities. */
  synchronized ReachGroups groups(World world) {
    update(world);
    return groups;
  }

  private void update(World world) {
    if (world.version() == version) {
      return;
    }
    Instant now = Instant.EPOCH; // an outsider holds no invitation, so time plays no part
    Map<CommunityId, Entry> next = new HashMap<>();
    Map<CommunityId, Reach> nextReach = new HashMap<>();
    Map<Settings, Reach> answered = new HashMap<>();
    for (Community community : world.communities().values()) {
      Optional<Community> parent = world.parentOf(community);
      Entry old = entries.get(community.id());
      Entry entry = old != null && old.community == community && old.parent == parent.orElse(null) ? old
          : new Entry(community, parent.orElse(null), answered.computeIfAbsent(
              Settings.of(community, parent.orElse(null)),
              settings -> probe.reach(representative, community, parent, Optional.empty(), Optional.empty(), now)));
      next.put(community.id(), entry);
      nextReach.put(community.id(), entry.reach);
    }
    entries = next;
    reach = Map.copyOf(nextReach);
    groups = ReachGroups.of(reach);
    version = world.version();
  }
}
