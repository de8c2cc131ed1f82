package dev.convene.core;

/**
 * The root of every exception Convene throws. It is unchecked: the callers of an embedded library
 * decide where to handle failures, and no foreign checked exception (SQL, I/O, Lucene) escapes the
 * public API unwrapped.
 *
 * <p>Messages never reveal anything the acting user may not see: an exception about a community or
 * item the actor may not know exists is a {@link NotFoundException}, worded exactly as if it did not
 * exist.
 */
public class ConveneException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message a person can act on. */
  public ConveneException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the failure that caused it. */
  public ConveneException(String message, Throwable cause) {
    super(message, cause);
  }
}
