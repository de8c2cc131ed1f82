package dev.convene.platform;

import org.junit.jupiter.api.DisplayName;

/** Two nodes on one H2 file, each through a data source of its own, in one JVM. */
@DisplayName("Two nodes on one H2 database file")
class TwoNodesOnH2Test extends TwoNodesContract {
  @Override
  SharedDatabase createDatabase() {
    return SharedDatabase.h2();
  }

  @Override
  String databaseName() {
    return "H2";
  }
}
