package dev.convene.platform.internal;

import dev.convene.core.internal.Checks;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.Subscription;

/**
 * How much someone hears from a community, and when: their own {@link Subscription}, or the
 * platform's default for those who never chose.
 *
 * @param level how much they hear
 * @param delivery when they hear it
 */
public record NotificationPreference(NotificationLevel level, Delivery delivery) {

  /** Validates the preference. */
  public NotificationPreference {
    Checks.required(level, "level");
    Checks.required(delivery, "delivery");
  }

  /** The preference a subscription states. */
  public static NotificationPreference of(Subscription subscription) {
    return new NotificationPreference(subscription.level(), subscription.delivery());
  }

  /** Whether they hear of anything at all: {@code NONE} silences even what asks for their action. */
  boolean hearsAnything() {
    return level != NotificationLevel.NONE;
  }

  /** Whether they hear of an event announced to a community's followers, given its importance. */
  boolean hears(boolean important) {
    return level == NotificationLevel.ALL || level == NotificationLevel.IMPORTANT && important;
  }
}
