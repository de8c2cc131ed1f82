/**
 * The facade and application services an embedder calls. Every call takes the acting {@link
 * dev.convene.core.model.Actor} and goes through {@link dev.convene.core.policy.AccessPolicy}.
 */
module dev.convene.platform {
  requires transitive dev.convene.storage.spi;
  requires transitive dev.convene.search;
  requires com.github.benmanes.caffeine;
  requires org.slf4j;
  requires static org.jspecify;

  exports dev.convene.platform;
}
