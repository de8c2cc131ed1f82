package dev.convene.search.internal;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.PlatformRole;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes and caches audiences. An audience is cached under the actor, their memberships exactly as
 * read and the version of the communities, so that a membership or a community change simply looks
 * up another key; an audience built on a pending invitation is dropped when the invitation lapses.
 */
public final class Audiences {
  private record Key(Actor actor, Memberships memberships, long worldVersion) {}

  private record Cached(Audience audience, Instant validUntil) {}

  private record Kind(boolean anonymous, Set<PlatformRole> roles) {}

  private final AccessPolicyProbe probe;
  private final Clock clock;
  private final Map<Kind, OutsiderReach> outsiders = new ConcurrentHashMap<>();
  private final Map<Key, Cached> cache;

  public Audiences(AccessPolicyProbe probe, Clock clock, int capacity) {
    this.probe = probe;
    this.clock = clock;
    this.cache = java.util.Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
        return size() > capacity;
      }
    });
  }

  /** The audience of {@code actor}, who holds {@code memberships}, in {@code world}. */
  public Audience of(Actor actor, Memberships memberships, World world) {
    Instant now = clock.instant();
    Key key = new Key(actor, memberships, world.version());
    Cached cached = cache.get(key);
    if (cached != null && now.isBefore(cached.validUntil)) {
      return cached.audience;
    }
    Audience audience = compute(actor, memberships.list(), world, now);
    cache.put(key, new Cached(audience, validUntil(memberships.list(), now)));
    return audience;
  }

  private Audience compute(Actor actor, List<Membership> memberships, World world, Instant now) {
    OutsiderReach outsider = outsiders.computeIfAbsent(new Kind(actor.isAnonymous(), actor.platformRoles()),
        kind -> new OutsiderReach(representative(kind), probe));
    if (memberships.isEmpty()) {
      return new Audience(actor, outsider.groups(world), ReachGroups.NONE);
    }
    Map<CommunityId, Membership> mine = new HashMap<>();
    memberships.forEach(m -> mine.put(m.community(), m));
    Set<CommunityId> affected = new LinkedHashSet<>(mine.keySet());
    mine.keySet().forEach(id -> affected.addAll(world.workingGroupsOf(id)));
    Map<CommunityId, Reach> base = outsider.reach(world);
    Map<CommunityId, Reach> own = new HashMap<>();
    Set<CommunityId> lessThanOutsiders = new LinkedHashSet<>();
    for (CommunityId id : affected) {
      Optional<Community> community = world.community(id);
      if (community.isEmpty()) {
        continue;
      }
      Optional<Community> parent = world.parentOf(community.get());
      Reach reach = probe.reach(actor, community.get(), parent, Optional.ofNullable(mine.get(id)),
          parent.map(p -> mine.get(p.id())), now);
      Reach outsiderReach = base.getOrDefault(id, Reach.NONE);
      if (reach.covers(outsiderReach)) {
        own.put(id, new Reach(reach.authored() & ~outsiderReach.authored(), reach.other() & ~outsiderReach.other(),
            reach.community() && !outsiderReach.community()));
      } else {
        lessThanOutsiders.add(id);
        own.put(id, reach);
      }
    }
    ReachGroups shared = outsider.groups(world);
    if (!lessThanOutsiders.isEmpty()) {
      Map<CommunityId, Reach> kept = new HashMap<>(base);
      kept.keySet().removeAll(lessThanOutsiders);
      shared = ReachGroups.of(kept);
    }
    return new Audience(actor, shared, ReachGroups.of(own));
  }

  private static Actor representative(Kind kind) {
    return kind.anonymous() ? Actor.anonymous()
        : Actor.user("search-outsider", kind.roles().toArray(PlatformRole[]::new));
  }

  /** Until the first pending invitation lapses: then the actor's standing changes by itself. */
  private static Instant validUntil(List<Membership> memberships, Instant now) {
    Instant until = Instant.MAX;
    for (Membership m : memberships) {
      if (m.state() == MembershipState.INVITED && m.expiry().isPresent() && m.expiry().get().isAfter(now)
          && m.expiry().get().isBefore(until)) {
        until = m.expiry().get();
      }
    }
    return until;
  }
}
