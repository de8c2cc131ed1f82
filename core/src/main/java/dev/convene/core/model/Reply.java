package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.time.Instant;
import java.util.Set;

/**
 * A reply in a {@link Discussion}.
 *
 * @param id the reply's id
 * @param author who wrote it
 * @param body what it says
 * @param created when it was written; in years 1 to 9999 (UTC)
 * @param hidden whether a moderator hid it; hidden replies are shown to moderators and admins only
 * @param mentions the users the reply mentions, as the writer named them; stored as they are, never
 *     read again from the body. A mention tells its user of the reply only if they may see it when told,
 *     and never lets anyone see what they otherwise could not
 */
public record Reply(ReplyId id, UserId author, String body, Instant created, boolean hidden, Set<UserId> mentions) {

  /** The longest reply. */
  public static final int MAX_BODY_LENGTH = 100_000;

  /** Validates the reply. */
  public Reply {
    Checks.required(id, "id");
    Checks.required(author, "author");
    Checks.text(body, "body", MAX_BODY_LENGTH);
    Checks.instant(created, "created");
    mentions = Mentions.checked(mentions);
  }

  /**
   * A reply that mentions nobody.
   *
   * @param id the reply's id
   * @param author who wrote it
   * @param body what it says
   * @param created when it was written
   * @param hidden whether a moderator hid it
   */
  public Reply(ReplyId id, UserId author, String body, Instant created, boolean hidden) {
    this(id, author, body, created, hidden, Set.of());
  }

  /**
   * A copy hidden or shown again.
   *
   * @param newHidden {@code true} to hide the reply
   * @return a copy of this reply, hidden or shown
   */
  public Reply withHidden(boolean newHidden) {
    return new Reply(id, author, body, created, newHidden, mentions);
  }
}
