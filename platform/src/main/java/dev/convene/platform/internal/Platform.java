package dev.convene.platform.internal;

import dev.convene.core.model.Actor;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.storage.Storage;
import dev.convene.storage.blob.BlobStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Everything the services share, wired once by {@code Convene.Builder}: the store, the clock, the
 * policy and its cache, the write runner, the event bus and the settings.
 *
 * @param storage the store
 * @param clock the clock
 * @param access access checks
 * @param cache the policy cache
 * @param writes the write runner
 * @param events the event bus
 * @param ids the source of new ids
 * @param invitationTtl how long an invitation lasts by default
 * @param communityCreators who may create top-level communities
 * @param blobStore where attachment files live, if the host configured a blob store
 */
public record Platform(Storage storage, Clock clock, Access access, PolicyCache cache, Writes writes, Events events,
    Supplier<String> ids, Duration invitationTtl, Predicate<Actor> communityCreators,
    Optional<BlobStore> blobStore) {

  /** The policy. */
  public AccessPolicy policy() {
    return access.policy();
  }

  /** Now, by the platform's clock. */
  public Instant now() {
    return clock.instant();
  }
}
