package dev.convene.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception Convene throws. It is unchecked: the callers of an embedded library
 * decide where to handle failures, and no foreign checked exception (SQL, I/O, Lucene) escapes the
 * public API unwrapped.
 *
 * <p>Every exception carries a stable, machine-readable {@link #code() code}, such as {@code
 * not-found} or {@code validation.max-length}, and structured {@link #arguments() arguments}, such as
 * the field and the limit, so that a host can say the same thing in its own language; the message is
 * the English wording for logs and developers. The codes are listed in {@code docs/errors.md}.
 *
 * <p>Messages and arguments never reveal anything the acting user may not see: an exception about a
 * community or item the actor may not know exists is a {@link NotFoundException}, worded exactly as if
 * it did not exist and carrying only what the caller gave.
 */
public class ConveneException extends RuntimeException {
  private static final long serialVersionUID = 2L;
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern CODE = Pattern.compile(WORD + "(?:\\." + WORD + ")*");

  /** The stable, machine-readable code. */
  private final String code;
  /** The structured arguments, by name; a TreeMap so that they serialise and keep one order. */
  private final TreeMap<String, Object> arguments;

  /**
   * Creates an exception.
   *
   * @param code the stable code: lowercase words of letters, digits and hyphens, joined by dots, such
   *     as {@code database.unavailable}
   * @param arguments what a host needs to say it in its own words; each value is a {@link String},
   *     {@link Number}, {@link Boolean}, {@link Instant}, {@link Duration} or {@link LocalDate}, or an
   *     enum constant, kept as its lowercase name with hyphens ({@code AFTER_VOTING} is kept as {@code
   *     after-voting})
   * @param message the English wording, a sentence a person can act on
   * @throws IllegalArgumentException if the code is not so written or a value is of another type
   */
  public ConveneException(String code, Map<String, ?> arguments, String message) {
    super(message); // the cause is left unset, for initCause
    this.code = checkedCode(code);
    this.arguments = copied(arguments);
  }

  /**
   * Creates an exception that reports the failure that caused it.
   *
   * @param code the stable code, written as for {@link #ConveneException(String, Map, String)}
   * @param arguments what a host needs to say it in its own words, with values as for {@link
   *     #ConveneException(String, Map, String)}
   * @param message the English wording, a sentence a person can act on
   * @param cause the failure that caused this one, or {@code null}
   * @throws IllegalArgumentException if the code is not so written or a value is of another type
   */
  public ConveneException(String code, Map<String, ?> arguments, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.code = checkedCode(code);
    this.arguments = copied(arguments);
  }

  /**
   * The stable, machine-readable code of this failure, such as {@code access-denied.role-required};
   * every code is listed in {@code docs/errors.md}.
   *
   * @return the code, lowercase, never empty
   */
  public String code() {
    return code;
  }

  /**
   * What a host needs, besides the {@link #code() code}, to word this failure in its own language,
   * such as {@code field} and {@code limit}.
   *
   * @return the arguments, unmodifiable, ordered by name; empty when the code says it all
   */
  public Map<String, Object> arguments() {
    return Collections.unmodifiableMap(arguments);
  }

  /**
   * Whether {@code code} is written as codes are: lowercase words of letters, digits and hyphens,
   * joined by dots.
   *
   * @param code the text to test
   * @return whether it may be a code
   */
  public static boolean isCode(String code) {
    return CODE.matcher(code).matches();
  }

  private static String checkedCode(String code) {
    Objects.requireNonNull(code, "code");
    if (!isCode(code)) {
      throw new IllegalArgumentException("\"" + code + "\" is not an error code: lowercase words joined by dots");
    }
    return code;
  }

  private static TreeMap<String, Object> copied(Map<String, ?> arguments) {
    TreeMap<String, Object> copy = new TreeMap<>();
    arguments.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "argument name"), value(name, value)));
    return copy;
  }

  private static Object value(String name, @Nullable Object value) {
    return switch (value) {
      case null -> throw new IllegalArgumentException("the argument " + name + " is null");
      case Enum<?> constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
      case String s -> s;
      case Number n -> n;
      case Boolean b -> b;
      case Instant i -> i;
      case Duration d -> d;
      case LocalDate d -> d;
      default -> throw new IllegalArgumentException("the argument " + name + " is a " + value.getClass().getName()
          + ", not text, a number, a truth value, an instant, a duration or a date");
    };
  }
}
