/**
 * Convene's search benchmark: a community world generated from real parliamentary texts, a rotating
 * mix of queries, the engines measured on them and the report. {@link
 * dev.convene.benchmarks.SearchBenchmark} is the entry point. Never shipped.
 */
@NullMarked
package dev.convene.benchmarks;

import org.jspecify.annotations.NullMarked;
