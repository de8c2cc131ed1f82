/**
 * Convene's own search, measured through the same adapter as the baseline: {@link
 * dev.convene.benchmarks.convene.ConveneSearchEngine} over a store that generates the world's
 * documents rather than holding them.
 */
@NullMarked
package dev.convene.benchmarks.convene;

import org.jspecify.annotations.NullMarked;
