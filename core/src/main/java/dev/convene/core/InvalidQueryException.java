package dev.convene.core;

/**
 * Thrown when a search query cannot be understood. The message says, in words a person can act on,
 * what is wrong and where (for example an unclosed quote), never a raw parser message.
 */
public class InvalidQueryException extends ConveneException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message a person can act on. */
  public InvalidQueryException(String message) {
    super(message);
  }
}
