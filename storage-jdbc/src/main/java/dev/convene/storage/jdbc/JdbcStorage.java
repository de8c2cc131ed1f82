package dev.convene.storage.jdbc;

import dev.convene.core.ConveneException;
import dev.convene.core.internal.Checks;
import dev.convene.storage.Storage;
import dev.convene.storage.Transaction;
import dev.convene.storage.jdbc.internal.Database;
import dev.convene.storage.jdbc.internal.H2WriteDelay;
import dev.convene.storage.jdbc.internal.Migrator;
import dev.convene.storage.jdbc.internal.TransactionRunner;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Storage} in a relational database reached through a {@link DataSource} the embedder
 * supplies: H2 (embedded, in a file) or PostgreSQL. The store never owns a pool; it borrows one
 * connection for each transaction and gives it back when the transaction ends.
 *
 * <pre>{@code
 * Storage storage = JdbcStorage.create(dataSource);          // dialect detected, schema migrated
 * }</pre>
 *
 * <p>Every transaction runs on its own connection, in manual commit, at snapshot isolation
 * (REPEATABLE READ on PostgreSQL, SERIALIZABLE on H2): each reads one committed state of the whole
 * database, and of two that write the same row one fails with a {@link
 * dev.convene.core.ConflictException}. Serialization failures, deadlocks, lock time-outs and
 * unique-key races are all reported as conflicts, so that one retry loop serves every store. What
 * the store adds to the database's isolation (the roster lock for membership writes, change-log
 * numbers that follow commit order) is described in {@code docs/storage.md}.
 *
 * <p>A write the store acknowledged survives a crash of the process: PostgreSQL has it in its log
 * when the commit returns, and H2 in a file writes every commit to the file before it returns,
 * unless {@link Builder#h2WriteDelay(Duration)} allows it to wait.
 *
 * <p>A store keeps the last committed taxonomy it read, with its version: a transaction reads the
 * taxonomy's version (one small query) and decodes the whole taxonomy only when the version is new to
 * the store, so that checking the concepts of each write stays cheap with a large thesaurus. Another
 * store's replace raises the version and is seen at the next read. A database restored from a backup
 * or emptied under a running store can reuse a version number for another taxonomy: start its stores
 * afresh after such a reset.
 *
 * <p>Instances are thread-safe: keep one per database and schema.
 */
public final class JdbcStorage implements Storage {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);

  private final Database database;
  private final TransactionRunner runner;

  private JdbcStorage(Database database, H2WriteDelay writeDelay) {
    this.database = database;
    this.runner = new TransactionRunner(database, writeDelay);
  }

  /**
   * A store on {@code dataSource}, its dialect detected from the database and its schema migrated to
   * the version this library needs; tables live in the connections' current schema.
   *
   * @param dataSource the connections to the database; the store borrows one per transaction and
   *     never closes the data source
   * @return the store, migrated and ready
   * @throws dev.convene.core.ValidationException if {@code dataSource} is missing
   * @throws ConveneException if the database cannot be reached, is neither H2 nor PostgreSQL, or
   *     refuses the migration
   */
  public static JdbcStorage create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /**
   * Starts a store on {@code dataSource}, to set its dialect, schema, clock or migration.
   *
   * @param dataSource the connections to the database; the store borrows one per transaction and
   *     never closes the data source
   * @return a builder with the defaults listed on {@link Builder}
   * @throws dev.convene.core.ValidationException if {@code dataSource} is missing
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Checks.required(dataSource, "dataSource"));
  }

  /**
   * Brings the schema of the database {@code dataSource} reaches to the version this library needs,
   * for a host that migrates before its application starts. Running it again does nothing.
   *
   * @param dataSource the connections to the database to migrate
   * @return how many migrations ran
   * @throws dev.convene.core.ValidationException if {@code dataSource} is missing
   * @throws ConveneException if the database cannot be reached or refuses a migration
   */
  public static int migrate(DataSource dataSource) {
    return builder(dataSource).migrate();
  }

  /**
   * The database's dialect.
   *
   * @return the dialect given to the builder, or else the one detected from the database
   */
  public Dialect dialect() {
    return database.dialect();
  }

  /**
   * The schema the tables live in; empty for the connections' current schema.
   *
   * @return the schema's name as given to the builder, or empty
   */
  public Optional<String> schema() {
    return database.schema();
  }

  /** {@code "h2"} or {@code "postgresql"}. */
  @Override
  public String name() {
    return database.dialect().storageName();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Borrows a connection from the data source for the transaction's whole life.
   */
  @Override
  public <T extends @Nullable Object> T inTransaction(Function<? super Transaction, ? extends T> work) {
    return runner.run(work, false);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Runs on a read-only connection, at snapshot isolation.
   */
  @Override
  public <T extends @Nullable Object> T read(Function<? super Transaction, ? extends T> work) {
    return runner.run(work, true);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement on a borrowed connection, outside any transaction: one round trip to the
   * database, where a read transaction takes three on PostgreSQL.
   */
  @Override
  public long lastSequence() {
    return runner.lastSequence();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Counted here: every write transaction this object runs, committed, rolled back or failed.
   */
  @Override
  public OptionalLong writesEnded() {
    return OptionalLong.of(runner.writesEnded());
  }

  @Override
  public String toString() {
    return "JdbcStorage[" + name() + database.schema().map(s -> ", schema " + s).orElse("") + "]";
  }

  /**
   * Builds a {@link JdbcStorage}. Defaults: the dialect detected from the database, the connections'
   * current schema, the system clock (UTC) for the change log, migration on start, and on H2 every
   * commit written to the database file before it returns.
   */
  public static final class Builder {
    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final DataSource dataSource;
    private @Nullable Dialect dialect;
    private @Nullable String schema;
    private Clock clock = Clock.systemUTC();
    private boolean migrateOnStart = true;
    private Duration h2WriteDelay = Duration.ZERO;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * The database's dialect, instead of asking the database.
     *
     * @param value the dialect to use
     * @return this builder
     * @throws dev.convene.core.ValidationException if {@code value} is missing
     */
    public Builder dialect(Dialect value) {
      this.dialect = Checks.required(value, "dialect");
      return this;
    }

    /**
     * The schema Convene's tables live in, created by the migration if it does not exist. Statements
     * name it (quoted, so exactly as given); the connections' own schema is left alone.
     *
     * @param value the schema's name, used exactly as given
     * @return this builder
     * @throws dev.convene.core.ValidationException if {@code value} is missing or not a plain name
     *     of letters, digits and underscores, at most 63 characters, not starting with a digit
     */
    public Builder schema(String value) {
      Checks.required(value, "schema");
      Checks.check(SCHEMA.matcher(value).matches(), "schema", "identifier",
          "\"%s\" must be letters, digits and underscores, at most 63, not starting with a digit", value);
      this.schema = value;
      return this;
    }

    /**
     * The clock that times change-log entries.
     *
     * @param value the clock whose instants the change log records
     * @return this builder
     * @throws dev.convene.core.ValidationException if {@code value} is missing
     */
    public Builder clock(Clock value) {
      this.clock = Checks.required(value, "clock");
      return this;
    }

    /**
     * Whether {@link #build()} migrates the schema (the default), or only checks that it is current,
     * for a host that runs {@link #migrate()} itself before its application starts.
     *
     * @param value {@code true} to migrate on start, {@code false} to only check the schema's
     *     version
     * @return this builder
     */
    public Builder migrateOnStart(boolean value) {
      this.migrateOnStart = value;
      return this;
    }

    /**
     * How long H2 may hold a commit in memory before it writes it to the database file: zero, the
     * default, writes every commit to the file before the commit returns, so that every write the
     * store acknowledged survives a crash of the process (kill -9, an out-of-memory kill, a JVM
     * crash). A positive delay weakens that: a crash of the process loses the writes acknowledged in
     * the last {@code value}, in exchange for fewer, larger writes to the file. Neither survives a
     * power loss or a crash of the operating system for certain; see the module's README.
     *
     * <p>The store sets the delay with H2's {@code SET WRITE_DELAY}, which acts for every connection
     * to the database, when it starts, and again whenever H2 has reopened the file (which applies the
     * URL's {@code WRITE_DELAY}, or 500 ms); a store that may not set it (a user without admin
     * rights) refuses to start. A database in memory, and PostgreSQL, whose durability is its
     * server's ({@code synchronous_commit}), ignore this setting.
     *
     * @param value how long H2 may delay writing a commit; zero writes every commit before it
     *     returns
     * @return this builder
     * @throws dev.convene.core.ValidationException if {@code value} is missing, negative or longer
     *     than {@link Integer#MAX_VALUE} milliseconds
     */
    public Builder h2WriteDelay(Duration value) {
      Checks.required(value, "h2WriteDelay");
      Checks.check(!value.isNegative(), "h2WriteDelay", "not-negative", "must not be negative, not %s", value);
      Checks.check(value.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) <= 0, "h2WriteDelay", "max",
          "must be at most %d ms, not %s", Integer.MAX_VALUE, value);
      this.h2WriteDelay = value;
      return this;
    }

    /**
     * Brings the schema to the version this library needs; running it again does nothing. On H2 in a
     * file, sets the {@linkplain #h2WriteDelay(Duration) write delay} first.
     *
     * @return how many migrations ran
     * @throws ConveneException if the database cannot be reached, refuses a migration, or (H2) will
     *     not take the write delay
     */
    public int migrate() {
      Database database = database();
      writeDelay(database).ensure(database);
      return new Migrator(database).migrate();
    }

    /**
     * Builds the store, migrating the schema first unless told not to. On H2 in a file, sets the
     * {@linkplain #h2WriteDelay(Duration) write delay} first, logging at INFO what it changed.
     *
     * @return the store, ready for transactions
     * @throws ConveneException if the database cannot be reached, is neither H2 nor PostgreSQL,
     *     refuses the migration, (without migration on start) has a schema older than this library
     *     needs, or (H2) will not take the write delay
     */
    public JdbcStorage build() {
      Database database = database();
      H2WriteDelay writeDelay = writeDelay(database);
      writeDelay.ensure(database);
      Migrator migrator = new Migrator(database);
      if (migrateOnStart) {
        migrator.migrate();
      } else {
        int current = migrator.current();
        if (current < Migrator.latest()) {
          throw new ConveneException("database.schema-outdated",
              Map.of("version", current, "needed", Migrator.latest()),
              "The database schema is at version " + current + " and this library needs "
              + Migrator.latest() + ": run JdbcStorage.migrate first, or let the store migrate on start");
        }
        if (current > Migrator.latest()) {
          LOG.warn("The database schema is at version {}, newer than the {} this library knows", current,
              Migrator.latest());
        }
      }
      return new JdbcStorage(database, writeDelay);
    }

    private H2WriteDelay writeDelay(Database database) {
      return new H2WriteDelay(database.dialect(), (int) h2WriteDelay.toMillis());
    }

    private Database database() {
      Dialect resolved = dialect != null ? dialect : Dialect.detect(dataSource);
      return new Database(dataSource, resolved, Optional.ofNullable(schema), clock);
    }
  }
}
