/**
 * The storage contract kit: abstract JUnit 5 suites that every {@link dev.convene.storage.Storage}
 * implementation runs by extending {@link dev.convene.storage.tck.StorageContract}. The module is
 * open because JUnit finds and runs its tests by reflection.
 */
open module dev.convene.storage.tck {
  requires transitive dev.convene.storage.spi;
  requires transitive org.junit.jupiter.api;
  requires static org.jspecify;

  exports dev.convene.storage.tck;
}
