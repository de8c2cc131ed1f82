package dev.convene.archive;

import dev.convene.storage.Storage;
import dev.convene.storage.jdbc.Dialect;
import dev.convene.storage.jdbc.JdbcStorage;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh JDBC stores for one test: an in-memory H2 database, or a schema of its own on the PostgreSQL
 * server, dropped by the returned closer. Without a reachable PostgreSQL server the test is skipped
 * with a printed notice, and fails instead on CI ({@code CI=true}), as the storage tests do.
 */
final class TestStores {
  /** The server; the system property {@code convene.test.postgres.url} names another one. */
  static final String POSTGRES_URL =
      System.getProperty("convene.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");

  /** A store and how to drop it. */
  record Opened(Storage storage, Runnable drop) {}

  private TestStores() {}

  static Opened h2() {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:mem:person-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    source.setUser("sa");
    return new Opened(JdbcStorage.builder(source).dialect(Dialect.H2).build(), () -> execute(source, "SHUTDOWN"));
  }

  static Opened postgres() {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(POSTGRES_URL);
    source.setUser("postgres");
    source.setConnectTimeout(5);
    try (Connection connection = source.getConnection()) {
      connection.getMetaData();
    } catch (SQLException e) {
      String notice = "PostgreSQL is not reachable at " + POSTGRES_URL + " as postgres (" + e.getMessage()
          + "): the personal-data tests on PostgreSQL are skipped";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI=true and " + notice.replace("are skipped", "must run"), e);
      }
      System.out.println("NOTICE: " + notice);
      Assumptions.abort(notice);
    }
    String schema = "convene_person_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
        .toLowerCase(Locale.ROOT);
    return new Opened(JdbcStorage.builder(source).dialect(Dialect.POSTGRESQL).schema(schema).build(),
        () -> execute(source, "DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE"));
  }

  private static void execute(javax.sql.DataSource source, String sql) {
    try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql, e);
    }
  }
}
