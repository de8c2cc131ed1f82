package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConveneException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection borrowed from the embedder's data source for one transaction: set to manual
 * commit, the database's snapshot isolation ({@link Database#isolation()}) and, for a reading
 * transaction, read-only; its settings are put back and it is closed (returned to the pool) when the
 * transaction ends.
 */
final class Borrowed implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Borrowed.class);

  private final Connection connection;
  private final boolean autoCommit;
  private final int isolation;
  private final boolean readOnly;

  private Borrowed(Connection connection) throws SQLException {
    this.connection = connection;
    this.autoCommit = connection.getAutoCommit();
    this.isolation = connection.getTransactionIsolation();
    this.readOnly = connection.isReadOnly();
  }

  /**
   * Borrows a connection and prepares it for a transaction.
   *
   * @throws ConveneException if the data source gives no connection or refuses the settings
   */
  static Borrowed from(Database database, boolean readOnly) {
    DataSource dataSource = database.dataSource();
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new ConveneException("Cannot get a connection from the DataSource: " + e.getMessage(), e);
    }
    try {
      Borrowed borrowed = new Borrowed(connection);
      if (connection.getAutoCommit()) {
        // settings first: some drivers refuse them inside a transaction
        connection.setReadOnly(readOnly);
        connection.setTransactionIsolation(database.isolation());
        connection.setAutoCommit(false);
      } else {
        connection.rollback();
        connection.setReadOnly(readOnly);
        connection.setTransactionIsolation(database.isolation());
      }
      return borrowed;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new ConveneException("Cannot prepare a connection for a transaction: " + e.getMessage(), e);
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
        connection.setTransactionIsolation(isolation);
        connection.setReadOnly(readOnly);
      }
    } catch (SQLException e) {
      LOG.debug("Could not restore the settings of a connection: {}", e.toString());
    }
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.debug("Could not close a connection: {}", e.toString());
    }
  }
}
