package dev.convene.storage;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import java.time.Instant;

/**
 * A user's acceptance of one version of a community's guidelines: a record of fact, kept as given.
 * A user who accepted several versions has one acceptance for each.
 *
 * @param community the community
 * @param user who accepted
 * @param version the version they accepted
 * @param at when they accepted it
 */
public record GuidelinesAcceptance(CommunityId community, UserId user, int version, Instant at) {

  /**
   * Validates the acceptance.
   *
   * @throws dev.convene.core.ValidationException if a value is missing or the version is below 1
   */
  public GuidelinesAcceptance {
    Checks.required(community, "community");
    Checks.required(user, "user");
    Checks.check(version >= 1, "version", "positive", "guidelines versions count from 1");
    Checks.instant(at, "at");
  }
}
