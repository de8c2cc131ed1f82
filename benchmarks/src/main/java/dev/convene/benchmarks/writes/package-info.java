/**
 * Convene's write benchmark: writes per second through the JDBC store on H2 and PostgreSQL, for new
 * communities, memberships and documents, one write or one batch per transaction. {@link
 * dev.convene.benchmarks.writes.WriteBenchmark} is the entry point. Never shipped.
 */
@NullMarked
package dev.convene.benchmarks.writes;

import org.jspecify.annotations.NullMarked;
