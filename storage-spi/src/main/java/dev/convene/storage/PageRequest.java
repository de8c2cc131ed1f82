package dev.convene.storage;

import dev.convene.core.internal.Checks;
import java.util.Map;
import java.util.Optional;

/**
 * Which page of a listing to read: at most {@code limit} rows after the cursor {@code after}, or from
 * the start when there is none.
 *
 * @param limit how many rows at most, 1 to {@value #MAX_LIMIT}
 * @param after the {@link Page#next()} cursor of the previous page, as the store gave it out: an
 *     opaque string that only the listing that made it understands
 */
public record PageRequest(int limit, Optional<String> after) {

  /** The most rows one page may hold. */
  public static final int MAX_LIMIT = 1_000;

  /** The longest cursor a store may give out. */
  public static final int MAX_CURSOR_LENGTH = 2_000;

  /**
   * Validates the request.
   *
   * @throws dev.convene.core.ValidationException ({@code limit}, {@code range}) for a limit out of range,
   *     or ({@code after}, ...) for a blank or overlong cursor
   */
  public PageRequest {
    Checks.check(limit >= 1 && limit <= MAX_LIMIT, "limit", "range", Map.of("min", 1, "max", MAX_LIMIT),
        "must be 1 to %d, not %d", MAX_LIMIT, limit);
    Checks.required(after, "after").ifPresent(cursor -> Checks.text(cursor, "after", MAX_CURSOR_LENGTH));
  }

  /**
   * The first page of at most {@code limit} rows.
   *
   * @param limit the most rows on the page
   * @return the request
   * @throws dev.convene.core.ValidationException if {@code limit} is out of range
   */
  public static PageRequest first(int limit) {
    return new PageRequest(limit, Optional.empty());
  }

  /**
   * The page of at most {@link #limit()} rows after {@code cursor}.
   *
   * @param cursor the cursor a previous page gave out
   * @return the request for the page after it
   * @throws dev.convene.core.ValidationException if {@code cursor} is missing, blank or too long
   */
  public PageRequest after(String cursor) {
    return new PageRequest(limit, Optional.of(Checks.required(cursor, "after")));
  }

  /**
   * The request for the page that follows {@code page} with the same limit, or empty if {@code page}
   * was the last one. Walking a listing reads {@code first(n)}, then {@code next(page)} until empty.
   *
   * @param page the page just read
   * @return the request for the next page, or empty
   * @throws dev.convene.core.ValidationException if {@code page} is missing
   */
  public Optional<PageRequest> next(Page<?> page) {
    return Checks.required(page, "page").next().map(this::after);
  }
}
