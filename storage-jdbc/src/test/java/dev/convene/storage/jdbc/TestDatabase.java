package dev.convene.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A database for one test class: an H2 file in a temporary folder, or a schema of its own on the
 * PostgreSQL server, created when the class starts and dropped when it ends, so that runs never
 * collide. {@link #wipe()} empties Convene's tables between tests.
 */
interface TestDatabase extends AutoCloseable {

  /** Where the tests' connections come from. */
  DataSource dataSource();

  /** The schema Convene's tables live in, if not the connections' own. */
  Optional<String> schema();

  /** The dialect of the database. */
  Dialect dialect();

  /** A store on this database, its schema migrated. */
  default JdbcStorage storage() {
    JdbcStorage.Builder builder = JdbcStorage.builder(dataSource()).dialect(dialect());
    schema().ifPresent(builder::schema);
    return builder.build();
  }

  /** Deletes every row Convene wrote, leaving the schema and the empty taxonomy at version 0. */
  default void wipe() {
    String prefix = schema().map(s -> "\"" + s + "\".").orElse("");
    List<String> statements = List.of("DELETE FROM convene_change", "DELETE FROM convene_outbox", "DELETE FROM convene_digest",
        "DELETE FROM convene_subscription", "DELETE FROM convene_audit", "DELETE FROM convene_item_concept",
        "DELETE FROM convene_item", "DELETE FROM convene_membership", "DELETE FROM convene_community_concept",
        "DELETE FROM convene_community WHERE parent_id IS NOT NULL", "DELETE FROM convene_community",
        "UPDATE convene_taxonomy SET body = '{\"schemes\":[],\"concepts\":[]}', version = 0");
    try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql.replace("convene_", prefix + "convene_"));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot empty the test database", e);
    }
  }

  /** Drops what the class created. */
  @Override
  void close();
}
