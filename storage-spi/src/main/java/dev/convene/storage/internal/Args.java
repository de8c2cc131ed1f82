package dev.convene.storage.internal;

import dev.convene.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Argument checks the storage API shares beyond those of core's {@code Checks}. */
public final class Args {
  private Args() {}

  /** The set of {@code values}, duplicates allowed; a missing array or element fails on {@code field}. */
  public static <T> Set<T> setOf(String field, T @Nullable [] values) {
    Checks.required(values, field);
    Set<T> set = new HashSet<>();
    for (T value : values) {
      set.add(Checks.required(value, field + "[]"));
    }
    return Set.copyOf(set);
  }

  /** A version a caller read from the store: at least 1. */
  public static long storedVersion(long version, String field) {
    Checks.check(version >= 1, field, "stored-version",
        "must be the version read from the store (1 or more), not %d; new rows are inserted", version);
    return version;
  }

  /** A version of something not stored yet: 0. */
  public static long newVersion(long version, String field) {
    Checks.check(version == 0, field, "new-version",
        "must be 0 for a new row, not %d; stored rows are updated", version);
    return version;
  }

  /** A batch size: 1 to {@code PageRequest.MAX_LIMIT}. */
  public static int limit(int limit, String field) {
    Checks.check(limit >= 1 && limit <= 1_000, field, "range", Map.of("min", 1, "max", 1000),
        "must be 1 to 1000, not %d", limit);
    return limit;
  }

  /** Who claims outbox entries: a name of at most 255 characters. */
  public static String claimant(String claimant) {
    return Checks.text(claimant, "claimant", 255);
  }

  /** The arguments of an outbox claim. */
  public static void claim(String claimant, Instant now, Duration lease, int limit) {
    claimant(claimant);
    Checks.required(now, "now");
    Checks.required(lease, "lease");
    Checks.check(!lease.isNegative() && !lease.isZero(), "lease", "positive", "must be positive, not %s", lease);
    limit(limit, "limit");
  }
}
