package dev.convene.cli.internal;

import dev.convene.storage.jdbc.Dialect;
import dev.convene.storage.jdbc.JdbcStorage;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database a command works on, through its driver's own data source: on H2 a small pool, which
 * keeps the file open between the store's transactions instead of opening it for each one.
 */
final class Database implements AutoCloseable {
  private final DataSource dataSource;
  private final Dialect dialect;
  private final @Nullable String schema;
  private final Runnable close;

  private Database(DataSource dataSource, Dialect dialect, @Nullable String schema, Runnable close) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.schema = schema;
    this.close = close;
  }

  static Database open(JdbcUrl url, @Nullable String user, @Nullable String password, @Nullable String schema) {
    return switch (url.dialect()) {
      case H2 -> {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url.value(), user == null ? "sa" : user,
            password == null ? "" : password);
        yield new Database(pool, Dialect.H2, schema, pool::dispose);
      }
      case POSTGRESQL -> {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(url.value());
        if (user != null) {
          postgres.setUser(user);
        }
        if (password != null) {
          postgres.setPassword(password);
        }
        yield new Database(postgres, Dialect.POSTGRESQL, schema, () -> { });
      }
    };
  }

  /** A builder of the store on this database, which checks the schema instead of migrating it. */
  JdbcStorage.Builder store() {
    JdbcStorage.Builder builder = JdbcStorage.builder(dataSource).dialect(dialect).migrateOnStart(false);
    return schema == null ? builder : builder.schema(schema);
  }

  /** The store on this database; its schema must be current. */
  JdbcStorage storage() {
    return store().build();
  }

  @Override
  public void close() {
    close.run();
  }
}
