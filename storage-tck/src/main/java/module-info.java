/** Convene's storage TCK: abstract JUnit 5 contract suites that every store implementation extends. */
module dev.convene.storage.tck {
  requires transitive dev.convene.storage.spi;
  requires transitive org.junit.jupiter.api;

  exports dev.convene.storage.tck;

  opens dev.convene.storage.tck to org.junit.platform.commons;
}
