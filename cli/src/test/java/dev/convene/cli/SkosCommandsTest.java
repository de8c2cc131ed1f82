package dev.convene.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("import-skos and export-skos")
class SkosCommandsTest {
  private static final String THEMES = """
      @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
      @prefix dct: <http://purl.org/dc/terms/> .
      @prefix ex: <http://example.org/themes/> .
      ex:scheme a skos:ConceptScheme ; dct:title "Themes"@en ; skos:hasTopConcept ex:society .
      ex:society a skos:Concept ; skos:prefLabel "Society"@en , "Société"@fr ; skos:narrower ex:pensions .
      ex:pensions a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "Pensions"@en , "Retraites"@fr .
      ex:water a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "Water"@en .
      """;

  @TempDir
  Path folder;

  private String url;

  @BeforeEach
  void database() {
    url = H2World.url(folder);
    assertEquals(0, Run.of("migrate", "--jdbc-url", url).exitCode());
  }

  @Test
  @DisplayName("a thesaurus imported, exported, and imported again changes nothing the second time")
  void roundTrip() throws IOException {
    Path themes = Files.writeString(folder.resolve("themes.ttl"), THEMES);
    Run first = Run.of("import-skos", themes.toString(), "--jdbc-url", url, "--as", "ops");
    assertEquals(0, first.exitCode(), first::toString);
    // one scheme, three concepts, one broader link (stated as narrower); nothing left out
    assertTrue(first.out().startsWith("Read 1 schemes, 3 concepts and 1 links from " + themes
        + "; nothing left out."), first::toString);
    assertTrue(first.out().contains("Merged: 3 concepts added, 0 updated, 0 deprecated, 0 removed;"), first::toString);

    Path exported = folder.resolve("exported.rdf");
    Run export = Run.of("export-skos", "--out", exported.toString(), "--jdbc-url", url);
    assertEquals(0, export.exitCode(), export::toString);
    assertEquals("Wrote the taxonomy (1 schemes, 3 concepts) to " + exported + ".", export.out().strip());
    assertTrue(Files.readString(exported).contains("http://example.org/themes/pensions"));

    Run again = Run.of("import-skos", exported.toString(), "--jdbc-url", url, "--as", "ops");
    assertEquals(0, again.exitCode(), again::toString);
    assertTrue(again.out().contains("Merged: 0 concepts added, 0 updated, 0 deprecated, 0 removed;"), again::toString);
  }

  @Test
  @DisplayName("a concept the file no longer has, and nothing uses, is removed; a new label is an update")
  void merge() throws IOException {
    Path themes = Files.writeString(folder.resolve("themes.ttl"), THEMES);
    assertEquals(0, Run.of("import-skos", themes.toString(), "--jdbc-url", url, "--as", "ops").exitCode());
    String changed = THEMES.replace("ex:water a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel \"Water\"@en .\n",
        "").replace("\"Retraites\"@fr", "\"Pensions de retraite\"@fr");
    Path next = Files.writeString(folder.resolve("themes-2.ttl"), changed);
    Run merge = Run.of("import-skos", next.toString(), "--jdbc-url", url, "--as", "ops");
    assertEquals(0, merge.exitCode(), merge::toString);
    assertTrue(merge.out().contains("Merged: 0 concepts added, 1 updated, 0 deprecated, 1 removed;"), merge::toString);
  }

  @Test
  @DisplayName("--language keeps the labels of those languages and reports the others left out")
  void languages() throws IOException {
    Path themes = Files.writeString(folder.resolve("themes.ttl"), THEMES);
    Run english = Run.of("import-skos", themes.toString(), "--language", "en", "--jdbc-url", url, "--as", "ops");
    assertEquals(0, english.exitCode(), english::toString);
    // the two French labels are the only texts left out
    assertTrue(english.out().startsWith("Read 1 schemes, 3 concepts and 1 links from " + themes + "; left out:\n"
        + "  language not kept: fr (2)\n"), english::toString);
  }

  @Test
  @DisplayName("a broken file fails in one line and changes nothing; a missing --as is a usage error")
  void errors() throws IOException {
    Path broken = Files.writeString(folder.resolve("broken.ttl"), THEMES.replace("ex:water a", "ex:water a a"));
    Run run = Run.of("import-skos", broken.toString(), "--jdbc-url", url, "--as", "ops");
    assertEquals(1, run.exitCode(), run::toString);
    assertEquals(1, run.errLines().size(), run::toString);
    assertTrue(run.err().startsWith("convene import-skos: "), run::toString);
    Run export = Run.of("export-skos", "--out", folder.resolve("empty.ttl").toString(), "--jdbc-url", url);
    assertEquals("Wrote the taxonomy (0 schemes, 0 concepts) to " + folder.resolve("empty.ttl") + ".",
        export.out().strip(), export::toString);

    Run text = Run.of("import-skos", folder.resolve("themes.txt").toString(), "--jdbc-url", url, "--as", "ops");
    assertEquals(1, text.exitCode(), text::toString);
    assertEquals(1, text.errLines().size(), text::toString);

    Run noOperator = Run.of("import-skos", broken.toString(), "--jdbc-url", url);
    assertEquals(2, noOperator.exitCode(), noOperator::toString);
    assertTrue(noOperator.err().startsWith("Missing required option: '--as'"), noOperator::toString);
  }

  @Test
  @DisplayName("the UNESCO thesaurus imports whole: 4,420 concepts in English, French and Spanish")
  void unesco() {
    Path file = unescoThesaurus();
    Run run = Run.of("import-skos", file.toString(), "--language", "en,fr,es", "--jdbc-url", url, "--as", "ops");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("Merged: 4420 concepts added, 0 updated, 0 deprecated, 0 removed;"), run::toString);
  }

  /** {@code shared/data/unesco-thesaurus.ttl} beside the repository; skips without it, fails so on CI. */
  private static Path unescoThesaurus() {
    Optional<Path> found = Optional.empty();
    for (Path dir = Path.of("").toAbsolutePath(); dir != null && found.isEmpty(); dir = dir.getParent()) {
      found = Optional.of(dir.resolve("shared/data/unesco-thesaurus.ttl")).filter(Files::isRegularFile);
    }
    if (found.isEmpty()) {
      String notice = "shared/data/unesco-thesaurus.ttl was not found beside the repository: the cli's UNESCO test "
          + "is skipped";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI=true and " + notice.replace("is skipped", "must run"));
      }
      System.out.println("NOTICE: " + notice);
      Assumptions.abort(notice);
    }
    return found.orElseThrow();
  }
}
