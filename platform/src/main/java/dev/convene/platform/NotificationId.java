package dev.convene.platform;

import dev.convene.core.internal.Checks;

/**
 * The stable id of one notification to one recipient. Notifications are delivered at least once: a
 * crash, a sink that failed part of a batch, or a lease that passed to another node may hand the
 * same notification to the sink again, and it then carries the same id. A sink that must not repeat
 * itself (a mail it must not send twice) remembers the ids it has handled, for example as a unique
 * key of its own mail queue, and drops a notification whose id it has seen. Two different
 * notifications never share an id on one store.
 *
 * <p>The value is opaque: compare it, store it, never parse it.
 *
 * @param value the id; not blank, at most {@value #MAX_LENGTH} characters
 */
public record NotificationId(String value) {
  /** The longest id. */
  public static final int MAX_LENGTH = 300;

  /**
   * Validates the id.
   *
   * @throws dev.convene.core.ValidationException if the value is missing, blank or too long
   */
  public NotificationId {
    Checks.text(value, "id", MAX_LENGTH);
  }

  @Override
  public String toString() {
    return value;
  }
}
