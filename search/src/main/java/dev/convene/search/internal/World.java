package dev.convene.search.internal;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of what the search decides with at query time: every community's current
 * settings and the current taxonomy. Communities are versioned together: {@link #version()} changes
 * whenever one of them does, and keys the audiences computed from them.
 *
 * @param version a counter that grows with every change of a community
 * @param communities every community, by id
 * @param workingGroups the working groups of each community that has any
 * @param taxonomy the current taxonomy
 */
public record World(long version, Map<CommunityId, Community> communities,
    Map<CommunityId, List<CommunityId>> workingGroups, Taxonomy taxonomy) {

  /** A world of these communities; the maps are taken as they are, not copied. */
  static World of(long version, Map<CommunityId, Community> communities, Taxonomy taxonomy) {
    Map<CommunityId, List<CommunityId>> groups = new HashMap<>();
    for (Community community : communities.values()) {
      community.parent().ifPresent(p -> groups.computeIfAbsent(p, k -> new ArrayList<>()).add(community.id()));
    }
    return new World(version, communities, groups, taxonomy);
  }

  /** The community, if it exists. */
  public Optional<Community> community(CommunityId id) {
    return Optional.ofNullable(communities.get(id));
  }

  /** The parent of a community, if it is a working group whose parent exists. */
  public Optional<Community> parentOf(Community community) {
    return community.parent().map(communities::get);
  }

  /** The working groups of a community. */
  public List<CommunityId> workingGroupsOf(CommunityId id) {
    return workingGroups.getOrDefault(id, List.of());
  }

  /** A copy with communities changed: present values replace, empty ones remove. */
  World withCommunities(Map<CommunityId, Optional<Community>> changed) {
    Map<CommunityId, Community> next = new HashMap<>(communities);
    changed.forEach((id, community) -> {
      if (community.isPresent()) {
        next.put(id, community.get());
      } else {
        next.remove(id);
      }
    });
    return of(version + 1, next, taxonomy);
  }

  /** A copy with another taxonomy. */
  World withTaxonomy(Taxonomy next) {
    return new World(version, communities, workingGroups, next);
  }
}
