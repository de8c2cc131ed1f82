package dev.convene.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.ConceptId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.platform.Convene;
import dev.convene.storage.jdbc.JdbcStorage;
import java.util.Locale;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seeded world's themes, from the bundled taxonomy and, where it lies beside the repository, the UNESCO Thesaurus. */
class SeedThemesTest {
  private static int databases;

  @AfterEach
  void forgetTheFile() {
    System.clearProperty("portal.thesaurus");
  }

  private static Convene convene() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:themes" + (++databases) + ";DB_CLOSE_DELAY=-1");
    return Convene.builder().storage(JdbcStorage.create(h2)).build();
  }

  @Test
  void withoutTheThesaurusTheBundledTaxonomyGivesEveryThemeInThreeLanguages() {
    System.setProperty("portal.thesaurus", "no/such/thesaurus.ttl");
    try (Convene convene = convene()) {
      Map<String, ConceptId> themes = SeedThemes.load(convene, DemoUser.byKey("pat").orElseThrow().actor());
      assertEquals(SeedThemes.LABELS, java.util.List.copyOf(themes.keySet()));
      Taxonomy taxonomy = convene.taxonomy().current().taxonomy();
      assertEquals(12, taxonomy.concepts().size(), "the twelve themes and nothing else");
      assertEquals("Pension de retraite", taxonomy.label(themes.get("Pensions"), Locale.FRENCH).orElseThrow());
      assertEquals("Recursos hídricos", taxonomy.label(themes.get("Water resources"), Locale.forLanguageTag("es"))
          .orElseThrow());
      assertEquals(themes.get("Social security"), taxonomy.broader(themes.get("Pensions")).getFirst().id());
    }
  }

  @Test
  void withTheThesaurusTheThemesAreItsConceptsWithTheirBroaderOnesOnly() {
    Assumptions.assumeTrue(SeedThemes.thesaurus().isPresent(),
        "the UNESCO Thesaurus is not beside the repository (shared/data/unesco-thesaurus.ttl)");
    try (Convene convene = convene()) {
      Map<String, ConceptId> themes = SeedThemes.load(convene, DemoUser.byKey("pat").orElseThrow().actor());
      Taxonomy taxonomy = convene.taxonomy().current().taxonomy();
      Concept climate = taxonomy.require(themes.get("Climate change"));
      assertTrue(climate.uri().orElseThrow().toString().startsWith("http://vocabularies.unesco.org/thesaurus/"),
          climate.toString());
      assertEquals("Changement climatique", taxonomy.label(climate.id(), Locale.FRENCH).orElseThrow());
      assertTrue(taxonomy.concepts().size() < 100, "a part of the thesaurus: " + taxonomy.concepts().size());
      for (Concept concept : taxonomy.concepts()) {
        concept.broader().forEach(taxonomy::require);
      }
    }
  }
}
