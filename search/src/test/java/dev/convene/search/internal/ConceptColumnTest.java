package dev.convene.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.core.taxonomy.TaxonomyBuilder;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A segment's concepts of one scheme, per document, as counting reads them. */
class ConceptColumnTest {
  private static final SchemeId THEMES = SchemeId.of("themes");
  private static final SchemeId REGIONS = SchemeId.of("regions");
  /** How deep the chain of themes under "social" goes: deeper than a kept closure. */
  private static final int CHAIN = ConceptColumn.MAX_CLOSURE + 8;

  /**
   * Themes: social, with pensions under it, and health on its own; a chain link1 under social, link2
   * under link1, and so on; africa in {@code schemeOfAfrica}.
   */
  private static Taxonomy taxonomy(SchemeId schemeOfAfrica) {
    TaxonomyBuilder builder = Taxonomy.builder()
        .scheme(ConceptScheme.of(THEMES, LocalizedText.of("en", "Themes"), Locale.ENGLISH))
        .scheme(ConceptScheme.of(REGIONS, LocalizedText.of("en", "Regions"), Locale.ENGLISH))
        .concept(Concept.builder(ConceptId.of("social"), THEMES).prefLabel("en", "Social").build())
        .concept(Concept.builder(ConceptId.of("health"), THEMES).prefLabel("en", "Health").build())
        .concept(Concept.builder(ConceptId.of("pensions"), THEMES).prefLabel("en", "Pensions")
            .broader(ConceptId.of("social")).build())
        .concept(Concept.builder(ConceptId.of("africa"), schemeOfAfrica).prefLabel("en", "Africa").build());
    for (int i = 1; i <= CHAIN; i++) {
      builder.concept(Concept.builder(ConceptId.of("link" + i), THEMES).prefLabel("en", "Link " + i)
          .broader(ConceptId.of(i == 1 ? "social" : "link" + (i - 1))).build());
    }
    return builder.build();
  }

  private static Document tagged(String... concepts) {
    Document doc = new Document();
    for (String concept : concepts) {
      doc.add(new SortedSetDocValuesField(Fields.CONCEPT, new BytesRef(concept)));
    }
    return doc;
  }

  /** The ids of a set's concepts, and whether it is kept as a closure. */
  private static Set<String> set(ConceptColumn column, TaxonomyIndex taxonomy, int doc, boolean closure) {
    int at = column.set(doc);
    int n = column.sets()[at];
    assertEquals(closure, n > 0, "kept as a closure: " + closure);
    return Arrays.stream(column.sets(), at + 1, at + 1 + Math.abs(n))
        .mapToObj(i -> taxonomy.concept(i).id().value()).collect(Collectors.toSet());
  }

  @Test
  @DisplayName("each document reads as its only concept of the scheme, none, or its set: a closure when small")
  void perDocument() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        writer.addDocument(tagged());                                  // 0: untagged
        writer.addDocument(tagged("health"));                          // 1
        writer.addDocument(tagged("africa"));                          // 2: a region only
        writer.addDocument(tagged("health", "pensions"));              // 3: two themes
        writer.addDocument(tagged("africa", "pensions"));              // 4: one theme, one region
        writer.addDocument(tagged("gone", "health"));                  // 5: a concept the taxonomy no longer has
        writer.addDocument(tagged("gone"));                            // 6
        writer.addDocument(tagged("pensions", "health"));              // 7: the set of 3 again
        writer.addDocument(tagged("health", "link" + CHAIN));          // 8: a closure too large to keep
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        LeafReader segment = reader.leaves().getFirst().reader();
        TaxonomyIndex taxonomy = TaxonomyIndex.of(taxonomy(REGIONS));
        int health = taxonomy.index(ConceptId.of("health"));
        int pensions = taxonomy.index(ConceptId.of("pensions"));
        int africa = taxonomy.index(ConceptId.of("africa"));

        ConceptColumn themes = taxonomy.column(segment, THEMES);
        int[] expected = {ConceptColumn.NONE, health, ConceptColumn.NONE, ConceptColumn.SEVERAL, pensions, health,
            ConceptColumn.NONE, ConceptColumn.SEVERAL, ConceptColumn.SEVERAL};
        for (int doc = 0; doc < expected.length; doc++) {
          assertEquals(expected[doc], themes.concept(doc), "document " + doc);
        }
        assertEquals(Set.of("health", "pensions", "social"), set(themes, taxonomy, 3, true),
            "each concept and broader concept once");
        assertEquals(themes.set(3), themes.set(7), "one set kept once");
        assertEquals(Set.of("health", "link" + CHAIN), set(themes, taxonomy, 8, false),
            "the concepts themselves, to walk up");
        assertSame(themes, taxonomy.column(segment, THEMES), "built once per segment, scheme and taxonomy");

        ConceptColumn regions = taxonomy.column(segment, REGIONS);
        assertEquals(africa, regions.concept(2));
        assertEquals(africa, regions.concept(4));
        assertEquals(ConceptColumn.NONE, regions.concept(3));

        // africa moves to the themes: a new taxonomy reads the same segment anew
        TaxonomyIndex moved = TaxonomyIndex.of(taxonomy(THEMES));
        ConceptColumn themesNow = moved.column(segment, THEMES);
        assertEquals(moved.index(ConceptId.of("africa")), themesNow.concept(2));
        assertEquals(Set.of("africa", "pensions", "social"), set(themesNow, moved, 4, true));
        assertEquals(ConceptColumn.NONE, moved.column(segment, REGIONS).concept(2));
      }
    }
  }

  @Test
  @DisplayName("the index of a taxonomy, and the columns it holds, are kept while other taxonomies are searched")
  void indexesOfSeveralTaxonomiesKept() {
    Taxonomy one = taxonomy(REGIONS);
    Taxonomy other = taxonomy(THEMES);
    TaxonomyIndex first = TaxonomyIndex.of(one);
    TaxonomyIndex second = TaxonomyIndex.of(other);
    assertSame(first, TaxonomyIndex.of(one), "searching another taxonomy keeps the first one's index");
    assertSame(second, TaxonomyIndex.of(other));
  }
}
