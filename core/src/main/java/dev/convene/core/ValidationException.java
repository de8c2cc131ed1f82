package dev.convene.core;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown when input breaks a rule. It names the offending field (for example {@code "slug"} or
 * {@code "concept[energy].broader"}) and the rule (a short, stable code such as {@code "required"} or
 * {@code "acyclic"}), so that callers can map it to a form field and tests can assert on it. Nothing
 * was changed. Its code is {@code validation.} followed by the rule; its arguments hold the {@code
 * field} and whatever the rule needs, such as the {@code limit} of {@code max-length}.
 */
public class ValidationException extends ConveneException {
  private static final long serialVersionUID = 2L;

  /** The prefix of every code of this exception, except an {@link InvalidQueryException}'s. */
  public static final String PREFIX = "validation.";

  /** The field whose value was refused. */
  private final String field;
  /** The rule the value broke. */
  private final String rule;

  /**
   * Creates the exception with the field as its only argument.
   *
   * @param field the field or path that is wrong
   * @param rule a short, stable code for the rule that was broken: lowercase words with hyphens
   * @param message what is wrong, in words a person can act on
   */
  public ValidationException(String field, String rule, String message) {
    this(field, rule, Map.of(), message);
  }

  /**
   * Creates the exception with the field and more arguments.
   *
   * @param field the field or path that is wrong
   * @param rule a short, stable code for the rule that was broken: lowercase words with hyphens
   * @param arguments what the rule needs besides the field, such as {@code limit}
   * @param message what is wrong, in words a person can act on
   */
  public ValidationException(String field, String rule, Map<String, ?> arguments, String message) {
    this(PREFIX, field, rule, arguments, message);
  }

  /**
   * Creates the exception with another prefix for its code, for a subclass that is a family of its own.
   *
   * @param prefix the start of the code, ending with a dot, such as {@code invalid-query.}
   * @param field the field or path that is wrong
   * @param rule a short, stable code for the rule that was broken: lowercase words with hyphens
   * @param arguments what the rule needs besides the field
   * @param message what is wrong, in words a person can act on
   */
  protected ValidationException(String prefix, String field, String rule, Map<String, ?> arguments,
      String message) {
    super(prefix + requireNonNull(rule, "rule"), withField(requireNonNull(field, "field"), arguments),
        field + ": " + message + " [" + rule + "]");
    this.field = field;
    this.rule = rule;
  }

  private static Map<String, ?> withField(String field, Map<String, ?> arguments) {
    Map<String, Object> all = new LinkedHashMap<>(arguments);
    all.put("field", field);
    return all;
  }

  /**
   * The field or path that is wrong.
   *
   * @return the field, also the argument {@code field}
   */
  public String field() {
    return field;
  }

  /**
   * The short, stable code of the rule that was broken.
   *
   * @return the rule, the last part of the {@link #code() code}
   */
  public String rule() {
    return rule;
  }
}
