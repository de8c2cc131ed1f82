package dev.convene.platform;

import org.junit.jupiter.api.DisplayName;

/** Two nodes on one PostgreSQL database, in a schema created for the class. */
@DisplayName("Two nodes on one PostgreSQL database")
class TwoNodesOnPostgresTest extends TwoNodesContract {
  @Override
  SharedDatabase createDatabase() {
    return SharedDatabase.postgres();
  }

  @Override
  String databaseName() {
    return "PostgreSQL";
  }
}
