package dev.convene.storage.jdbc.internal;

import java.sql.SQLException;

/** A store call's work on the database, which may fail with the driver's exception. */
@FunctionalInterface
interface SqlWork<T> {
  T run() throws SQLException;
}
