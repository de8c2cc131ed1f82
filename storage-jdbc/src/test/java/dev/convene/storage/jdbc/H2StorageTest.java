package dev.convene.storage.jdbc;

import dev.convene.storage.Storage;
import dev.convene.storage.tck.StorageContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** The whole storage contract on H2, in a file database of a temporary folder. */
@DisplayName("JdbcStorage on H2 keeps the storage contract")
class H2StorageTest extends StorageContract {
  private static H2Database database;
  private static JdbcStorage storage;

  @BeforeAll
  static void open() {
    database = H2Database.create();
    storage = JdbcStorage.create(database.dataSource());
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Override
  protected Storage createStorage() {
    database.wipe();
    return storage;
  }
}
