package dev.convene.core;

import java.util.Map;

/**
 * Thrown when the actor may see something but may not perform the requested action on it, for
 * example an outsider reading the member list of a semi-private community. Its code is {@code
 * access-denied.} followed by the reason: the policy's {@link dev.convene.core.policy.Reason#code()
 * reason code} when {@link dev.convene.core.policy.AccessPolicy AccessPolicy} refused, or the name of
 * another refusal, such as {@value #PLATFORM_ADMIN_ONLY}.
 */
public class AccessDeniedException extends ConveneException {
  private static final long serialVersionUID = 2L;

  /** The prefix of every code of this exception. */
  public static final String PREFIX = "access-denied.";
  /** The reason when only platform admins may do it. */
  public static final String PLATFORM_ADMIN_ONLY = "platform-admin-only";

  /**
   * Creates the exception with the reason {@code denied}, for a refusal that names none.
   *
   * @param message what was refused and why
   */
  public AccessDeniedException(String message) {
    this("denied", Map.of(), message);
  }

  /**
   * Creates the exception.
   *
   * @param reason the stable name of the refusal, lowercase words with hyphens, such as {@code
   *     role-required}; the code is {@code access-denied.} followed by it
   * @param arguments what a host needs to word the refusal, never anything the actor may not see
   * @param message what was refused and why
   */
  public AccessDeniedException(String reason, Map<String, ?> arguments, String message) {
    super(PREFIX + reason, arguments, message);
  }
}
