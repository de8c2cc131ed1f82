package dev.convene.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** The JDBC store's own promises on PostgreSQL, in a schema created for this class. */
@DisplayName("JdbcStorage on PostgreSQL")
class PostgresBehaviourTest extends JdbcBehaviour {
  private static PostgresDatabase database;

  @BeforeAll
  static void open() {
    database = PostgresDatabase.create();
    database.storage();
  }

  @AfterAll
  static void close() {
    if (database != null) {
      database.close();
    }
  }

  @Override
  TestDatabase database() {
    return database;
  }

  /** Ends the transaction's server process from another connection, and waits until it is gone. */
  @Override
  void cutOff(Connection connection) throws SQLException {
    long pid;
    try (Statement statement = connection.createStatement();
         ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      pid = row.getLong(1);
    }
    try (Connection admin = database.admin();
         PreparedStatement terminate = admin.prepareStatement("SELECT pg_terminate_backend(?, 10000)")) {
      terminate.setInt(1, (int) pid);
      try (ResultSet done = terminate.executeQuery()) {
        done.next();
        if (!done.getBoolean(1)) {
          throw new AssertionError("the server process " + pid + " was not terminated");
        }
      }
    }
  }
}
