package dev.convene.core;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a request conflicts with the current state: a stale write (optimistic concurrency), a
 * duplicate of something that must be unique, or a transition the current state does not allow (such
 * as the last admin leaving a community). Nothing was changed. Its code is {@code conflict.} followed
 * by the reason, such as {@value #STALE_VERSION}.
 */
public class ConflictException extends ConveneException {
  private static final long serialVersionUID = 2L;

  /** The prefix of every code of this exception. */
  public static final String PREFIX = "conflict.";
  /** The reason of a write based on a version that is no longer the stored one. */
  public static final String STALE_VERSION = "stale-version";
  /** The reason of a write that a concurrent transaction got in the way of. */
  public static final String CONCURRENT_CHANGE = "concurrent-change";

  /**
   * Creates the exception.
   *
   * @param reason the stable name of the conflict, lowercase words with hyphens, such as {@code
   *     stale-version}; the code is {@code conflict.} followed by it
   * @param arguments what a host needs to word the conflict
   * @param message the conflicting state, in words a person can act on
   */
  public ConflictException(String reason, Map<String, ?> arguments, String message) {
    super(PREFIX + reason, arguments, message);
  }

  /**
   * Creates the exception with the failure that revealed the conflict.
   *
   * @param reason the stable name of the conflict; the code is {@code conflict.} followed by it
   * @param arguments what a host needs to word the conflict
   * @param message the conflicting state, in words a person can act on
   * @param cause the failure that revealed it, or {@code null}
   */
  public ConflictException(String reason, Map<String, ?> arguments, String message, @Nullable Throwable cause) {
    super(PREFIX + reason, arguments, message, cause);
  }
}
