package dev.convene.benchmarks.writes;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.convene.storage.jdbc.Dialect;
import dev.convene.storage.jdbc.JdbcStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A database under test: a HikariCP pool, as a portal would bring one (the store never owns a pool),
 * and a {@link JdbcStorage} on it. H2 lives in a new file under the work folder, left there after the
 * run; PostgreSQL in a new schema of its own, dropped when this closes.
 */
public final class BenchDatabase implements AutoCloseable {
  private final Dialect dialect;
  private final String name;
  private final HikariDataSource pool;
  private final JdbcStorage storage;
  private final String where;

  private BenchDatabase(Dialect dialect, String name, HikariDataSource pool, Optional<String> schema, String where,
      Optional<Duration> h2WriteDelay) {
    this.dialect = dialect;
    this.name = name;
    this.pool = pool;
    this.where = where;
    JdbcStorage.Builder builder = JdbcStorage.builder(pool).dialect(dialect);
    schema.ifPresent(builder::schema);
    h2WriteDelay.ifPresent(builder::h2WriteDelay);
    try {
      this.storage = builder.build();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /**
   * A new H2 database whose store has the write delay {@code writeDelayMillis}, in {@code work/h2} for
   * the default delay 0 and in {@code work/h2-delay-<ms>} for another, whatever was there deleted first.
   */
  static BenchDatabase h2(Path work, int writeDelayMillis) {
    String suffix = writeDelayMillis == 0 ? "" : "-delay-" + writeDelayMillis;
    Path folder = work.toAbsolutePath().resolve("h2" + suffix);
    deleteRecursively(folder);
    return new BenchDatabase(Dialect.H2, writeDelayMillis == 0 ? "h2" : "h2, write delay " + writeDelayMillis + " ms",
        pool("writes-h2" + suffix, "jdbc:h2:file:" + folder.resolve("convene"), "sa"), Optional.empty(),
        "file " + folder.resolve("convene.mv.db"), Optional.of(Duration.ofMillis(writeDelayMillis)));
  }

  /** A new schema on the PostgreSQL server at {@code url}. */
  public static BenchDatabase postgresql(String url) {
    String schema = "convene_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return new BenchDatabase(Dialect.POSTGRESQL, "postgresql", pool("writes-postgresql", url, null),
        Optional.of(schema), "server " + withoutParameters(url) + ", schema " + schema + " (dropped after the run)",
        Optional.empty());
  }

  /** Why the PostgreSQL server at {@code url} cannot be reached, or empty if it can. */
  public static Optional<String> unreachable(String url) {
    Properties timeouts = new Properties();
    timeouts.setProperty("connectTimeout", "10");
    timeouts.setProperty("loginTimeout", "10");
    try (Connection connection = DriverManager.getConnection(url, timeouts)) {
      connection.getMetaData();
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  /** The URL without its parameters, which may hold a password. */
  static String withoutParameters(String url) {
    int question = url.indexOf('?');
    return question < 0 ? url : url.substring(0, question);
  }

  Dialect dialect() {
    return dialect;
  }

  /** How the report names the database: {@code h2}, {@code h2, write delay 500 ms} or {@code postgresql}. */
  public String name() {
    return name;
  }

  /** The store on the database. */
  public JdbcStorage storage() {
    return storage;
  }

  /** The database's version, its driver's, where it keeps the data and when commits reach the disk. */
  DatabaseFacts facts() {
    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
      DatabaseMetaData meta = connection.getMetaData();
      String durability = switch (dialect) {
        case H2 -> h2Durability(Integer.parseInt(single(statement, "SELECT MAX(CAST(SETTING_VALUE AS INT))"
            + " FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")));
        case POSTGRESQL -> "synchronous_commit " + show(statement, "synchronous_commit") + ", fsync "
            + show(statement, "fsync") + " (" + show(statement, "wal_sync_method") + "): a commit waits until its "
            + "write-ahead log is on the disk";
      };
      return new DatabaseFacts(meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(),
          meta.getDriverName() + " " + meta.getDriverVersion(), where, durability);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the facts of " + dialect + ": " + e.getMessage(), e);
    }
  }

  /** The space the store's data takes: the H2 file, or the schema's tables and indexes. */
  long sizeBytes() {
    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
      String sql = switch (dialect) {
        case H2 -> "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_SIZE'";
        case POSTGRESQL -> "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = '" + storage.schema().orElseThrow() + "' AND c.relkind = 'r'";
      };
      return Long.parseLong(single(statement, sql));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot measure the size of " + dialect + ": " + e.getMessage(), e);
    }
  }

  /** Drops the PostgreSQL schema, then closes the pool (which closes the H2 database). */
  @Override
  public void close() {
    try {
      if (dialect == Dialect.POSTGRESQL) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
          statement.execute("DROP SCHEMA IF EXISTS \"" + storage.schema().orElseThrow() + "\" CASCADE");
        } catch (SQLException e) {
          throw new IllegalStateException("Cannot drop the schema " + storage.schema().orElseThrow(), e);
        }
      }
    } finally {
      pool.close();
    }
  }

  private static HikariDataSource pool(String name, String url, @Nullable String user) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(url);
    config.setUsername(user);
    // one thread writes; a second connection serves the facts and the checks beside it
    config.setMaximumPoolSize(2);
    config.setConnectionTimeout(10_000);
    return new HikariDataSource(config);
  }

  private static String h2Durability(int writeDelay) {
    return "WRITE_DELAY " + writeDelay + " ms: " + (writeDelay == 0
        ? "each commit is written to the file before it returns"
        : "a commit is written to the file within that delay, so a crash loses what was acknowledged meanwhile")
        + "; not forced to the disk (no fsync per commit)";
  }

  private static String show(Statement statement, String setting) throws SQLException {
    return single(statement, "SHOW " + setting).toLowerCase(Locale.ROOT);
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet row = statement.executeQuery(sql)) {
      if (!row.next()) {
        throw new SQLException("no row for " + sql);
      }
      return row.getString(1);
    }
  }

  private static void deleteRecursively(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot empty " + folder, e);
    }
  }
}
