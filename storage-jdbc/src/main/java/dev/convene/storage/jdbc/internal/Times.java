package dev.convene.storage.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Times as the database keeps them: {@code TIMESTAMP(3) WITH TIME ZONE}, in UTC, to the millisecond.
 * Sub-millisecond parts are cut off in Java before writing, so that every database drops the same
 * digits (PostgreSQL would otherwise round them).
 */
final class Times {
  private Times() {}

  /** The instant as the database keeps it. */
  static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS);
  }

  /** The value to bind for {@code instant}. */
  static OffsetDateTime bind(Instant instant) {
    return OffsetDateTime.ofInstant(stored(instant), ZoneOffset.UTC);
  }

  /** The instant a non-null column of the current row holds. */
  static Instant read(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  /** The instant a nullable column of the current row holds, if any. */
  static Optional<Instant> readOptional(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
  }
}
