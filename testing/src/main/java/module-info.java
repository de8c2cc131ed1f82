/**
 * A test kit for embedders' own tests: a community world in a few lines, in memory, and a JUnit 5
 * extension that hands each test its own (JUnit is needed only by those who use the extension).
 */
module dev.convene.testing {
  requires transitive dev.convene.platform;
  requires static org.jspecify;
  requires static transitive org.junit.jupiter.api;

  exports dev.convene.testing;
}
