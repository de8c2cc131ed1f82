package dev.convene.archive.internal.person;

import dev.convene.core.ConflictException;
import java.util.Map;

/**
 * An erasure the rules refuse (a last admin no one takes over from, a pseudonym that is someone's):
 * running it again would be refused again, unlike a conflict the store reports. Its code is {@code
 * conflict.erasure.} followed by the reason.
 */
final class ErasureRefused extends ConflictException {
  private static final long serialVersionUID = 2L;

  /** The pseudonym chosen is a member somewhere. */
  static final String PSEUDONYM_TAKEN = "pseudonym-taken";
  /** The person is the last active admin of a community and no one takes over. */
  static final String LAST_ADMIN = "last-admin";

  ErasureRefused(String reason, Map<String, ?> arguments, String message) {
    super("erasure." + reason, arguments, message);
  }
}
