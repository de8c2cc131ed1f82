package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Visibility;
import dev.convene.search.SearchHit;
import dev.convene.search.SearchRequest;
import dev.convene.storage.jdbc.JdbcStorage;
import dev.convene.storage.memory.InMemoryStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index on disk that is ahead of its store, or that belongs to another store, notices on start
 * and rebuilds: no ghost hits, and every hit opens.
 */
class RestoredBackupTest {
  private static final Actor ADA = Actor.user("ada");

  @TempDir
  Path folder;

  private JdbcDataSource source() {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:file:" + folder.resolve("db/convene") + ";DB_CLOSE_DELAY=0");
    return source;
  }

  private JdbcStorage h2() {
    return JdbcStorage.builder(source()).build();
  }

  /** Closes the database file, so that it can be copied as a backup is, or replaced by one. */
  private void shutDown() throws IOException {
    try (var connection = source().getConnection(); var statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (java.sql.SQLException e) {
      throw new IOException(e);
    }
  }

  private static Convene node(dev.convene.storage.Storage storage, Path index) {
    return Convene.builder().storage(storage).search(index).build();
  }

  private static Item publish(Convene convene, Community community, String title) {
    Item draft = convene.content().create(ADA, community.id(),
        ItemDraft.document(title, Locale.ENGLISH, Visibility.PUBLIC).summary("A study of water tariffs."));
    return convene.content().submitOrPublish(ADA, draft.id());
  }

  private static List<String> titles(Convene convene, String text) {
    return convene.search(ADA, SearchRequest.builder().text(text).build()).hits().stream().map(SearchHit::title)
        .sorted().toList();
  }

  /** Every hit opens: the store holds what the index finds. */
  private static void everyHitOpens(Convene convene) {
    for (SearchHit hit : convene.search(ADA, SearchRequest.builder().build()).hits()) {
      hit.item().ifPresent(id -> convene.content().get(ADA, id));
    }
  }

  @Test
  @DisplayName("after the database is restored from an older backup, the index has no ghost hits")
  void restoredBackup() throws IOException {
    Path index = folder.resolve("index");
    try (Convene convene = node(h2(), index)) {
      Community water = convene.communities().create(ADA, "water", c -> c.name("Water"));
      publish(convene, water, "Tariffs in Lima");
      assertTrue(convene.awaitSearchable(Duration.ofSeconds(5)));
    }
    Path backup = folder.resolve("backup");
    shutDown();
    copy(folder.resolve("db"), backup);
    try (Convene convene = node(h2(), index)) {
      Community water = convene.communities().bySlug(ADA, "water");
      publish(convene, water, "Tariffs in Quito");
      assertTrue(convene.awaitSearchable(Duration.ofSeconds(5)));
      assertEquals(List.of("Tariffs in Lima", "Tariffs in Quito"), titles(convene, "tariffs"));
    }
    shutDown();
    copy(backup, folder.resolve("db")); // the writes after the backup are lost
    try (Convene convene = node(h2(), index)) {
      assertEquals(List.of(), titles(convene, "quito"), "no ghost, even before the rebuild");
      assertTrue(convene.awaitSearchable(Duration.ofSeconds(5)));
      assertEquals(List.of("Tariffs in Lima"), titles(convene, "tariffs"));
      everyHitOpens(convene);
    }
  }

  @Test
  @DisplayName("after a restore and new writes that reuse the lost sequences, the index notices and has no ghost hits")
  void restoredAndWrittenTo() throws IOException {
    Path index = folder.resolve("index");
    try (Convene convene = node(h2(), index)) {
      Community water = convene.communities().create(ADA, "water", c -> c.name("Water"));
      publish(convene, water, "Tariffs in Lima");
      assertTrue(convene.awaitSearchable(Duration.ofSeconds(5)));
    }
    Path backup = folder.resolve("backup");
    shutDown();
    copy(folder.resolve("db"), backup);
    try (Convene convene = node(h2(), index)) {
      publish(convene, convene.communities().bySlug(ADA, "water"), "Tariffs in Quito");
      assertTrue(convene.awaitSearchable(Duration.ofSeconds(5)));
    }
    shutDown();
    copy(backup, folder.resolve("db"));
    try (Convene writer = Convene.builder().storage(h2()).build()) { // written to before the index opens
      Community water = writer.communities().bySlug(ADA, "water");
      publish(writer, water, "Tariffs in Cusco");
      publish(writer, water, "Tariffs in Arequipa");
    }
    try (Convene convene = node(h2(), index)) {
      assertEquals(List.of(), titles(convene, "quito"), "no ghost, even before the rebuild");
      assertTrue(convene.awaitSearchable(Duration.ofSeconds(5)));
      assertEquals(List.of("Tariffs in Arequipa", "Tariffs in Cusco", "Tariffs in Lima"), titles(convene, "tariffs"));
      everyHitOpens(convene);
    }
  }

  @Test
  @DisplayName("an index built from one store and opened against another is rebuilt from the other")
  void anotherStore() {
    Path index = folder.resolve("index");
    InMemoryStorage first = InMemoryStorage.create();
    try (Convene convene = node(first, index)) {
      Community water = convene.communities().create(ADA, "water", c -> c.name("Water"));
      publish(convene, water, "Tariffs in Lima");
      assertTrue(convene.awaitSearchable(Duration.ofSeconds(5)));
    }
    InMemoryStorage second = InMemoryStorage.create();
    try (Convene convene = node(second, index)) {
      Community energy = convene.communities().create(ADA, "energy", c -> c.name("Energy"));
      for (int i = 0; i < 5; i++) { // more writes than the first store had: only the store id tells them apart
        publish(convene, energy, "Tariffs in Oslo " + i);
      }
      assertTrue(convene.awaitSearchable(Duration.ofSeconds(5)));
      assertEquals(List.of(), titles(convene, "lima"));
      assertEquals(5, titles(convene, "oslo").size());
      everyHitOpens(convene);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    try (var files = Files.walk(to)) { // files the backup does not have go
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!Files.exists(from.resolve(to.relativize(file).toString()))) {
          Files.delete(file);
        }
      }
    }
  }
}
