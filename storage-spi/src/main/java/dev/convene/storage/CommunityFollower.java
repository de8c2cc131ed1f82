package dev.convene.storage;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.UserId;
import java.util.Optional;

/**
 * Someone who may hear of what happens in a community: an active member, a subscriber, or both.
 *
 * @param user who
 * @param activeMember whether they are an active member of the community
 * @param subscription how they chose to follow it, if they chose
 */
public record CommunityFollower(UserId user, boolean activeMember, Optional<Subscription> subscription) {

  /**
   * Validates the follower.
   *
   * @throws dev.convene.core.ValidationException if a value is missing, or they are neither an active
   *     member nor a subscriber
   */
  public CommunityFollower {
    Checks.required(user, "user");
    Checks.required(subscription, "subscription");
    Checks.check(activeMember || subscription.isPresent(), "subscription", "follows",
        "an inactive member without a subscription follows nothing");
  }
}
