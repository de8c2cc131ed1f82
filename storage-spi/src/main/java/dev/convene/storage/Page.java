package dev.convene.storage;

import dev.convene.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * One page of a listing.
 *
 * @param items the rows, in the listing's order; unmodifiable
 * @param next the cursor for the following page ({@link PageRequest#after(String)}), present when
 *     more rows may follow and empty on the last page
 * @param <T> the type of the rows
 */
public record Page<T>(List<T> items, Optional<String> next) {

  /**
   * Validates and copies the page.
   *
   * @throws dev.convene.core.ValidationException if an argument or a row is missing
   */
  public Page {
    items = List.copyOf(Checks.noNulls(items, "items"));
    Checks.required(next, "next");
  }

  /**
   * A page with no rows and nothing after it.
   *
   * @param <T> the type of the rows
   * @return the empty page
   */
  public static <T> Page<T> empty() {
    return new Page<>(List.of(), Optional.empty());
  }

  /**
   * Whether a following page may hold more rows.
   *
   * @return {@code true} if there is a cursor to the next page
   */
  public boolean hasNext() {
    return next.isPresent();
  }
}
