/** A test kit for embedders' own tests: a community world in a few lines, in memory. */
module dev.convene.testing {
  requires transitive dev.convene.platform;
  requires static org.jspecify;

  exports dev.convene.testing;
}
