package dev.convene.core;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when input breaks a rule. It names the offending field (for example {@code "slug"} or
 * {@code "concept[energy].broader"}) and the rule (a short, stable code such as {@code "required"} or
 * {@code "acyclic"}), so that callers can map it to a form field and tests can assert on it. Nothing
 * was changed.
 */
public class ValidationException extends ConveneException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param field the field or path that is wrong
   * @param rule a short, stable code for the rule that was broken
   * @param message what is wrong, in words a person can act on
   */
  public ValidationException(String field, String rule, String message) {
    super(field + ": " + message + " [" + rule + "]");
    this.field = requireNonNull(field, "field");
    this.rule = requireNonNull(rule, "rule");
  }

  /** The field or path that is wrong. */
  public String field() {
    return field;
  }

  /** The short, stable code of the rule that was broken. */
  public String rule() {
    return rule;
  }
}
