/**
 * The JDBC store: {@link dev.convene.storage.jdbc.JdbcStorage}, on H2 or PostgreSQL. See the
 * module's README for wiring and {@code docs/storage.md} for how it keeps the storage rules.
 */
@NullMarked
package dev.convene.storage.jdbc;

import org.jspecify.annotations.NullMarked;
