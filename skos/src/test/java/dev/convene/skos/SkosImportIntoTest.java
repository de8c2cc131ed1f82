package dev.convene.skos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ValidationException;
import dev.convene.core.model.ConceptId;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.platform.Convene;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.PageRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file imported into a running platform: added, updated, deprecated, removed, audited. */
class SkosImportIntoTest {
  private static final String PREFIXES = """
      @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
      @prefix ex: <http://example.org/> .
      ex:s a skos:ConceptScheme ; skos:prefLabel "Themes"@en .
      """;

  private final Platforms platform = new Platforms();
  private final Convene convene = platform.convene;

  @TempDir
  Path dir;

  private Path file(String name, String concepts) throws IOException {
    return Files.writeString(dir.resolve(name), PREFIXES + concepts);
  }

  private static String concept(String name, String label) {
    return "ex:" + name + " a skos:Concept ; skos:inScheme ex:s ; skos:prefLabel \"" + label + "\"@en .\n";
  }

  @Test
  @DisplayName("a second import updates, adds, deprecates what is used and removes what is not")
  void reimport() throws IOException {
    SkosReader reader = SkosReader.create();
    SkosMerge first = reader.importInto(convene, Platforms.ADMIN, file("v1.ttl",
        concept("a", "A") + concept("b", "B") + concept("c", "C") + concept("d", "D")));
    assertEquals(List.of(4, 0, 0, 0), List.of(first.added(), first.updated(), first.deprecated(), first.removed()));
    assertEquals(4, first.report().concepts());
    platform.tagItemWith(ConceptId.of("c"));
    SkosMerge second = reader.importInto(convene, Platforms.ADMIN, file("v2.ttl",
        concept("a", "A, renamed") + concept("b", "B") + concept("e", "E")));
    assertEquals(List.of(1, 1, 1, 1), List.of(second.added(), second.updated(), second.deprecated(), second.removed()));
    Taxonomy now = convene.taxonomy().current().taxonomy();
    assertTrue(now.concept(ConceptId.of("c")).orElseThrow().deprecated(), "used: deprecated, not removed");
    assertTrue(now.concept(ConceptId.of("d")).isEmpty(), "unused: removed");
    assertEquals("A, renamed", now.label(ConceptId.of("a"), Locale.ENGLISH).orElseThrow());
    List<String> audited = convene.audit().listPlatform(Platforms.ADMIN, PageRequest.first(10)).items().stream()
        .map(AuditEntry::subject).toList();
    assertEquals(List.of("+1 ~1 -1 deprecated 1", "+4 ~0 -0 deprecated 0"), audited);
  }

  @Test
  @DisplayName("a curator's import deprecates what the file no longer has, used or not")
  void curator() throws IOException {
    SkosReader reader = SkosReader.create();
    reader.importInto(convene, Platforms.CURATOR, file("v1.ttl", concept("a", "A") + concept("b", "B")));
    SkosMerge second = reader.importInto(convene, Platforms.CURATOR, file("v2.ttl", concept("a", "A")));
    assertEquals(List.of(0, 0, 1, 0), List.of(second.added(), second.updated(), second.deprecated(), second.removed()));
  }

  @Test
  @DisplayName("an invalid file changes nothing")
  void invalidFileChangesNothing() throws IOException {
    Path bad = file("bad.ttl", "ex:a a skos:Concept ; skos:inScheme ex:s ; skos:prefLabel \"A\"@en , \"Z\"@en .");
    assertThrows(ValidationException.class, () -> SkosReader.create().importInto(convene, Platforms.ADMIN, bad));
    assertEquals(0, convene.taxonomy().current().version());
  }
}
