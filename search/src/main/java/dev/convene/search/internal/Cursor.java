package dev.convene.search.internal;

import dev.convene.core.ValidationException;
import dev.convene.search.SortOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque cursor of search-after paging: the sort values of the last hit of a page (its score or
 * date, and its unique key). A page starts strictly after them, so a walk through the pages sees each
 * document present throughout at most once, whatever is indexed meanwhile.
 */
public final class Cursor {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Cursor() {}

  /** The cursor after {@code last}, a hit of a search sorted by {@code sort}. */
  public static String encode(SortOrder sort, FieldDoc last) {
    String value = sort == SortOrder.RELEVANCE
        ? "r" + Integer.toHexString(Float.floatToIntBits((Float) last.fields[0]))
        : "d" + Long.toString((Long) last.fields[0], 16);
    String key = ((BytesRef) last.fields[1]).utf8ToString();
    return ENCODER.encodeToString(("1|" + value + "|" + key).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The search-after position of a cursor.
   *
   * @throws ValidationException ({@code after}, {@code cursor}) if the cursor was not given out by a
   *     search sorted the same way
   */
  public static FieldDoc decode(SortOrder sort, String cursor) {
    try {
      String text = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
      String[] parts = text.split("\\|", 3);
      if (parts.length != 3 || !parts[0].equals("1") || parts[1].isEmpty()) {
        throw invalid();
      }
      char kind = parts[1].charAt(0);
      String number = parts[1].substring(1);
      Object value;
      if (sort == SortOrder.RELEVANCE && kind == 'r') {
        value = Float.intBitsToFloat(Integer.parseUnsignedInt(number, 16));
      } else if (sort == SortOrder.DATE && kind == 'd') {
        value = Long.parseLong(number, 16);
      } else {
        throw invalid();
      }
      // the keys are unique, so no document ties with the cursor: the doc id plays no part
      return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {value, new BytesRef(parts[2])});
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  private static ValidationException invalid() {
    return new ValidationException("after", "cursor",
        "is not a cursor this search gave out; start again from the first page");
  }
}
