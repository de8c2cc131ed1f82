package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.time.Instant;

/**
 * A reply in a {@link Discussion}.
 *
 * @param id the reply's id
 * @param author who wrote it
 * @param body what it says
 * @param created when it was written; in years 1 to 9999 (UTC)
 * @param hidden whether a moderator hid it; hidden replies are shown to moderators and admins only
 */
public record Reply(ReplyId id, UserId author, String body, Instant created, boolean hidden) {

  /** The longest reply. */
  public static final int MAX_BODY_LENGTH = 100_000;

  /** Validates the reply. */
  public Reply {
    Checks.required(id, "id");
    Checks.required(author, "author");
    Checks.text(body, "body", MAX_BODY_LENGTH);
    Checks.instant(created, "created");
  }

  /** A copy hidden or shown again. */
  public Reply withHidden(boolean newHidden) {
    return new Reply(id, author, body, created, newHidden);
  }
}
