package dev.convene.archive;

import org.junit.jupiter.api.DisplayName;

@DisplayName("A person's data, on H2")
class PersonalDataOnH2Test extends PersonalDataContract {
  @Override
  TestStores.Opened open() {
    return TestStores.h2();
  }
}
