package dev.convene.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.CommunityId;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.PageRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every transaction reads one snapshot of the whole database, and hands its connection back to the
 * pool with the session settings it came with.
 */
abstract class IsolationContract extends BehaviourSupport {
  IsolationContract(JdbcBehaviour kit) {
    super(kit);
  }

  @Test
  @DisplayName("a transaction does not see what another one commits after its first read")
  void oneSnapshot() {
    storage.useTransaction(tx -> tx.communities().insert(World.community("alpha")));
    List<String> seen = storage.read(tx -> {
      List<String> before = names(tx.communities().list(CommunityQuery.all(), PageRequest.first(10)).items());
      CompletableFuture.runAsync(() -> storage.useTransaction(other ->
          other.communities().insert(World.community("beta")))).join();
      List<String> after = names(tx.communities().list(CommunityQuery.all(), PageRequest.first(10)).items());
      assertEquals(before, after, "the same snapshot throughout");
      return after;
    });
    assertEquals(List.of("alpha"), seen);
    assertEquals(2, storage.read(tx -> tx.communities().list(CommunityQuery.all(), PageRequest.first(10)))
        .items().size(), "the other transaction committed");
  }

  @Test
  @DisplayName("a pooled connection comes back with its own isolation level and auto-commit, used at the store's"
      + " level meanwhile")
  void settingsComeBack() throws SQLException {
    try (Connection physical = kit.database().dataSource().getConnection()) {
      int handedOver = physical.getTransactionIsolation();
      int expected = kit.database().dialect() == Dialect.H2 ? Connection.TRANSACTION_SERIALIZABLE
          : Connection.TRANSACTION_REPEATABLE_READ;
      assertTrue(handedOver != expected, "the pool's connection starts at another level: " + handedOver);
      AtomicInteger borrowed = new AtomicInteger();
      JdbcStorage.Builder builder = JdbcStorage.builder(poolOfOne(physical, borrowed))
          .dialect(kit.database().dialect());
      kit.database().schema().ifPresent(builder::schema);
      JdbcStorage pooled = builder.migrateOnStart(false).build();
      for (boolean reading : new boolean[] {false, true}) {
        int inside = reading
            ? pooled.read(tx -> level(physical, tx.communities().get(CommunityId.of("x")).isEmpty()))
            : pooled.inTransaction(tx -> level(physical, tx.communities().insert(World.community("gamma")) != null));
        assertEquals(expected, inside, reading ? "a read" : "a write");
        assertEquals(handedOver, physical.getTransactionIsolation(), "the session's level after the transaction");
        assertTrue(physical.getAutoCommit());
        assertFalse(physical.isReadOnly());
      }
      assertTrue(borrowed.get() >= 2, "the store borrowed the pool's connection: " + borrowed.get());
    }
  }

  private static int level(Connection connection, boolean worked) {
    assertTrue(worked);
    try {
      return connection.getTransactionIsolation();
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> names(List<dev.convene.core.model.Community> communities) {
    return communities.stream().map(c -> c.id().value()).sorted().toList();
  }

  /** A pool that always lends {@code connection} and keeps it open when the store closes it. */
  private static DataSource poolOfOne(Connection connection, AtomicInteger borrowed) {
    Connection lent = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            return null;
          }
          if (method.getName().equals("isClosed")) {
            return false;
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getConnection")) {
            borrowed.incrementAndGet();
            return lent;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
