package dev.convene.storage.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/** An H2 database in a file of a temporary folder, deleted when the class ends. */
final class H2Database implements TestDatabase {
  private final Path folder;
  private final UrlDataSource dataSource;
  private final Optional<String> schema;

  private H2Database(Path folder, Optional<String> schema) {
    this.folder = folder;
    this.schema = schema;
    // kept open between connections; waits for locks as long as a slow test machine may need
    dataSource = new UrlDataSource("jdbc:h2:file:" + folder.resolve("convene") + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000",
        "sa", "");
  }

  /** A new database whose tables live in its default schema. */
  static H2Database create() {
    return create(Optional.empty());
  }

  /** A new database whose tables live in {@code schema}. */
  static H2Database create(Optional<String> schema) {
    try {
      return new H2Database(Files.createTempDirectory("convene-h2-"), schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public Optional<String> schema() {
    return schema;
  }

  @Override
  public Dialect dialect() {
    return Dialect.H2;
  }

  @Override
  public void close() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot shut the test database down", e);
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
