package dev.convene.storage.internal;

import dev.convene.core.internal.Checks;
import java.util.HashSet;
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
}
