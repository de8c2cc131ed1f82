/**
 * Convene's search: one Lucene index of items and communities that follows the store's change log,
 * with language-aware text search, taxonomy facets and expansion, and a privacy filter that applies
 * {@link dev.convene.core.policy.AccessPolicy} inside the search.
 */
module dev.convene.search {
  requires transitive dev.convene.storage.spi;
  requires transitive org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.highlighter;
  requires com.github.benmanes.caffeine;
  requires org.slf4j;
  requires static org.jspecify;

  exports dev.convene.search;
}
