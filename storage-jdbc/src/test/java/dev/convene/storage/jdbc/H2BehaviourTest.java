package dev.convene.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** The JDBC store's own promises on H2, its tables in a schema of their own. */
@DisplayName("JdbcStorage on H2")
class H2BehaviourTest extends JdbcBehaviour {
  private static H2Database database;

  @BeforeAll
  static void open() {
    database = H2Database.create(Optional.of("convene"));
    database.storage();
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Override
  TestDatabase database() {
    return database;
  }

  /** Closes the connection: H2 rolls back what was not committed. */
  @Override
  void cutOff(Connection connection) throws SQLException {
    connection.close();
  }
}
