package dev.convene.storage;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;

/**
 * How one user follows one community. A user has at most one subscription per community; it is a
 * setting, not a versioned aggregate: the last {@link SubscriptionStore#put} wins.
 *
 * @param user who follows
 * @param community what they follow
 * @param level how much they hear
 * @param delivery when they hear it
 */
public record Subscription(UserId user, CommunityId community, NotificationLevel level, Delivery delivery) {

  /**
   * Validates the subscription.
   *
   * @throws dev.convene.core.ValidationException if a value is missing
   */
  public Subscription {
    Checks.required(user, "user");
    Checks.required(community, "community");
    Checks.required(level, "level");
    Checks.required(delivery, "delivery");
  }
}
