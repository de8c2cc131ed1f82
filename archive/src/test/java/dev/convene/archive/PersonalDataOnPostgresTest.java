package dev.convene.archive;

import org.junit.jupiter.api.DisplayName;

@DisplayName("A person's data, on PostgreSQL")
class PersonalDataOnPostgresTest extends PersonalDataContract {
  @Override
  TestStores.Opened open() {
    return TestStores.postgres();
  }
}
