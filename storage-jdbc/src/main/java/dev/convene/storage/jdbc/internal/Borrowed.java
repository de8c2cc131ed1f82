package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConveneException;
import dev.convene.storage.jdbc.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection borrowed from the embedder's data source for one transaction: set to manual
 * commit, the database's snapshot isolation ({@link Database#isolation()}) and, for a reading
 * transaction, read-only; its settings are put back and it is closed (returned to the pool) when the
 * transaction ends.
 *
 * <p>On PostgreSQL the isolation is set for the transaction alone, by {@code SET TRANSACTION} as its
 * first statement, which leaves the session's level as the pool handed it over: the driver would
 * otherwise ask the server for the session's level, set it, and set it back, three round trips more
 * for every transaction. H2 runs in the application's process, where those calls cost nothing.
 */
final class Borrowed implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Borrowed.class);

  private final Connection connection;
  private final boolean autoCommit;
  private final OptionalInt isolation;
  private final boolean readOnly;

  private Borrowed(Connection connection, boolean perTransaction) throws SQLException {
    this.connection = connection;
    this.autoCommit = connection.getAutoCommit();
    this.isolation = perTransaction ? OptionalInt.empty() : OptionalInt.of(connection.getTransactionIsolation());
    this.readOnly = connection.isReadOnly();
  }

  /**
   * Borrows a connection and prepares it for a transaction.
   *
   * @throws ConveneException if the data source gives no connection or refuses the settings
   */
  static Borrowed from(Database database, boolean readOnly) {
    return from(database, readOnly, database.isolation());
  }

  /**
   * Borrows a connection and prepares it for a transaction at the JDBC isolation level {@code
   * isolation}.
   *
   * @throws ConveneException if the data source gives no connection or refuses the settings
   */
  static Borrowed from(Database database, boolean readOnly, int isolation) {
    Connection connection = connect(database);
    try {
      boolean perTransaction = database.dialect() == Dialect.POSTGRESQL;
      Borrowed borrowed = new Borrowed(connection, perTransaction);
      if (connection.getAutoCommit()) {
        // settings first: some drivers refuse them inside a transaction
        connection.setReadOnly(readOnly);
        if (!perTransaction) {
          connection.setTransactionIsolation(isolation);
        }
        connection.setAutoCommit(false);
      } else {
        connection.rollback();
        connection.setReadOnly(readOnly);
        if (!perTransaction) {
          connection.setTransactionIsolation(isolation);
        }
      }
      if (perTransaction) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("SET TRANSACTION ISOLATION LEVEL " + sql(isolation));
        }
      }
      return borrowed;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new ConveneException("database.unavailable", Map.of(),
          "Cannot prepare a connection for a transaction: " + e.getMessage(), e);
    }
  }

  /**
   * A connection from the data source, as the pool hands it over.
   *
   * @throws ConveneException if the data source gives none
   */
  static Connection connect(Database database) {
    try {
      return database.dataSource().getConnection();
    } catch (SQLException e) {
      throw new ConveneException("database.unavailable", Map.of(),
          "Cannot get a connection from the DataSource: " + e.getMessage(), e);
    }
  }

  Connection connection() {
    return connection;
  }

  /** Puts the connection's settings back and closes it; a connection that broke is just closed. */
  @Override
  public void close() {
    try {
      if (!connection.isClosed()) {
        connection.setAutoCommit(autoCommit);
        if (isolation.isPresent()) {
          connection.setTransactionIsolation(isolation.getAsInt());
        }
        connection.setReadOnly(readOnly);
      }
    } catch (SQLException e) {
      LOG.debug("Could not restore the settings of a connection: {}", e.toString());
    }
    closeQuietly(connection);
  }

  private static String sql(int isolation) {
    return switch (isolation) {
      case Connection.TRANSACTION_READ_COMMITTED -> "READ COMMITTED";
      case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE READ";
      case Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE";
      default -> throw new IllegalArgumentException("No SQL name for the JDBC isolation level " + isolation);
    };
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.debug("Could not close a connection: {}", e.toString());
    }
  }
}
