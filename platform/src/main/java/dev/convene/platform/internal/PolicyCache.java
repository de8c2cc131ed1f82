package dev.convene.platform.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.storage.Storage;
import java.time.Duration;
import java.util.Optional;

/**
 * The look-ups every access decision needs — a community's settings and an actor's membership —
 * cached so that reads do not hit the store each time.
 *
 * <p>Writers invalidate what they changed after their transaction commits ({@link Writes}). Caffeine
 * computes an entry atomically, and invalidating a key waits for a load of that key in flight, so a
 * load that read the old value cannot put it back after the invalidation: once a write returns, every
 * thread's next decision sees it. Absence is cached too, so unknown or hidden ids stay cheap.
 *
 * <p>Writes made elsewhere (another node on the same database) reach it through {@link
 * CacheFollower}, which follows the change log. Every entry also expires a fixed time after it was
 * loaded, which bounds how long an entry can outlive a change the follower missed.
 */
public final class PolicyCache {
  private final Storage storage;
  private final Cache<CommunityId, Optional<Community>> communities;
  private final Cache<MembershipKey, Optional<Membership>> memberships;

  public PolicyCache(Storage storage, long maximumSize, Duration timeToLive) {
    this.storage = storage;
    this.communities = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(timeToLive).build();
    this.memberships = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(timeToLive).build();
  }

  /** The community, as committed. */
  public Optional<Community> community(CommunityId id) {
    return communities.get(id, key -> storage.read(tx -> tx.communities().get(key)));
  }

  /** The membership, as committed. */
  public Optional<Membership> membership(MembershipKey key) {
    return memberships.get(key, k -> storage.read(tx -> tx.memberships().get(k.community(), k.user())));
  }

  /** Forgets a community's settings. */
  public void invalidate(CommunityId id) {
    communities.invalidate(id);
  }

  /** Forgets a membership. */
  public void invalidate(MembershipKey key) {
    memberships.invalidate(key);
  }

  /** Forgets everything (after a bulk change). */
  public void invalidateAll() {
    communities.invalidateAll();
    memberships.invalidateAll();
  }
}
