package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConveneException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database's schema to the version this library needs, by running the {@link
 * MigrationScript}s it has not run yet, in order, each recorded in {@code convene_schema_version}.
 *
 * <p>Safe to run again (it runs nothing when the schema is current) and from several processes at
 * once: row 0 of {@code convene_schema_version} is a lock, held by a second connection for as long
 * as the migration runs, so a second migrator waits and then finds nothing to do. The lock lives on
 * its own connection because H2 commits every DDL statement, which would release a lock held by the
 * connection running it. On PostgreSQL each script runs in one transaction: all of it or none.
 */
public final class Migrator {
  private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
  private static final int BOOTSTRAP_ATTEMPTS = 5;

  private final Database database;
  private final String versions;

  public Migrator(Database database) {
    this.database = database;
    this.versions = database.schema().map(s -> "\"" + s + "\".").orElse("") + "convene_schema_version";
  }

  /** The schema version this library needs. */
  public static int latest() {
    return MigrationScript.latest();
  }

  /**
   * Runs the scripts the database has not run yet.
   *
   * @return how many scripts ran
   * @throws ConveneException if the database refuses a script, or a script that ran before has
   *     changed since
   */
  public int migrate() {
    try {
      bootstrap();
      try (Borrowed lock = Borrowed.from(database, false, Connection.TRANSACTION_READ_COMMITTED);
           Borrowed work = Borrowed.from(database, false, Connection.TRANSACTION_READ_COMMITTED)) {
        try (Statement statement = lock.connection().createStatement()) {
          statement.executeQuery("SELECT version FROM " + versions + " WHERE version = 0 FOR UPDATE").close();
          int ran = runPending(work.connection());
          lock.connection().commit();
          return ran;
        }
      }
    } catch (SQLException e) {
      throw new ConveneException("database.migration-failed", Map.of(),
          "Cannot migrate the database schema: " + e.getMessage(), e);
    }
  }

  /**
   * The version the database's schema is at: 0 when Convene's tables are not there.
   *
   * @throws ConveneException if the database cannot be read
   */
  public int current() {
    try (Borrowed borrowed = Borrowed.from(database, true);
         Statement statement = borrowed.connection().createStatement()) {
      try (var rows = statement.executeQuery("SELECT MAX(version) FROM " + versions)) {
        return rows.next() ? rows.getInt(1) : 0;
      } catch (SQLException e) {
        // no version table: nothing was ever migrated here
        borrowed.connection().rollback();
        return 0;
      }
    } catch (SQLException e) {
      throw new ConveneException("database.failed", Map.of(),
          "Cannot read the database schema's version: " + e.getMessage(), e);
    }
  }

  /** Creates the schema, the version table and its lock row, tolerating another migrator doing the same. */
  private void bootstrap() throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try (Borrowed borrowed = Borrowed.from(database, false);
           Statement statement = borrowed.connection().createStatement()) {
        Optional<String> schema = database.schema();
        if (schema.isPresent()) {
          statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema.get() + "\"");
        }
        statement.execute("CREATE TABLE IF NOT EXISTS " + versions + " (version INTEGER NOT NULL,"
            + " description VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL,"
            + " installed_at TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT convene_schema_version_pk"
            + " PRIMARY KEY (version))");
        statement.execute("INSERT INTO " + versions + " (version, description, checksum, installed_at)"
            + " SELECT 0, 'migration lock', 0, CURRENT_TIMESTAMP WHERE NOT EXISTS"
            + " (SELECT 1 FROM " + versions + " WHERE version = 0)");
        borrowed.connection().commit();
        return;
      } catch (SQLException e) {
        // two first starts at once race to create the same objects; the loser looks again
        if (attempt == BOOTSTRAP_ATTEMPTS) {
          throw e;
        }
        LOG.debug("Creating the schema version table raced with another migrator: {}", e.toString());
      }
    }
  }

  private int runPending(Connection work) throws SQLException {
    Map<Integer, Long> applied = new HashMap<>();
    try (Statement statement = work.createStatement();
         var rows = statement.executeQuery("SELECT version, checksum FROM " + versions + " WHERE version > 0")) {
      while (rows.next()) {
        applied.put(rows.getInt(1), rows.getLong(2));
      }
    }
    Optional<String> previousSchema = Optional.ofNullable(work.getSchema());
    int ran = 0;
    try {
      if (database.schema().isPresent()) {
        work.setSchema(database.schema().get());
      }
      for (MigrationScript script : MigrationScript.ALL) {
        String text = script.text(database.dialect());
        long checksum = MigrationScript.checksum(text);
        Long done = applied.get(script.version());
        if (done != null) {
          if (done != checksum) {
            throw new ConveneException("database.migration-changed", Map.of("version", script.version()),
                "The migration " + script.resource(database.dialect()) + " changed after it"
                + " was applied (checksum " + done + ", now " + checksum + "); a released migration is never edited");
          }
          continue;
        }
        run(work, script, text, checksum);
        ran++;
      }
    } finally {
      if (previousSchema.isPresent()) {
        work.setSchema(previousSchema.get());
      }
    }
    return ran;
  }

  private void run(Connection work, MigrationScript script, String text, long checksum) throws SQLException {
    LOG.info("Migrating the {} schema to version {} ({})", database.dialect(), script.version(), script.name());
    try (Statement statement = work.createStatement()) {
      for (String sql : MigrationScript.statements(text)) {
        statement.execute(sql);
      }
    }
    try (var insert = work.prepareStatement("INSERT INTO " + versions
        + " (version, description, checksum, installed_at) VALUES (?, ?, ?, ?)")) {
      insert.setInt(1, script.version());
      insert.setString(2, script.name());
      insert.setLong(3, checksum);
      insert.setObject(4, Times.bind(Instant.now()));
      insert.executeUpdate();
    }
    work.commit();
  }
}
