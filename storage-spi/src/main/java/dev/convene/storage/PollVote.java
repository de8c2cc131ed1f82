package dev.convene.storage;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.UserId;
import java.time.Instant;

/**
 * One user's vote in one poll: the option they chose. A user has at most one vote per poll; it is a
 * setting, not a versioned aggregate: the last {@link VoteStore#put} wins, so a changed vote replaces
 * the earlier one.
 *
 * @param poll the poll
 * @param user who voted
 * @param option the option they chose, one of the poll's
 * @param at when they chose it
 */
public record PollVote(ItemId poll, UserId user, PollOptionId option, Instant at) {

  /**
   * Validates the vote.
   *
   * @throws dev.convene.core.ValidationException if a value is missing
   */
  public PollVote {
    Checks.required(poll, "poll");
    Checks.required(user, "user");
    Checks.required(option, "option");
    Checks.instant(at, "at");
  }
}
