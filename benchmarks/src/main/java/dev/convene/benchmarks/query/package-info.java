/** The queries the benchmark runs: their classes and a seeded, rotating mix drawn from the world. */
@NullMarked
package dev.convene.benchmarks.query;

import org.jspecify.annotations.NullMarked;
