// "module" warnings are suppressed because the modules named in the qualified export are built after
// this one, so javac cannot see them yet.
/**
 * Convene's storage SPI: the stores a {@link dev.convene.storage.Storage} offers inside a {@link
 * dev.convene.storage.Transaction}, the change log that search follows, and the in-memory reference
 * implementation that every other store is measured against.
 */
@SuppressWarnings("module")
module dev.convene.storage.spi {
  requires transitive dev.convene.core;
  requires static org.jspecify;
  requires org.slf4j;

  exports dev.convene.storage;
  exports dev.convene.storage.blob;
  exports dev.convene.storage.memory;
  exports dev.convene.storage.internal to dev.convene.storage.jdbc, dev.convene.search, dev.convene.platform;
}
