package dev.convene.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConveneException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Migrations: each runs once, whoever starts it and however many start at once. */
abstract class MigrationContract {
  /** The scripts this library ships: versions 1 to 9. */
  private static final int SCRIPTS = 9;
  private final JdbcBehaviour kit;
  private final String schema = "convene_migration_" + UUID.randomUUID().toString().replace("-", "")
      .substring(0, 12).toLowerCase(Locale.ROOT);

  MigrationContract(JdbcBehaviour kit) {
    this.kit = kit;
  }

  @AfterEach
  void dropSchema() throws SQLException {
    execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
  }

  private JdbcStorage.Builder builder() {
    return JdbcStorage.builder(kit.database().dataSource()).schema(schema);
  }

  @Test
  @DisplayName("a migration runs once; running it again does nothing, and the store then starts")
  void idempotent() {
    assertEquals(SCRIPTS, builder().migrate());
    assertEquals(0, builder().migrate());
    JdbcStorage storage = builder().migrateOnStart(false).build();
    assertEquals(kit.database().dialect(), storage.dialect());
    assertEquals(0L, storage.read(tx -> tx.taxonomy().current().version()).longValue());
  }

  @Test
  @DisplayName("four stores starting at once on an empty schema: the schema is migrated once, and all start")
  void concurrentStarts() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(threads.submit(() -> builder().migrate()));
      }
      int ran = 0;
      for (Future<Integer> run : runs) {
        ran += run.get(60, TimeUnit.SECONDS);
      }
      assertEquals(SCRIPTS, ran);
      assertEquals("kept", builder().build().inTransaction(tx -> tx.communities()
          .insert(World.community("kept"))).slug());
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  @DisplayName("the store's id is created once with the database and read the same by every store on it")
  void storeIdentity() {
    java.util.UUID id = builder().build().read(tx -> tx.changes().storeId());
    assertEquals(id, builder().build().read(tx -> tx.changes().storeId()));
    assertEquals(0, builder().migrate());
    assertEquals(id, builder().migrateOnStart(false).build().read(tx -> tx.changes().storeId()));
  }

  @Test
  @DisplayName("a store told not to migrate refuses a schema older than it needs, and says how to migrate")
  void refusesAnOldSchema() {
    ConveneException e = assertThrows(ConveneException.class, () -> builder().migrateOnStart(false).build());
    assertTrue(e.getMessage().contains("JdbcStorage.migrate"), e.getMessage());
  }

  @Test
  @DisplayName("a migration changed after it ran is refused")
  void editedMigration() throws SQLException {
    builder().migrate();
    execute("UPDATE \"" + schema + "\".convene_schema_version SET checksum = 1 WHERE version = 1");
    ConveneException e = assertThrows(ConveneException.class, () -> builder().migrate());
    assertTrue(e.getMessage().contains("changed after it was applied"), e.getMessage());
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = kit.database().dataSource().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
