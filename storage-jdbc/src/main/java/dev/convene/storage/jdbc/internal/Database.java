package dev.convene.storage.jdbc.internal;

import dev.convene.storage.jdbc.Dialect;
import java.sql.Connection;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What every transaction of one JDBC store shares: where its connections come from, the database's
 * dialect, the schema and its tables, and the clock that times the change log.
 *
 * @param dataSource the embedder's data source; the store borrows one connection per transaction
 * @param dialect the database's dialect
 * @param schema the schema the tables live in; empty for the connection's current schema
 * @param clock the change log's clock
 */
public record Database(DataSource dataSource, Dialect dialect, Optional<String> schema, Clock clock) {

  /** The store's tables. */
  Tables tables() {
    return Tables.in(schema);
  }

  /**
   * The JDBC isolation level that gives every transaction one snapshot of the whole database taken
   * at its first statement, and first-updater-wins on rows written concurrently: REPEATABLE READ on
   * PostgreSQL; SERIALIZABLE on H2, whose REPEATABLE READ takes its snapshot of each table only when
   * the transaction first touches that table, which would let a transaction decide on one table as
   * of one moment and another as of a later one.
   */
  int isolation() {
    return switch (dialect) {
      case H2 -> Connection.TRANSACTION_SERIALIZABLE;
      case POSTGRESQL -> Connection.TRANSACTION_REPEATABLE_READ;
    };
  }
}
