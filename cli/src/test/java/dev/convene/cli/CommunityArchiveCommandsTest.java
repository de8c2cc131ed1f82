package dev.convene.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("export-community and import-community")
class CommunityArchiveCommandsTest {
  @TempDir
  Path folder;

  private String source;
  private String target;
  private Path archive;

  @BeforeEach
  void worlds() {
    source = H2World.url(folder.resolve("source"));
    target = H2World.url(folder.resolve("target"));
    archive = folder.resolve("water.zip");
    // water: ada (admin) and olga, two documents by ada; pensions: ada alone
    H2World.build(source, List.of("Tariffs", "Leaks"), convene -> { });
    assertEquals(0, Run.of("migrate", "--jdbc-url", target).exitCode());
  }

  @Test
  @DisplayName("a community exported from one database is imported whole into another")
  void moveACommunity() {
    Run export = Run.of("export-community", "water", "--out", archive.toString(), "--jdbc-url", source, "--as", "ops",
        "--blobs", folder.resolve("blobs").toString());
    assertEquals(0, export.exitCode(), export::toString);
    assertTrue(export.out().startsWith("Exported water to " + archive + ": 1 communities, 2 memberships, 2 items, "
        + "0 replies, 0 attachments (0 files), "), export::toString);
    assertTrue(Files.isRegularFile(archive));

    Run imported = Run.of("import-community", archive.toString(), "--jdbc-url", target, "--as", "ops");
    assertEquals(0, imported.exitCode(), imported::toString);
    assertTrue(imported.out().startsWith("Imported water (id "), imported::toString);
    assertTrue(imported.out().contains("): 1 communities, 2 memberships, 2 items, 0 replies, 0 attachments (0 files), "),
        imported::toString);
    assertEquals(List.of("communities 1", "memberships 2", "items 2"), counts(target));
  }

  @Test
  @DisplayName("imported twice, kept ids refuse in one line and change nothing; remapped and renamed, it is a copy")
  void importTwice() {
    assertEquals(0, Run.of("export-community", "water", "-o", archive.toString(), "--jdbc-url", source, "--as", "ops")
        .exitCode());
    assertEquals(0, Run.of("import-community", archive.toString(), "--jdbc-url", target, "--as", "ops").exitCode());

    Run again = Run.of("import-community", archive.toString(), "--jdbc-url", target, "--as", "ops");
    assertEquals(1, again.exitCode(), again::toString);
    assertEquals(1, again.errLines().size(), again::toString);
    assertTrue(again.err().startsWith("convene import-community: "), again::toString);
    assertEquals(List.of("communities 1", "memberships 2", "items 2"), counts(target));

    Run copy = Run.of("import-community", archive.toString(), "--remap-ids", "--rename-taken-slugs",
        "--jdbc-url", target, "--as", "ops");
    assertEquals(0, copy.exitCode(), copy::toString);
    assertTrue(copy.out().startsWith("Imported water-2 (id "), copy::toString);
    assertTrue(copy.out().contains("\n  slug water was taken: now water-2"), copy::toString);
    assertEquals(List.of("communities 2", "memberships 4", "items 4"), counts(target));
  }

  @Test
  @DisplayName("--map-user stores a user of the archive under another id")
  void mapUsers() throws IOException {
    assertEquals(0, Run.of("export-community", "water", "-o", archive.toString(), "--jdbc-url", source, "--as", "ops")
        .exitCode());
    Run imported = Run.of("import-community", archive.toString(), "--map-user", "olga=olga.k", "--jdbc-url", target,
        "--as", "ops");
    assertEquals(0, imported.exitCode(), imported::toString);

    Path olga = folder.resolve("olga.json");
    Path olgaK = folder.resolve("olga.k.json");
    assertEquals(0, Run.of("export-user", "olga", "-o", olga.toString(), "--jdbc-url", target, "--as", "ops")
        .exitCode());
    assertEquals(0, Run.of("export-user", "olga.k", "-o", olgaK.toString(), "--jdbc-url", target, "--as", "ops")
        .exitCode());
    assertTrue(Files.readString(olga).contains("\"memberships\":[]"), () -> read(olga));
    assertFalse(Files.readString(olgaK).contains("\"memberships\":[]"), () -> read(olgaK));
  }

  @Test
  @DisplayName("a community that is not there, or a broken archive, fails in one line; a missing --out is usage")
  void errors() throws IOException {
    Run missing = Run.of("export-community", "rivers", "-o", archive.toString(), "--jdbc-url", source, "--as", "ops");
    assertEquals(1, missing.exitCode(), missing::toString);
    assertEquals(1, missing.errLines().size(), missing::toString);
    assertFalse(Files.exists(archive));

    Path broken = Files.writeString(folder.resolve("broken.zip"), "not a zip");
    Run importBroken = Run.of("import-community", broken.toString(), "--jdbc-url", target, "--as", "ops");
    assertEquals(1, importBroken.exitCode(), importBroken::toString);
    assertEquals(1, importBroken.errLines().size(), importBroken::toString);
    assertEquals(List.of("communities 0", "memberships 0", "items 0"), counts(target));

    Run noOut = Run.of("export-community", "water", "--jdbc-url", source, "--as", "ops");
    assertEquals(2, noOut.exitCode(), noOut::toString);
    assertTrue(noOut.err().startsWith("Missing required option: '--out=<file>'"), noOut::toString);

    Run badMapping = Run.of("import-community", archive.toString(), "--map-user", "olga", "--jdbc-url", target,
        "--as", "ops");
    assertEquals(2, badMapping.exitCode(), badMapping::toString);
  }

  private static List<String> counts(String url) {
    return Run.of("stats", "--jdbc-url", url).out().lines().limit(3).map(l -> l.replaceAll("\\s+", " ")).toList();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
