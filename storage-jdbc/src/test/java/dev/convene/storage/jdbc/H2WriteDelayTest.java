package dev.convene.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConveneException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On H2 in a file the store makes H2 write every commit to the file before the commit returns (a
 * write delay of 0), whatever the URL says, again after H2 reopened the file, and keeps a delay the
 * embedder asked for. H2 lists two {@code WRITE_DELAY} rows once the delay was set: the delay it
 * recorded and the one it runs with; both must be what the store was told.
 */
@DisplayName("JdbcStorage keeps H2's write delay")
class H2WriteDelayTest {
  @TempDir Path folder;

  private UrlDataSource file(String settings) {
    return new UrlDataSource("jdbc:h2:file:" + folder.resolve("convene") + settings, "sa", "");
  }

  @Test
  @DisplayName("a file database whose URL names no delay writes each commit at once once the store started")
  void durableByDefault() {
    UrlDataSource dataSource = file(";DB_CLOSE_DELAY=-1");
    assertEquals(List.of(500), delays(dataSource), "H2's own default");
    JdbcStorage.create(dataSource);
    assertOnly(0, delays(dataSource));
    shutdown(dataSource);
  }

  @Test
  @DisplayName("after H2 closed and reopened the file, the next write sets the delay again")
  void setAgainAfterAReopen() {
    UrlDataSource dataSource = file(";DB_CLOSE_DELAY=-1");
    JdbcStorage storage = JdbcStorage.create(dataSource);
    shutdown(dataSource);
    // H2 applies the URL's delay, or 500 ms, when it opens the file, whatever it recorded
    assertTrue(delays(dataSource).contains(500), "reopened: " + delays(dataSource));
    storage.inTransaction(tx -> tx.communities().insert(World.community("after-reopen")));
    assertOnly(0, delays(dataSource));
    shutdown(dataSource);
  }

  @Test
  @DisplayName("a delay the embedder asks for is set and kept")
  void relaxedOnRequest() {
    UrlDataSource dataSource = file(";DB_CLOSE_DELAY=-1");
    JdbcStorage.create(dataSource);
    JdbcStorage storage = JdbcStorage.builder(dataSource).h2WriteDelay(Duration.ofMillis(300)).build();
    assertOnly(300, delays(dataSource));
    storage.inTransaction(tx -> tx.communities().insert(World.community("relaxed")));
    assertOnly(300, delays(dataSource));
    shutdown(dataSource);
  }

  @Test
  @DisplayName("a URL whose WRITE_DELAY H2 would apply again at every new connection, over the store's, is refused")
  void conflictingUrlRefused() {
    UrlDataSource delayed = file(";DB_CLOSE_DELAY=-1;WRITE_DELAY=500");
    ConveneException refused = assertThrows(ConveneException.class, () -> JdbcStorage.create(delayed));
    assertTrue(refused.getMessage().contains("WRITE_DELAY"), refused.getMessage());
    ConveneException relaxed = assertThrows(ConveneException.class,
        () -> JdbcStorage.builder(file(";DB_CLOSE_DELAY=-1;WRITE_DELAY=0")).h2WriteDelay(Duration.ofMillis(300)).build());
    assertTrue(relaxed.getMessage().contains("h2WriteDelay"), relaxed.getMessage());
    JdbcStorage agreeing = JdbcStorage.builder(delayed).h2WriteDelay(Duration.ofMillis(500)).build();
    agreeing.inTransaction(tx -> tx.communities().insert(World.community("agreeing")));
    assertOnly(500, delays(delayed));
    shutdown(delayed);
  }

  @Test
  @DisplayName("a user who may not change the delay cannot start a store that would lose writes, and is told why")
  void refusedWithoutAdminRights() {
    UrlDataSource admin = file(";DB_CLOSE_DELAY=-1");
    execute(admin, "CREATE USER reader PASSWORD 'secret'");
    UrlDataSource reader = new UrlDataSource("jdbc:h2:file:" + folder.resolve("convene"), "READER", "secret");
    ConveneException refused = assertThrows(ConveneException.class, () -> JdbcStorage.create(reader));
    assertTrue(refused.getMessage().contains("h2WriteDelay"), refused.getMessage());
    assertEquals(List.of(500), delays(admin), "nothing changed");
    shutdown(admin);
  }

  @Test
  @DisplayName("a database in memory has no file and is left alone")
  void inMemoryLeftAlone() {
    UrlDataSource dataSource = new UrlDataSource("jdbc:h2:mem:write-delay;DB_CLOSE_DELAY=-1", "sa", "");
    JdbcStorage storage = JdbcStorage.builder(dataSource).h2WriteDelay(Duration.ofMillis(300)).build();
    storage.inTransaction(tx -> tx.communities().insert(World.community("in-memory")));
    assertOnly(0, delays(dataSource));
    shutdown(dataSource);
  }

  private static void assertOnly(int millis, List<Integer> delays) {
    assertTrue(!delays.isEmpty() && delays.stream().allMatch(d -> d == millis), "expected only " + millis + ": " + delays);
  }

  private static List<Integer> delays(DataSource dataSource) {
    List<Integer> delays = new ArrayList<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery(
             "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      while (rows.next()) {
        delays.add(Integer.parseInt(rows.getString(1)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return delays;
  }

  private static void shutdown(DataSource dataSource) {
    execute(dataSource, "SHUTDOWN");
  }

  private static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql, e);
    }
  }
}
