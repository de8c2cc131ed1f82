package dev.convene.archive;

import dev.convene.storage.memory.InMemoryStorage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("A person's data, in memory")
class PersonalDataInMemoryTest extends PersonalDataContract {
  @Override
  TestStores.Opened open() {
    return new TestStores.Opened(InMemoryStorage.create(), () -> {});
  }
}
