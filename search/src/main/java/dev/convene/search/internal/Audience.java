package dev.convene.search.internal;

import dev.convene.core.model.Actor;

/**
 * What one actor may read in every community, in the two parts the privacy filter is built from:
 * what anyone of the actor's kind (anonymous, signed in, with the same platform roles) may read,
 * shared by every such actor and so by their cached filters; and what the actor's own memberships
 * add to it, in the communities they belong to and those communities' working groups.
 *
 * @param actor the actor
 * @param shared the groups of an actor of the same kind with no membership, without the communities
 *     where the actor's memberships give less (never, under the standard policy)
 * @param own what the actor's memberships add
 */
public record Audience(Actor actor, ReachGroups shared, ReachGroups own) {}
