package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.ConveneException;
import dev.convene.core.NotFoundException;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link SQLException} into Convene's exceptions, by SQLSTATE, which H2 and PostgreSQL share
 * for everything the store expects:
 *
 * <ul>
 *   <li>serialization failures and deadlocks (class 40), lock time-outs: {@link ConflictException},
 *       so that one retry loop serves every store;
 *   <li>unique and primary key violations (23505): {@link UniqueViolation}, a conflict naming the
 *       constraint;
 *   <li>foreign key violations (23503, and H2's 23506): a write that refers to a row that is not
 *       there is a {@link NotFoundException}, a delete of a row still referred to a {@link
 *       ConflictException}; both name the constraint;
 *   <li>anything else: a {@link ConveneException} that keeps the database's message.
 * </ul>
 */
final class SqlErrors {
  /** Every constraint of the schema a write can break, so that a message can name it. */
  private static final List<String> CONSTRAINTS = List.of(
      "convene_community_slug_key", "convene_community_parent_fk", "convene_community_pk",
      "convene_community_concept_community_fk", "convene_community_concept_pk",
      "convene_membership_community_fk", "convene_membership_pk",
      "convene_item_community_fk", "convene_item_pk", "convene_item_concept_item_fk", "convene_item_concept_pk",
      "convene_subscription_community_fk", "convene_subscription_pk");

  private SqlErrors() {}

  /** The exception to throw for {@code e}, raised by {@code statement}. */
  static ConveneException translate(SQLException e, String statement) {
    String state = Optional.ofNullable(e.getSQLState()).orElse("");
    if (state.startsWith("40") || isLockTimeout(e, state)) {
      return new ConflictException(ConflictException.CONCURRENT_CHANGE, Map.of(),
          "A concurrent transaction changed what this one read or writes ("
          + state + "); nothing was written: read again and retry", e);
    }
    if (state.equals("23505")) {
      return new UniqueViolation(constraint(e), e);
    }
    if (state.equals("23503") || state.equals("23506")) {
      String name = constraint(e).orElse("a foreign key");
      // H2 tells the two sides apart by state; PostgreSQL only by message, so look at what ran
      boolean stillReferenced = state.equals("23503") && isDelete(statement);
      if (stillReferenced) {
        return new ConflictException("still-referenced", Map.of(),
            "The row is still referred to (" + name + "); delete what refers to it first", e);
      }
      NotFoundException missing = new NotFoundException(Map.of(), "The row referred to does not exist (" + name + ")");
      missing.initCause(e);
      return missing;
    }
    return new ConveneException("database.failed", Map.of("sqlstate", state),
        "The database failed (SQLSTATE " + state + "): " + e.getMessage(), e);
  }

  private static boolean isLockTimeout(SQLException e, String state) {
    // PostgreSQL: lock_not_available; H2: "Timeout trying to lock table" (error code 50200)
    return state.equals("55P03") || e.getErrorCode() == 50200;
  }

  private static boolean isDelete(String statement) {
    return statement.stripLeading().regionMatches(true, 0, "DELETE", 0, 6);
  }

  /** The schema constraint the database's message names, if any. */
  static Optional<String> constraint(SQLException e) {
    String message = Optional.ofNullable(e.getMessage()).orElse("").toLowerCase(Locale.ROOT);
    // longest first, so that a name that contains another is not taken for it
    return CONSTRAINTS.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .filter(message::contains).findFirst();
  }
}
