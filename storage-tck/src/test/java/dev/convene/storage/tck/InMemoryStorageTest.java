package dev.convene.storage.tck;

import dev.convene.storage.Storage;
import dev.convene.storage.memory.InMemoryStorage;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;

/**
 * The in-memory store runs the whole contract. It lives here rather than in the SPI module: the kit
 * depends on the SPI, so the SPI's tests cannot depend on the kit.
 */
@DisplayName("InMemoryStorage keeps the storage contract")
class InMemoryStorageTest extends StorageContract {
  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }

  @Override
  protected Set<Capability> capabilities() {
    return Set.of(Capability.GAP_FREE_CHANGE_LOG);
  }
}
