package dev.convene.benchmarks.engine;

/** What a query's page holds besides the total and the facets. */
public enum Page {
  /**
   * What a portal shows: for each hit its id, its title and a highlighted snippet of its text (the
   * opening of the text when the query has none), read from the stored text with Lucene's {@code
   * UnifiedHighlighter} or the engine's equivalent.
   */
  FULL,
  /** The hits' ids alone: no text is read or highlighted. */
  IDS
}
