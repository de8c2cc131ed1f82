package dev.convene.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema of its own on the PostgreSQL server at 127.0.0.1:5432 (database {@code test}, user {@code
 * postgres}, trust authentication; see {@link #URL}), dropped when the class ends.
 *
 * <p>Without a reachable server the suites are skipped with a notice, printed and given to JUnit as
 * the reason; on CI ({@code CI=true}) they fail instead, so a broken server is never mistaken for a
 * pass.
 */
final class PostgresDatabase implements TestDatabase {
  /** The server; the system property {@code convene.test.postgres.url} names another one. */
  static final String URL = System.getProperty("convene.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");

  private static final String SETTINGS = "?connectTimeout=5";

  private final UrlDataSource dataSource = new UrlDataSource(URL + SETTINGS, "postgres", "");
  private final String schema = "convene_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
      .toLowerCase(Locale.ROOT);

  /**
   * A new schema on the server; skips the calling test class, or fails it on CI, when the server
   * cannot be reached.
   */
  static PostgresDatabase create() {
    PostgresDatabase database = new PostgresDatabase();
    try (Connection connection = database.dataSource.getConnection()) {
      connection.getMetaData();
      return database;
    } catch (SQLException e) {
      String notice = "PostgreSQL is not reachable at " + URL + " as postgres (" + e.getMessage()
          + "): the PostgreSQL suites are skipped";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI=true and " + notice.replace("are skipped", "must run"), e);
      }
      System.out.println("NOTICE: " + notice);
      Assumptions.abort(notice);
      throw new AssertionError("unreachable", e);
    }
  }

  @Override
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public Optional<String> schema() {
    return Optional.of(schema);
  }

  @Override
  public Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  /** A connection of its own, outside every store, for what the tests do behind the store's back. */
  Connection admin() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void close() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop the test schema " + schema, e);
    }
  }
}
