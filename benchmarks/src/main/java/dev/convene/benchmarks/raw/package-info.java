/**
 * The baseline: search written directly against Lucene, with the same analysis, privacy filter,
 * facets and top hits that Convene's search promises, and nothing else. It shows what the
 * abstraction costs.
 */
@NullMarked
package dev.convene.benchmarks.raw;

import org.jspecify.annotations.NullMarked;
