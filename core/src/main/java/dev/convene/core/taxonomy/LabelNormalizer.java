package dev.convene.core.taxonomy;

import dev.convene.core.internal.Checks;
import java.text.Normalizer;

/**
 * Turns a label or a user's query into the key that label look-ups compare, so that people find a
 * concept however they type it: {@code "securite sociale"}, {@code "SÉCURITÉ  SOCIALE"} and {@code
 * "Sécurité sociale"} all have the key {@code "securite sociale"}.
 *
 * <p>The key is the text decomposed (Unicode NFKD, which also unfolds ligatures and full-width
 * forms), without combining marks (accents) or invisible format characters such as the soft hyphen,
 * lower-cased without regard to locale, with {@code ß} folded to {@code ss}, {@code œ} to {@code
 * oe}, {@code æ} to {@code ae}, {@code ø} to {@code o}, {@code ł} to {@code l}, {@code đ} and {@code ð} to
 * {@code d}, dotless {@code ı} to {@code i} and the final sigma to {@code σ}; typographic apostrophes
 * become {@code '} and typographic hyphens and dashes become {@code -}; white space is trimmed and
 * every run of it becomes one space. Other punctuation is kept.
 *
 * <p>The rules are part of the contract: the search module builds its own keys with this class, and
 * any change to them requires rebuilding whatever stored such keys.
 */
public final class LabelNormalizer {
  private LabelNormalizer() {}

  /**
   * The comparison key of {@code text}; empty if the text holds nothing but white space, accents and
   * format characters.
   *
   * @param text the label or query to normalize
   * @return the key two labels are equal by
   * @throws dev.convene.core.ValidationException if {@code text} is null (rule {@code required})
   */
  public static String normalize(String text) {
    Checks.required(text, "text");
    String decomposed = Normalizer.normalize(unifyPunctuation(text), Normalizer.Form.NFKD);
    StringBuilder key = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = !key.isEmpty();
        continue;
      }
      if (pendingSpace) {
        key.append(' ');
        pendingSpace = false;
      }
      appendFolded(key, Character.toLowerCase(c));
    }
    return key.toString();
  }

  // Before decomposition, because NFKD turns the acute accent used as an apostrophe into a space and
  // a combining mark.
  private static String unifyPunctuation(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(switch (c) {
        case '\u2019', '\u2018', '\u201B', '\u02BC', '\u02B9', '\u0060', '\u00B4', '\u2032', '\uFF07' -> '\'';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D' -> '-';
        default -> c;
      });
    }
    return out.toString();
  }

  private static void appendFolded(StringBuilder key, int c) {
    switch (c) {
      case 'ß' -> key.append("ss");
      case 'œ' -> key.append("oe");
      case 'æ' -> key.append("ae");
      case 'ø' -> key.append('o');
      case 'ł' -> key.append('l');
      case 'đ', 'ð' -> key.append('d');
      case 'ı' -> key.append('i');
      case 'ς' -> key.append('σ');
      default -> key.appendCodePoint(c);
    }
  }
}
