package dev.convene.core;

import java.util.Map;

/**
 * Thrown when something does not exist, or when the actor may not know that it exists. The two cases
 * are deliberately indistinguishable, so that the answer itself leaks nothing: the code is always
 * {@value #CODE}, the message names only what the caller asked for, and the arguments, usually none,
 * hold only what the caller gave, never anything found out.
 */
public class NotFoundException extends ConveneException {
  private static final long serialVersionUID = 2L;

  /** The code of every {@code NotFoundException}, whatever was not found. */
  public static final String CODE = "not-found";

  /**
   * Creates the exception with no arguments.
   *
   * @param message what was not found; it must read the same whether the thing exists or not
   */
  public NotFoundException(String message) {
    this(Map.of(), message);
  }

  /**
   * Creates the exception.
   *
   * @param arguments only what the caller gave, such as {@code kind} and {@code id}; the same whether
   *     the thing exists or not
   * @param message what was not found; it must read the same whether the thing exists or not
   */
  public NotFoundException(Map<String, ?> arguments, String message) {
    super(CODE, arguments, message);
  }
}
