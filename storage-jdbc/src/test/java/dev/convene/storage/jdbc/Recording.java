package dev.convene.storage.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source that remembers the last connection it gave to each thread, so a test can cut it off. */
final class Recording implements DataSource {
  private final DataSource delegate;
  private final ThreadLocal<Connection> last = new ThreadLocal<>();

  Recording(DataSource delegate) {
    this.delegate = delegate;
  }

  /** The last connection given to this thread. */
  Connection last() {
    return last.get();
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = delegate.getConnection();
    last.set(connection);
    return connection;
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    Connection connection = delegate.getConnection(user, password);
    last.set(connection);
    return connection;
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return delegate.isWrapperFor(type);
  }
}
