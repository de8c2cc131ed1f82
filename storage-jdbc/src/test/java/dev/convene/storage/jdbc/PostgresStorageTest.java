package dev.convene.storage.jdbc;

import dev.convene.storage.Storage;
import dev.convene.storage.tck.StorageContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** The whole storage contract on PostgreSQL, in a schema created for this class and dropped after it. */
@DisplayName("JdbcStorage on PostgreSQL keeps the storage contract")
class PostgresStorageTest extends StorageContract {
  private static PostgresDatabase database;
  private static JdbcStorage storage;

  @BeforeAll
  static void open() {
    database = PostgresDatabase.create();
    storage = database.storage();
  }

  @AfterAll
  static void close() {
    if (database != null) {
      database.close();
    }
  }

  @Override
  protected Storage createStorage() {
    database.wipe();
    return storage;
  }
}
