package dev.convene.platform;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.PollOption;
import java.util.List;

/**
 * The counts of a poll, as {@link PollService#results} shows them to those its setting lets see them:
 * how many chose each option and how many voted. Never who voted for what.
 *
 * @param poll the poll
 * @param options every option of the poll, in the poll's order, with its count
 * @param voters how many voted: the sum of the counts
 * @param closed whether the poll had closed when counted
 */
public record PollResults(ItemId poll, List<OptionCount> options, int voters, boolean closed) {

  /** Validates the results. */
  public PollResults {
    Checks.required(poll, "poll");
    options = List.copyOf(Checks.noNulls(options, "options"));
    Checks.check(voters == options.stream().mapToInt(OptionCount::votes).sum(), "voters", "sum",
        "the voters are the sum of the counts");
  }

  /**
   * One option and how many chose it.
   *
   * @param option the option
   * @param votes how many chose it, not negative
   */
  public record OptionCount(PollOption option, int votes) {
    /** Validates the count. */
    public OptionCount {
      Checks.required(option, "option");
      Checks.check(votes >= 0, "votes", "non-negative", "must not be negative");
    }
  }
}
