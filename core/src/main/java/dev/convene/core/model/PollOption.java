package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.util.Optional;

/**
 * One answer a {@link Poll} offers: an option its author gave, or an idea a member added.
 *
 * @param id the option's id, stable for the poll's life
 * @param text what the option says, at most {@value #MAX_TEXT_LENGTH} characters
 * @param author who added it, for an idea; empty for an option the poll's author fixed
 */
public record PollOption(PollOptionId id, String text, Optional<UserId> author) {

  /** The longest option or idea. */
  public static final int MAX_TEXT_LENGTH = 500;

  /** Validates the option. */
  public PollOption {
    Checks.required(id, "id");
    Checks.text(text, "text", MAX_TEXT_LENGTH);
    Checks.required(author, "author");
  }

  /**
   * An option the poll's author fixed.
   *
   * @param id the option's id
   * @param text what the option says
   * @return the option, credited to nobody
   */
  public static PollOption fixed(PollOptionId id, String text) {
    return new PollOption(id, text, Optional.empty());
  }

  /**
   * An idea added by {@code author}.
   *
   * @param id the option's id
   * @param text what the idea says
   * @param author the member who added it
   * @return the option, credited to {@code author}
   */
  public static PollOption idea(PollOptionId id, String text, UserId author) {
    return new PollOption(id, text, Optional.of(Checks.required(author, "author")));
  }

  /**
   * A copy credited to {@code newAuthor}, or to nobody.
   *
   * @param newAuthor the member to credit, or empty
   * @return a copy of this option with that author
   */
  public PollOption withAuthor(Optional<UserId> newAuthor) {
    return new PollOption(id, text, newAuthor);
  }
}
