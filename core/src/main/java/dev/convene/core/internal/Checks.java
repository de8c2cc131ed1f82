package dev.convene.core.internal;

import dev.convene.core.ValidationException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by the model's compact constructors. Every failure is a {@link
 * ValidationException} naming the field and the rule, so bad input never surfaces as a bare {@code
 * NullPointerException} or {@code IllegalArgumentException}.
 */
public final class Checks {
  /** The longest id Convene accepts; ids come from the host and are stored and indexed. */
  public static final int MAX_ID_LENGTH = 255;
  /** The longest URI a concept or scheme may have. */
  public static final int MAX_URI_LENGTH = 2_000;

  // ISO 639-1, the two-letter codes, as the JDK lists them
  private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());
  // the three-letter code of each two-letter language, which BCP 47 writes with two letters
  private static final Map<String, String> TWO_LETTER_BY_ISO3 = TWO_LETTER.stream()
      .collect(Collectors.toUnmodifiableMap(code -> Locale.of(code).getISO3Language(), Function.identity(),
          (first, second) -> first));
  // three-letter codes already judged; at most 26^3 of them
  private static final Map<String, Boolean> THREE_LETTER_KNOWN = new ConcurrentHashMap<>();

  /** The earliest date Convene accepts: 1 January of year 1. */
  public static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);

  /** The latest date Convene accepts: 31 December 9999. */
  public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

  /** The earliest instant Convene accepts: the start of {@link #MIN_DATE}, UTC. */
  public static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest instant Convene accepts: the last nanosecond of {@link #MAX_DATE}, UTC. */
  public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private Checks() {}

  /** Requires a value; absence is the {@code required} rule. */
  public static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw new ValidationException(field, "required", "is required");
    }
    return value;
  }

  /** Fails with the given rule and message when {@code condition} is false. */
  public static void check(boolean condition, String field, String rule, String format, Object... args) {
    if (!condition) {
      throw new ValidationException(field, rule, String.format(Locale.ROOT, format, args));
    }
  }

  /**
   * Fails with the given rule, arguments (such as {@code limit}, besides the field) and message when
   * {@code condition} is false.
   */
  public static void check(boolean condition, String field, String rule, Map<String, ?> arguments, String format,
      Object... args) {
    if (!condition) {
      throw new ValidationException(field, rule, arguments, String.format(Locale.ROOT, format, args));
    }
  }

  /** Fails with the rule {@code max-length} and the argument {@code limit} when {@code length > limit}. */
  public static void maxLength(int length, String field, int limit) {
    check(length <= limit, field, "max-length", Map.of("limit", limit), "must be at most %d characters", limit);
  }

  /** An id: not blank, no surrounding white space, no control characters, at most 255 characters. */
  public static String id(@Nullable String value, String field) {
    required(value, field);
    check(!value.isBlank(), field, "not-blank", "must not be blank");
    maxLength(value.length(), field, MAX_ID_LENGTH);
    check(value.strip().equals(value), field, "trimmed", "must not start or end with white space");
    check(value.chars().noneMatch(Character::isISOControl), field, "printable", "must not contain control characters");
    return value;
  }

  /** An absolute URI of at most {@link #MAX_URI_LENGTH} characters, such as a SKOS concept's. */
  public static URI uri(@Nullable URI value, String field) {
    required(value, field);
    check(value.isAbsolute(), field, "absolute-uri", "must be an absolute URI, not \"%s\"", value);
    maxLength(value.toString().length(), field, MAX_URI_LENGTH);
    return value;
  }

  /** A piece of text: not blank and at most {@code maxLength} characters. */
  public static String text(@Nullable String value, String field, int maxLength) {
    required(value, field);
    check(!value.isBlank(), field, "not-blank", "must not be blank");
    maxLength(value.length(), field, maxLength);
    return value;
  }

  /**
   * An instant in years 1 to 9999 (UTC), the range every date and time of the model keeps to, so that
   * it can be stored, indexed, compared and shown in any time zone without overflow. The rule is
   * {@code range}.
   */
  public static Instant instant(@Nullable Instant value, String field) {
    required(value, field);
    check(!value.isBefore(MIN_INSTANT) && !value.isAfter(MAX_INSTANT), field, "range",
        Map.of("min", MIN_INSTANT, "max", MAX_INSTANT), "must be in the years 1 to 9999 (%s to %s), not %s",
        MIN_INSTANT, MAX_INSTANT, value);
    return value;
  }

  /** A date in years 1 to 9999; the rule is {@code range}. */
  public static LocalDate date(@Nullable LocalDate value, String field) {
    required(value, field);
    check(!value.isBefore(MIN_DATE) && !value.isAfter(MAX_DATE), field, "range",
        Map.of("min", MIN_DATE, "max", MAX_DATE), "must be in the years 1 to 9999 (%s to %s), not %s", MIN_DATE,
        MAX_DATE, value);
    return value;
  }

  /** A collection with no null element; returns it for chaining. */
  public static <C extends Collection<?>> C noNulls(@Nullable C values, String field) {
    required(values, field);
    for (Object value : values) {
      required(value, field + "[]");
    }
    return values;
  }

  /**
   * A language: a well-formed BCP 47 tag, normalised (so {@code "FR-ca"} and {@code "fr-CA"} are the
   * same language).
   */
  public static Locale language(@Nullable Locale value, String field) {
    required(value, field);
    return languageTag(value.toLanguageTag(), field);
  }

  /**
   * Parses and normalises a BCP 47 language tag whose language is an ISO 639 code: a two-letter ISO
   * 639-1 code, or, for a language that has none, a three-letter ISO 639-2 or 639-3 code the JDK's
   * locale data (CLDR) names. A well-formed tag of an unknown language ({@code "xx"}) breaks rule
   * {@code language-code}; a three-letter code of a language that has a two-letter one ({@code
   * "fra"}) is refused with the code to write instead, as BCP 47 asks.
   */
  public static Locale languageTag(@Nullable String tag, String field) {
    required(tag, field);
    check(!tag.isBlank() && !tag.equals("und"), field, "language-tag", "must be a language tag such as \"en\" or \"fr-CA\"");
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
    } catch (IllformedLocaleException e) {
      throw new ValidationException(field, "language-tag", "\"" + tag + "\" is not a well-formed language tag");
    }
    String language = locale.getLanguage();
    String twoLetter = TWO_LETTER_BY_ISO3.get(language);
    check(twoLetter == null, field, "language-code", "write \"%s\" as \"%s\", its two-letter ISO 639-1 code",
        language, twoLetter);
    check(knownLanguage(language), field, "language-code", "\"%s\" is not an ISO 639 language code", language);
    return locale;
  }

  private static boolean knownLanguage(String language) {
    return switch (language.length()) {
      case 2 -> TWO_LETTER.contains(language);
      case 3 -> THREE_LETTER_KNOWN.computeIfAbsent(language,
          code -> !Locale.of(code).getDisplayLanguage(Locale.ENGLISH).equals(code));
      default -> false;
    };
  }
}
