package dev.convene.archive.internal.person;

import dev.convene.core.ConflictException;

/**
 * An erasure the rules refuse (a last admin no one takes over from, a pseudonym that is someone's):
 * running it again would be refused again, unlike a conflict the store reports.
 */
final class ErasureRefused extends ConflictException {
  private static final long serialVersionUID = 1L;

  ErasureRefused(String message) {
    super(message);
  }
}
