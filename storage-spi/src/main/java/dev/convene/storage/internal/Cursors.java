package dev.convene.storage.internal;

import dev.convene.core.ValidationException;
import dev.convene.core.internal.Checks;
import dev.convene.storage.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keyset cursors: the name of a listing and the sort key of the last row returned, each part
 * Base64url-encoded and joined with dots, so a cursor is safe in a URL and carries any id. A cursor
 * is opaque to callers; only the listing that made it reads it back.
 */
public final class Cursors {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Cursors() {}

  /** The cursor of {@code listing} positioned after the row whose sort key is {@code parts}. */
  public static String encode(String listing, String... parts) {
    StringBuilder cursor = new StringBuilder(encodePart(listing));
    for (String part : parts) {
      cursor.append('.').append(encodePart(part));
    }
    Checks.check(cursor.length() <= PageRequest.MAX_CURSOR_LENGTH, "after", "max-length",
        Map.of("limit", PageRequest.MAX_CURSOR_LENGTH), "the sort key is too long for a cursor");
    return cursor.toString();
  }

  /**
   * Reads a cursor of {@code listing} back into a sort key with {@code parse}.
   *
   * @throws ValidationException ({@code after}, {@code cursor}) if the cursor is malformed, is of
   *     another listing, or {@code parse} fails on its parts
   */
  public static <K> K decode(String cursor, String listing, int parts, Function<List<String>, K> parse) {
    try {
      String[] pieces = cursor.split("\\.", -1);
      if (pieces.length == parts + 1 && decodePart(pieces[0]).equals(listing)) {
        List<String> key = new ArrayList<>(parts);
        for (int i = 1; i < pieces.length; i++) {
          key.add(decodePart(pieces[i]));
        }
        return parse.apply(List.copyOf(key));
      }
    } catch (IllegalArgumentException | DateTimeException | ValidationException e) {
      // fall through to the one answer every malformed cursor gets
    }
    throw new ValidationException("after", "cursor", "is not a cursor of this listing; pass a Page.next() unchanged");
  }

  private static String encodePart(String part) {
    return ENCODER.encodeToString(part.getBytes(StandardCharsets.UTF_8));
  }

  private static String decodePart(String part) {
    return new String(DECODER.decode(part), StandardCharsets.UTF_8);
  }
}
