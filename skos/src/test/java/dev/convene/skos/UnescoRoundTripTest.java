package dev.convene.skos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.ConceptId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.platform.Convene;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The UNESCO thesaurus exported and imported again, and merged into a running platform twice. */
class UnescoRoundTripTest {
  private static final URI SOCIAL_SECURITY = URI.create("http://vocabularies.unesco.org/thesaurus/concept5090");

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(SkosFormat.class)
  @DisplayName("export then import gives back every concept, label, notation and link")
  void roundTrip(SkosFormat format) {
    Taxonomy taxonomy = UnescoThesaurus.read().taxonomy();
    Path file = dir.resolve("unesco" + format.extensions().getFirst());
    SkosWriter.create().write(taxonomy, file);
    SkosImport again = SkosReader.create(UnescoThesaurus.EN_FR_ES).read(file);
    assertEquals(taxonomy, again.taxonomy());
    assertEquals(List.of(), again.report().skipped());
  }

  @Test
  @DisplayName("a re-import updates rather than duplicates; a concept in use that the file drops is deprecated")
  void reimportIntoPlatform() {
    Platforms platform = new Platforms();
    Convene convene = platform.convene;
    SkosReader reader = SkosReader.create(UnescoThesaurus.EN_FR_ES);
    Path file = UnescoThesaurus.file();
    SkosMerge first = reader.importInto(convene, Platforms.ADMIN, file);
    assertEquals(4420, first.added());
    ConceptId id = convene.taxonomy().current().taxonomy().byUri(SOCIAL_SECURITY).orElseThrow().id();

    SkosMerge second = reader.importInto(convene, Platforms.ADMIN, file);
    assertEquals(List.of(0, 0, 0, 0), List.of(second.added(), second.updated(), second.deprecated(), second.removed()));
    Taxonomy stored = convene.taxonomy().current().taxonomy();
    assertEquals(4420, stored.concepts().size());
    assertEquals(id, stored.byUri(SOCIAL_SECURITY).orElseThrow().id());

    // two leaves nothing links to: one tagged by an item, one not; the next file has neither
    List<Concept> leaves = stored.concepts().stream()
        .filter(c -> stored.narrower(c.id()).isEmpty() && stored.related(c.id()).isEmpty()).limit(2).toList();
    ConceptId used = leaves.get(0).id();
    ConceptId unused = leaves.get(1).id();
    platform.tagItemWith(used);
    Path smaller = dir.resolve("smaller.ttl");
    SkosWriter.create().write(stored.withoutAll(List.of(used, unused)), smaller);

    SkosMerge third = reader.importInto(convene, Platforms.ADMIN, smaller);
    assertEquals(List.of(0, 0, 1, 1), List.of(third.added(), third.updated(), third.deprecated(), third.removed()));
    Taxonomy after = convene.taxonomy().current().taxonomy();
    assertTrue(after.concept(used).orElseThrow().deprecated(), "in use: deprecated, not removed");
    assertTrue(after.concept(unused).isEmpty(), "unused: removed");
    assertEquals(4419, after.concepts().size());
  }
}
