/**
 * The alternative a portal developer would pick instead of Convene's search: PostgreSQL full-text
 * search ({@code tsvector} per language, GIN indexes, the privacy filter as {@code community =
 * ANY(...)}, facet counts by {@code GROUP BY}), measured on the same world and queries. It runs only
 * when named, as it needs a server.
 */
@NullMarked
package dev.convene.benchmarks.pgfts;

import org.jspecify.annotations.NullMarked;
