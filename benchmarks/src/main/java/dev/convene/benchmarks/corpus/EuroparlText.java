package dev.convene.benchmarks.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One line of the Europarl line corpus: a debate's title, its date and its body split into
 * paragraphs, with the language the body is written in.
 *
 * @param title the title, never blank; derived from the body when the line's own title is a mere
 *     number such as {@code (1)}
 * @param date the sitting's date
 * @param language the language guessed from the body
 * @param paragraphs the body's paragraphs, at least one
 */
public record EuroparlText(String title, LocalDate date, Locale language, List<String> paragraphs) {

  /** Copies the paragraphs and checks there is at least one. */
  public EuroparlText {
    paragraphs = List.copyOf(paragraphs);
    if (title.isBlank() || paragraphs.isEmpty()) {
      throw new IllegalArgumentException("a text needs a title and at least one paragraph");
    }
  }
}
