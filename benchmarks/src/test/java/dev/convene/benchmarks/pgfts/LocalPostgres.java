package dev.convene.benchmarks.pgfts;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of {@link PostgresFtsEngine#url()}. Without it the tests that need it are
 * skipped with a notice, printed and given to JUnit as the reason; on CI ({@code CI=true}) they fail
 * instead, so that a broken server is never mistaken for a pass.
 */
public final class LocalPostgres {
  private LocalPostgres() {}

  /** A new connection, or the calling test skipped (failed on CI) if there is no server. */
  public static Connection connect() {
    try {
      return DriverManager.getConnection(PostgresFtsEngine.url());
    } catch (SQLException e) {
      String notice = "PostgreSQL is not reachable at " + PostgresFtsEngine.url() + " (" + e.getMessage()
          + "): the PostgreSQL full-text search tests are skipped";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI=true and " + notice.replace("are skipped", "must run"), e);
      }
      System.out.println("NOTICE: " + notice);
      Assumptions.abort(notice);
      throw new AssertionError("unreachable", e);
    }
  }
}
