package dev.convene.platform;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Poll;
import dev.convene.core.policy.Reason;
import java.util.Map;

/**
 * Thrown when the actor may see a poll but not its counts yet: its setting shows them only to those
 * who voted, or only once it has closed. It names only the setting, which the poll itself shows; it
 * never tells a count. Its code is {@code access-denied.} followed by the policy's {@link
 * Reason#RESULTS_NOT_YET_VISIBLE} code, {@value #CODE}; its one argument, {@code setting}, is {@code
 * after-voting} or {@code after-closing}.
 */
public final class PollResultsHiddenException extends AccessDeniedException {
  private static final long serialVersionUID = 2L;

  /** The code of every {@code PollResultsHiddenException}. */
  public static final String CODE = "access-denied.results-not-yet-visible";

  /** The poll's setting that holds the counts back. */
  private final Poll.ResultsVisibility setting;

  /**
   * Creates the exception for a poll named {@code what} whose setting is {@code setting}.
   *
   * @param what the poll, as the caller named it, such as {@code item i7}
   * @param setting the poll's setting that holds the counts back
   */
  public PollResultsHiddenException(String what, Poll.ResultsVisibility setting) {
    super(Reason.RESULTS_NOT_YET_VISIBLE.code(), Map.of("setting", Checks.required(setting, "setting")),
        "the results of " + what + " are not shown yet: they are shown "
        + (Checks.required(setting, "setting") == Poll.ResultsVisibility.AFTER_VOTING ? "once you have voted"
            : "once the poll has closed"));
    this.setting = setting;
  }

  /**
   * The poll's setting that holds the counts back: {@code AFTER_VOTING} or {@code AFTER_CLOSING}.
   *
   * @return the setting
   */
  public Poll.ResultsVisibility setting() {
    return setting;
  }
}
