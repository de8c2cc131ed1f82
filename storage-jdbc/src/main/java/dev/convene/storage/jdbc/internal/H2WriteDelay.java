package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConveneException;
import dev.convene.storage.jdbc.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an H2 database in a file at the write delay its store was built with: zero by default, so
 * that H2 writes every commit to the database file before the commit returns.
 *
 * <p>H2 holds commits in memory for up to {@code WRITE_DELAY} milliseconds (500 unless told
 * otherwise) and writes them to the file together; a crash of the process loses what it held. {@code
 * SET WRITE_DELAY} acts at once for every connection, and H2 records it as a persistent setting, but
 * each time H2 opens the file it applies the delay the opening URL names, or 500 ms, whatever it
 * recorded. H2 reopens the file after it closed it: the last connection closed without {@code
 * DB_CLOSE_DELAY=-1}, a {@code SHUTDOWN}, a restart. So the delay is checked again on every session a
 * write runs on: a reopen ends every session, and a session variable, set once the delay is right,
 * marks a session on a database that has it. A write then costs one statement more, which reads the
 * variable; only a session without it reads H2's settings, and sets the delay if need be.
 *
 * <p>A database in memory has no file and nothing to delay: it is left alone.
 */
public final class H2WriteDelay {
  private static final Logger LOG = LoggerFactory.getLogger(H2WriteDelay.class);
  private static final String MARK = "@CONVENE_WRITE_DELAY";

  private final Dialect dialect;
  private final int millis;
  private final AtomicBoolean told = new AtomicBoolean();

  /** Keeps the database at {@code millis}, when it is H2; does nothing on PostgreSQL. */
  public H2WriteDelay(Dialect dialect, int millis) {
    this.dialect = dialect;
    this.millis = millis;
  }

  /**
   * Makes sure {@code database} runs at this delay, on a connection borrowed for the purpose, when a
   * store starts: so that it says at once what it did, or why it cannot. Then borrows a second
   * connection, on which H2 runs the URL's settings again, to refuse a URL whose {@code WRITE_DELAY}
   * would undo the store's at every new connection.
   *
   * @throws ConveneException as {@link #ensure(Connection)}, if no connection can be had, or if the
   *     URL names another delay
   */
  public void ensure(Database database) {
    if (dialect != Dialect.H2) {
      return;
    }
    try (Borrowed first = Borrowed.from(database, false)) {
      ensure(first.connection());
      first.connection().commit();
      try (Borrowed second = Borrowed.from(database, true); Statement statement = second.connection().createStatement()) {
        List<Integer> delays = path(statement) == null ? List.of() : delays(statement);
        if (delays.stream().anyMatch(delay -> delay != millis)) {
          throw new ConveneException("database.write-delay", Map.of("delay", millis),
              "The H2 data source's connections set the write delay to " + delays + " ms again"
              + " (a WRITE_DELAY in the URL), over the " + millis + " ms the store keeps: remove WRITE_DELAY from"
              + " the URL, or make JdbcStorage.Builder#h2WriteDelay agree with it");
        }
      }
    } catch (SQLException e) {
      throw new ConveneException("database.failed", Map.of(), "Cannot check the write delay of the H2 database: "
          + e.getMessage(), e);
    }
  }

  /**
   * Makes sure the database {@code connection} belongs to runs at this delay, before the
   * transaction that is about to start on it writes anything.
   *
   * @throws ConveneException if the database cannot be read, or will not take the delay (a user
   *     without admin rights)
   */
  public void ensure(Connection connection) {
    if (dialect != Dialect.H2) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      try (ResultSet mark = statement.executeQuery("SELECT " + MARK)) {
        if (mark.next() && mark.getObject(1) != null && mark.getInt(1) == millis) {
          return;
        }
      }
      String path = path(statement);
      if (path != null) {
        List<Integer> delays = delays(statement);
        if (delays.stream().anyMatch(delay -> delay != millis)) {
          set(statement, path, delays.stream().mapToInt(Integer::intValue).max().orElseThrow());
        }
      }
      statement.execute("SET " + MARK + " = " + millis);
    } catch (SQLException e) {
      throw new ConveneException("database.failed", Map.of(), "Cannot check the write delay of the H2 database: "
          + e.getMessage(), e);
    }
  }

  /** Where the database's file is; null for a database in memory. */
  private static @Nullable String path(Statement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery("SELECT DATABASE_PATH()")) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  /** H2 lists the delay it runs with, and the one it recorded if it has one. */
  private static List<Integer> delays(Statement statement) throws SQLException {
    List<Integer> delays = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery(
        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      while (rows.next()) {
        delays.add(Integer.parseInt(rows.getString(1).strip()));
      }
    }
    return delays;
  }

  private void set(Statement statement, String path, int found) throws SQLException {
    try {
      statement.execute("SET WRITE_DELAY " + millis);
    } catch (SQLException e) {
      throw new ConveneException("database.write-delay", Map.of("delay", millis),
          "The H2 database " + path + " runs with a write delay of " + found + " ms and"
          + " refused the " + millis + " ms the store keeps (" + e.getMessage() + "): connect as a user with admin"
          + " rights" + (millis == 0 ? ", or accept losing the writes acknowledged in the last moments before a crash"
          + " with JdbcStorage.Builder#h2WriteDelay" : ""), e);
    }
    String what = millis == 0
        ? "0 ms: every commit is written to the file before it returns"
        : millis + " ms, as h2WriteDelay asks: a crash of the process loses the writes acknowledged in the last "
            + millis + " ms";
    if (told.compareAndSet(false, true)) {
      LOG.info("The H2 database {} had a write delay of {} ms; set to {}", path, found, what);
    } else {
      LOG.debug("The H2 database {} was reopened with a write delay of {} ms; set to {}", path, found, what);
    }
  }
}
