package dev.convene.archive;

import static dev.convene.archive.Source.ROOT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ValidationException;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.platform.Convene;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.PageRequest;
import dev.convene.storage.blob.BlobStore;
import dev.convene.storage.blob.FileSystemBlobStore;
import dev.convene.storage.jdbc.JdbcStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An archive exported from an H2 store imports into PostgreSQL, and exported from there back into
 * another H2 store, with nothing lost. Needs PostgreSQL at 127.0.0.1:5432 (database {@code test}, user
 * {@code postgres}, trust; the system property {@code convene.test.postgres.url} names another): without
 * one the test is skipped with a notice, except under {@code CI=true}, where it fails.
 */
class JdbcRoundTripTest {
  private static final String POSTGRES = System.getProperty("convene.test.postgres.url",
      "jdbc:postgresql://127.0.0.1:5432/test");

  @TempDir Path folder;
  private final String schema = "convene_archive_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
      .toLowerCase(Locale.ROOT);
  private PGSimpleDataSource postgres;

  @BeforeEach
  void reachPostgres() {
    postgres = new PGSimpleDataSource();
    postgres.setUrl(POSTGRES + "?connectTimeout=5");
    postgres.setUser("postgres");
    try (Connection connection = postgres.getConnection()) {
      connection.getMetaData();
    } catch (SQLException e) {
      String notice = "PostgreSQL is not reachable at " + POSTGRES + " as postgres (" + e.getMessage()
          + "): the archive's PostgreSQL round trip is skipped";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI=true and " + notice.replace("is skipped", "must run"), e);
      }
      System.out.println("NOTICE: " + notice);
      Assumptions.abort(notice);
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection connection = postgres.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    }
  }

  private JdbcStorage h2(String name) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + folder.resolve(name) + ";DB_CLOSE_DELAY=-1");
    return JdbcStorage.create(h2);
  }

  @Test
  @DisplayName("H2 to PostgreSQL and back: items, replies, files byte for byte, memberships and the audit log")
  void h2ToPostgresAndBack() throws IOException {
    try (Source source = new Source(h2("source"), folder.resolve("source-blobs")).fill()) {
      List<CommunityId> ids = List.of(source.water.id(), source.group.id());
      Snapshot original = Snapshot.of(source.storage, ids);
      byte[] first = RoundTripTest.export(source.convene, source.water.id(), true);

      BlobStore pgBlobs = FileSystemBlobStore.create(folder.resolve("pg-blobs"));
      byte[] second;
      try (Convene pg = Source.target(JdbcStorage.builder(postgres).schema(schema).build(), pgBlobs)) {
        CommunityArchives.of(pg).importArchive(ROOT, new ByteArrayInputStream(first), ImportOptions.defaults());
        assertEquals(original, Snapshot.of(pg.storage(), ids));
        second = RoundTripTest.export(pg, source.water.id(), true);
      }

      BlobStore backBlobs = FileSystemBlobStore.create(folder.resolve("back-blobs"));
      try (Convene back = Source.target(h2("back"), backBlobs)) {
        ImportReport report = CommunityArchives.of(back).importArchive(ROOT, new ByteArrayInputStream(second),
            ImportOptions.defaults());
        assertEquals(original, Snapshot.of(back.storage(), ids));
        assertEquals(3, report.blobsStored());
        Item item = back.storage().read(tx -> tx.items().get(source.report.id())).orElseThrow();
        Document report2 = (Document) item;
        assertArrayEquals(Source.REPORT, RoundTripTest.read(backBlobs, report2.attachments().get(0).contentHash()));
        assertArrayEquals(Source.MINUTES, RoundTripTest.read(backBlobs, report2.attachments().get(1).contentHash()));
      }
    }
  }

  @Test
  @DisplayName("on PostgreSQL, an archive broken on its last line leaves neither rows nor files")
  void brokenOnPostgres() throws IOException {
    byte[] broken;
    try (Source source = new Source(h2("source"), folder.resolve("source-blobs")).fill()) {
      broken = Zips.rewrite(RoundTripTest.export(source.convene, source.water.id(), true), Map.of("audit.jsonl",
          Zips.text(t -> t + "\n{\"id\": 1, \"at\": \"yesterday\"}")));
    }
    BlobStore pgBlobs = FileSystemBlobStore.create(folder.resolve("pg-blobs"));
    try (Convene pg = Source.target(JdbcStorage.builder(postgres).schema(schema).build(), pgBlobs)) {
      long before = pg.storage().read(tx -> tx.changes().lastSequence());
      ValidationException e = assertThrows(ValidationException.class, () -> CommunityArchives.of(pg)
          .importArchive(ROOT, new ByteArrayInputStream(broken), ImportOptions.defaults()));
      assertTrue(e.field().startsWith("audit.jsonl:"), e.getMessage());
      assertEquals(List.of(), pg.storage().read(tx -> tx.communities().list(CommunityQuery.all(),
          PageRequest.first(10))).items());
      long after = pg.storage().read(tx -> tx.changes().lastSequence());
      assertEquals(before, after);
      assertEquals(Optional.empty(), pgBlobs.find(AllOrNothingTest.sha256(Source.REPORT)));
      assertEquals(Optional.empty(), pgBlobs.find(AllOrNothingTest.sha256(Source.MINUTES)));
    }
  }
}
