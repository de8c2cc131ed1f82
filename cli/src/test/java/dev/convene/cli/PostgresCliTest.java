package dev.convene.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The command line on the PostgreSQL server at 127.0.0.1:5432 (database {@code test}, user {@code
 * postgres}, trust), in a schema of its own. Skipped with a notice when the server cannot be reached,
 * except on CI ({@code CI=true}), where it fails instead.
 */
@DisplayName("The command line on PostgreSQL")
class PostgresCliTest {
  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=5";

  private final String schema = "cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @BeforeEach
  void reachable() {
    try (Connection connection = DriverManager.getConnection(URL, "postgres", "")) {
      connection.getMetaData();
    } catch (SQLException e) {
      String notice = "PostgreSQL is not reachable at " + URL + " (" + e.getMessage() + "): its cli tests are skipped";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI=true and " + notice.replace("are skipped", "must run"), e);
      }
      System.out.println("NOTICE: " + notice);
      Assumptions.abort(notice);
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    }
  }

  @Test
  @DisplayName("migrate creates the schema it is given; stats then counts nothing in it")
  void migrateThenStats() {
    Run migrate = Run.of("migrate", "--jdbc-url", URL, "--user", "postgres", "--schema", schema);
    assertEquals(0, migrate.exitCode(), migrate::toString);
    assertTrue(migrate.out().startsWith("Ran "), migrate::toString);

    Run stats = Run.of("stats", "--jdbc-url", URL, "--user", "postgres", "--schema", schema);
    assertEquals(0, stats.exitCode(), stats::toString);
    assertEquals(List.of("communities 0", "memberships 0", "items 0", "changes 0"),
        stats.out().lines().map(l -> l.replaceAll("\\s+", " ")).toList());
  }

  @Test
  @DisplayName("a schema that was never migrated is one line and exit 1")
  void unmigratedSchema() {
    Run stats = Run.of("stats", "--jdbc-url", URL, "--user", "postgres", "--schema", schema);
    assertEquals(1, stats.exitCode(), stats::toString);
    assertEquals(1, stats.errLines().size(), stats::toString);
    assertTrue(stats.err().startsWith("convene stats: "), stats::toString);
  }
}
