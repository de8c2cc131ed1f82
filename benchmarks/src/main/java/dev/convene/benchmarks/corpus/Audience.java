package dev.convene.benchmarks.corpus;

import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Someone queries run as: an anonymous visitor, or a user with active memberships of some
 * communities. Engines that consult a store find the same memberships there (see {@link
 * WorldStore}).
 *
 * @param name a short name for reports, such as {@code anonymous} or {@code member-of-50}
 * @param actor the actor
 * @param memberships the actor's memberships, all active; empty for an anonymous visitor
 */
public record Audience(String name, Actor actor, List<Membership> memberships) {

  /** Copies the memberships. */
  public Audience {
    memberships = List.copyOf(memberships);
  }

  /** The communities the actor is an active member of. */
  public Set<CommunityId> activeCommunities() {
    return memberships.stream().filter(Membership::isActive).map(Membership::community)
        .collect(Collectors.toUnmodifiableSet());
  }
}
