package dev.convene.core;

/**
 * Thrown when the actor may see something but may not perform the requested action on it, for
 * example an outsider reading the member list of a semi-private community.
 */
public class AccessDeniedException extends ConveneException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what was refused and why. */
  public AccessDeniedException(String message) {
    super(message);
  }
}
