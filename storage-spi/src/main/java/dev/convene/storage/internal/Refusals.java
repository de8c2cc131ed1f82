package dev.convene.storage.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import java.util.Map;

/** The words every store refuses a stale version or a missing row with, so that stores read alike. */
public final class Refusals {
  private Refusals() {}

  /**
   * Refuses a write based on a version other than the stored one.
   *
   * @throws ConflictException naming {@code what} and both versions
   */
  public static void checkVersion(String what, long stored, long read) {
    if (stored != read) {
      throw new ConflictException(ConflictException.STALE_VERSION, Map.of("stored", stored, "expected", read),
          what + " was changed meanwhile: version " + stored + " is stored, not " + read
          + "; read it again and retry");
    }
  }

  /** The one way a missing row is reported: with no arguments, as every missing or hidden thing is. */
  public static NotFoundException notFound(String what) {
    return new NotFoundException(what + " not found");
  }
}
