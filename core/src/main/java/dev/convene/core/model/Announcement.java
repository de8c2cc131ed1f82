package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * News from a community's moderators or admins.
 *
 * @param header what every item has
 * @param body the announcement
 * @param pinned whether it stays at the top of the list
 * @param expires when it stops being shown, if ever; in years 1 to 9999 (UTC)
 */
public record Announcement(ItemHeader header, String body, boolean pinned, Optional<Instant> expires) implements Item {

  /** Validates the announcement. */
  public Announcement {
    Checks.required(header, "header");
    Checks.required(body, "body");
    Checks.required(expires, "expires").ifPresent(e -> Checks.instant(e, "expires"));
  }

  /**
   * Whether the announcement has stopped being shown at {@code now}.
   *
   * @param now the time to check at
   * @return {@code true} if the announcement has an expiry at or before {@code now}
   */
  public boolean isExpired(Instant now) {
    return expires.map(e -> !e.isAfter(now)).orElse(false);
  }

  @Override
  public Announcement withHeader(ItemHeader newHeader) {
    return new Announcement(newHeader, body, pinned, expires);
  }
}
