package dev.convene.core.internal;

import dev.convene.core.ValidationException;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Makes a file name that a caller gives safe to store, show and offer for download: whatever the
 * input, the result is one plain name, never a path.
 *
 * <ol>
 *   <li>The name is put in Unicode normalisation form C, so one name has one spelling.
 *   <li>Control characters (NUL included), format characters (bidirectional overrides and isolates,
 *       zero-width characters) and lone surrogates are removed; line and tab breaks become spaces.
 *   <li>Only the last part after a path separator is kept: {@code /}, {@code \} and the slash
 *       look-alikes some systems turn into them (fullwidth solidus and reverse solidus, division
 *       and fraction slash, big solidus).
 *   <li>Characters Windows forbids in names, {@code < > : " | ? *}, become {@code _}.
 *   <li>Leading dots and white space, and trailing dots and white space, are removed: no hidden file,
 *       no {@code ..}, nothing Windows would silently trim.
 * </ol>
 *
 * A name with nothing left is refused ({@code file-name}), and so is a result longer than 255
 * characters ({@code max-length}). The refusal never repeats the input, which may hold control
 * characters.
 *
 * <p>The name is for showing and for a download's suggested name: the bytes are stored under their
 * hash, never under it. Windows device names such as {@code CON} or {@code NUL.txt} are kept, so a
 * host that writes attachments to a Windows disk must still not use the name as a path.
 */
public final class FileNames {
  private static final String SEPARATORS = "/\\\uFF0F\uFF3C\u2215\u2044\u29F8\u29F9";
  private static final String RESERVED = "<>:\"|?*";
  private static final Pattern EDGES = Pattern.compile("^[.\\s]+|[.\\s]+$", Pattern.UNICODE_CHARACTER_CLASS);
  /** The longest name kept, as file systems allow. */
  public static final int MAX_LENGTH = 255;

  private FileNames() {}

  /**
   * The safe form of {@code name}.
   *
   * @throws ValidationException naming {@code field} if the name is missing, leaves nothing, or is
   *     too long
   */
  public static String clean(@Nullable String name, String field) {
    Checks.required(name, field);
    String last = "";
    StringBuilder part = new StringBuilder();
    for (int c : Normalizer.normalize(name, Normalizer.Form.NFC).codePoints().toArray()) {
      if (SEPARATORS.indexOf(c) >= 0) {
        last = keep(part, last);
        part.setLength(0);
      } else if (c == '\t' || c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
        part.append(' ');
      } else if (RESERVED.indexOf(c) >= 0) {
        part.append('_');
      } else if (!removed(c)) {
        part.appendCodePoint(c);
      }
    }
    String cleaned = keep(part, last);
    Checks.check(!cleaned.isEmpty(), field, "file-name",
        "must be a file name: nothing is left once folders, control characters and leading dots are removed");
    Checks.maxLength(cleaned.length(), field, MAX_LENGTH);
    return cleaned;
  }

  /** The part just read if anything is left of it, else the last part that had something. */
  private static String keep(StringBuilder part, String last) {
    String trimmed = EDGES.matcher(part).replaceAll("");
    return trimmed.isEmpty() ? last : trimmed;
  }

  private static boolean removed(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
  }
}
