package dev.convene.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Visibility;
import dev.convene.platform.ItemDraft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("export-user and erase-user")
class PersonCommandsTest {
  @TempDir
  Path folder;

  private String url;

  @BeforeEach
  void world() {
    url = H2World.url(folder);
    // ada: water (olga joined) and pensions, a report in water; olga: her notes in water
    H2World.build(url, List.of("Annual report"), convene -> convene.content().create(H2World.OLGA,
        H2World.water(convene).id(), ItemDraft.document("Olga's notes", Locale.ENGLISH, Visibility.MEMBERS)));
  }

  @Test
  @DisplayName("export-user writes the person's data as JSON, with what they wrote")
  void exportUser() throws IOException {
    Path file = folder.resolve("olga.json");
    Run export = Run.of("export-user", "olga", "--jdbc-url", url, "--as", "ops", "--out", file.toString());
    assertEquals(0, export.exitCode(), export::toString);
    assertEquals("Exported the data of olga to " + file + ".", export.out().strip());
    String json = Files.readString(file);
    assertTrue(json.contains("\"format\":\"convene-personal-data\""), json);
    assertTrue(json.contains("Olga's notes"), json);
    assertFalse(json.contains("Annual report"), json);
  }

  @Test
  @DisplayName("erase-user keeps what the person wrote under the pseudonym and removes their membership")
  void eraseUser() {
    Run erase = Run.of("erase-user", "olga", "--jdbc-url", url, "--as", "ops", "--yes");
    assertEquals(0, erase.exitCode(), erase::toString);
    assertTrue(erase.out().startsWith("Erased olga from 1 communities, now former-member: 1 memberships,"),
        erase::toString);
    assertTrue(erase.out().contains("; 1 items and 0 replies kept, 0 items and 0 replies removed;"), erase::toString);
    assertTrue(erase.out().contains(" 0 event registrations, 0 acceptances of guidelines, 0 poll votes, "),
        erase::toString);

    Run stats = Run.of("stats", "--jdbc-url", url);
    // ada's admin memberships of water and pensions remain; both documents remain
    assertEquals(List.of("communities 2", "memberships 2", "items 2"), stats.out().lines().limit(3)
        .map(l -> l.replaceAll("\\s+", " ")).toList(), stats::toString);
  }

  @Test
  @DisplayName("erase-user --remove-content removes what the person wrote too")
  void eraseUserAndContent() {
    Run erase = Run.of("erase-user", "olga", "--remove-content", "--jdbc-url", url, "--as", "ops", "--yes");
    assertEquals(0, erase.exitCode(), erase::toString);
    assertTrue(erase.out().contains("; 0 items and 0 replies kept, 1 items and 0 replies removed;"), erase::toString);
    assertEquals("items 1", Run.of("stats", "--jdbc-url", url).out().lines().skip(2).findFirst().orElseThrow()
        .replaceAll("\\s+", " "));
  }

  @Test
  @DisplayName("erase-user refuses the last admin without a successor, in one line, and changes nothing")
  void lastAdmin() {
    Run erase = Run.of("erase-user", "ada", "--jdbc-url", url, "--as", "ops", "--yes");
    assertEquals(1, erase.exitCode(), erase::toString);
    assertEquals(1, erase.errLines().size(), erase::toString);
    assertTrue(erase.err().startsWith("convene erase-user: ada is the last active admin of "), erase::toString);
    assertTrue(erase.err().strip().endsWith(": name a successor who is an active member there"), erase::toString);
    assertEquals("memberships 3", Run.of("stats", "--jdbc-url", url).out().lines().skip(1).findFirst()
        .orElseThrow().replaceAll("\\s+", " "));
  }

  @Test
  @DisplayName("a missing --as or --yes, or an invalid user id, is a usage error and changes nothing")
  void usage() {
    Run noOperator = Run.of("export-user", "olga", "--jdbc-url", url, "--out", folder.resolve("x.json").toString());
    assertEquals(2, noOperator.exitCode(), noOperator::toString);
    assertTrue(noOperator.err().startsWith("Missing required option: '--as'"), noOperator::toString);
    assertFalse(Files.exists(folder.resolve("x.json")));

    Run noYes = Run.of("erase-user", "olga", "--jdbc-url", url, "--as", "ops");
    assertEquals(2, noYes.exitCode(), noYes::toString);
    assertTrue(noYes.err().startsWith("An erasure cannot be undone: add --yes to erase olga"), noYes::toString);

    Run blank = Run.of("erase-user", " ", "--jdbc-url", url, "--as", "ops", "--yes");
    assertEquals(2, blank.exitCode(), blank::toString);
    assertTrue(blank.err().startsWith("Invalid value for <user-id>: "), blank::toString);

    assertEquals("memberships 3", Run.of("stats", "--jdbc-url", url).out().lines().skip(1).findFirst()
        .orElseThrow().replaceAll("\\s+", " "));
  }
}
