package dev.convene.core;

/**
 * Thrown when a request conflicts with the current state: a stale write (optimistic concurrency), a
 * duplicate of something that must be unique, or a transition the current state does not allow (such
 * as the last admin leaving a community). Nothing was changed.
 */
public class ConflictException extends ConveneException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the conflicting state. */
  public ConflictException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the failure that revealed the conflict. */
  public ConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
