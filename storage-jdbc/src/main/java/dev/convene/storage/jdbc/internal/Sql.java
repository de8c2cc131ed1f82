package dev.convene.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Prepared statements on one connection, with parameters bound by their Java type: strings, numbers,
 * booleans, instants (as {@link Times} keeps them), enums (by name) and {@link Optional}s of those;
 * an absent value is bound as the SQL null of its {@link Null} type. Remembers the last statement, so
 * that a failure can be explained by what was being done.
 */
final class Sql {
  private final Connection connection;
  private String last = "";

  Sql(Connection connection) {
    this.connection = connection;
  }

  /** Reads one row into a value. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** An absent value of a column type, such as {@code new Null(Types.VARCHAR)}. */
  record Null(int sqlType) {
    static final Null TEXT = new Null(Types.VARCHAR);
    static final Null TIME = new Null(Types.TIMESTAMP_WITH_TIMEZONE);
  }

  /** The text to bind, or a text null. */
  static Object text(Optional<?> value) {
    return value.<Object>map(Object::toString).orElse(Null.TEXT);
  }

  /** The time to bind, or a time null. */
  static Object time(Optional<Instant> value) {
    return value.<Object>map(Times::bind).orElse(Null.TIME);
  }

  /** The parameters {@code first}, then {@code more}. */
  static Object[] concat(Object[] first, Object... more) {
    Object[] all = Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  /** The SQL of the statement run last. */
  String lastStatement() {
    return last;
  }

  <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
    try (PreparedStatement statement = prepare(sql, params); ResultSet rows = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(mapper.map(rows));
      }
      return result;
    }
  }

  <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
    List<T> rows = list(sql, mapper, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  boolean exists(String sql, Object... params) throws SQLException {
    return one(sql, row -> Boolean.TRUE, params).isPresent();
  }

  int update(String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = prepare(sql, params)) {
      return statement.executeUpdate();
    }
  }

  /** Runs an insert and returns the key the database generated (the table's first column). */
  long insertReturningKey(String sql, Object... params) throws SQLException {
    last = sql;
    try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(statement, params);
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("the database returned no generated key for: " + sql);
        }
        return keys.getLong(1);
      }
    }
  }

  /** Runs one statement for each row of parameters, in one JDBC batch; returns the rows each changed. */
  int[] batch(String sql, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return new int[0];
    }
    last = sql;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (Object[] row : rows) {
        bind(statement, row);
        statement.addBatch();
      }
      return statement.executeBatch();
    }
  }

  private PreparedStatement prepare(String sql, Object... params) throws SQLException {
    last = sql;
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      bind(statement, params);
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  private static void bind(PreparedStatement statement, Object[] params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      bind(statement, i + 1, params[i]);
    }
  }

  private static void bind(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
    switch (value) {
      case null -> throw new IllegalArgumentException("parameter " + index + " is null; bind a Sql.Null");
      case Null absent -> statement.setNull(index, absent.sqlType());
      case Optional<?> optional -> throw new IllegalArgumentException(
          "parameter " + index + " is an Optional (" + optional + "); bind it with Sql.text or Sql.time");
      case String text -> statement.setString(index, text);
      case Long number -> statement.setLong(index, number);
      case Integer number -> statement.setInt(index, number);
      case Boolean flag -> statement.setBoolean(index, flag);
      case Instant instant -> statement.setObject(index, Times.bind(instant));
      case OffsetDateTime time -> statement.setObject(index, time);
      case Enum<?> constant -> statement.setString(index, constant.name());
      default -> statement.setString(index, value.toString());
    }
  }
}
