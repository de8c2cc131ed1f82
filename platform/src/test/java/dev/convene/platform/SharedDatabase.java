package dev.convene.platform;

import dev.convene.storage.jdbc.Dialect;
import dev.convene.storage.jdbc.JdbcStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One database that several nodes share in a test class: a schema of its own on the PostgreSQL
 * server, or an H2 file in a temporary folder, removed when the class ends. Each {@link #open()} is
 * a node's own {@link DataSource} and store on it.
 *
 * <p>As in storage-jdbc's tests, without a reachable PostgreSQL server the class is skipped with a
 * printed notice, and fails instead on CI ({@code CI=true}).
 */
final class SharedDatabase implements AutoCloseable {
  /** The server; the system property {@code convene.test.postgres.url} names another one. */
  static final String POSTGRES_URL =
      System.getProperty("convene.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");

  private final Dialect dialect;
  private final Supplier<DataSource> dataSources;
  private final String schema;
  private final Runnable drop;

  private SharedDatabase(Dialect dialect, Supplier<DataSource> dataSources, String schema, Runnable drop) {
    this.dialect = dialect;
    this.dataSources = dataSources;
    this.schema = schema;
    this.drop = drop;
  }

  /** A new schema on the PostgreSQL server; skips the class, or fails it on CI, if it cannot be reached. */
  static SharedDatabase postgres() {
    Supplier<DataSource> dataSources = () -> {
      PGSimpleDataSource source = new PGSimpleDataSource();
      source.setURL(POSTGRES_URL);
      source.setUser("postgres");
      source.setConnectTimeout(5);
      return source;
    };
    try (Connection connection = dataSources.get().getConnection()) {
      connection.getMetaData();
    } catch (SQLException e) {
      String notice = "PostgreSQL is not reachable at " + POSTGRES_URL + " as postgres (" + e.getMessage()
          + "): the two-node tests on PostgreSQL are skipped";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI=true and " + notice.replace("are skipped", "must run"), e);
      }
      System.out.println("NOTICE: " + notice);
      Assumptions.abort(notice);
    }
    String schema = "convene_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
        .toLowerCase(Locale.ROOT);
    return new SharedDatabase(Dialect.POSTGRESQL, dataSources, schema,
        () -> execute(dataSources.get(), "DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE"));
  }

  /** A new H2 database in a file, opened by every node of this JVM through the same URL. */
  static SharedDatabase h2() {
    Path folder;
    try {
      folder = Files.createTempDirectory("convene-nodes-h2-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // one process: the embedded engine serves every connection to the URL; kept open between them
    String url = "jdbc:h2:file:" + folder.resolve("convene") + ";AUTO_SERVER=FALSE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000";
    Supplier<DataSource> dataSources = () -> {
      JdbcDataSource source = new JdbcDataSource();
      source.setURL(url);
      source.setUser("sa");
      return source;
    };
    return new SharedDatabase(Dialect.H2, dataSources, "CONVENE_NODES", () -> {
      execute(dataSources.get(), "SHUTDOWN");
      delete(folder);
    });
  }

  /** A node's store: a data source of its own on the shared database, the schema migrated if need be. */
  JdbcStorage open() {
    return JdbcStorage.builder(dataSources.get()).dialect(dialect).schema(schema).build();
  }

  @Override
  public void close() {
    drop.run();
  }

  private static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql, e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
