package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConflictException;
import java.util.Map;
import java.util.Optional;

/**
 * A unique or primary key constraint refused a write: a {@link ConflictException} that remembers
 * which constraint, so that a store can say what was taken in its own words.
 */
final class UniqueViolation extends ConflictException {
  private static final long serialVersionUID = 1L;

  private final String constraint;

  UniqueViolation(Optional<String> constraint, Throwable cause) {
    super("unique-violation", Map.of(),
        constraint.map(name -> "a value that must be unique is taken (constraint " + name + ")")
        .orElse("a value that must be unique is taken"), cause);
    this.constraint = constraint.orElse("");
  }

  /** Whether the constraint that refused the write is {@code name}. */
  boolean is(String name) {
    return constraint.equals(name);
  }
}
