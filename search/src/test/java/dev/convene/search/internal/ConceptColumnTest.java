package dev.convene.search.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import java.io.IOException;
import java.util.Locale;
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

/** A segment's concepts of one scheme, per ordinal and per document, as counting reads them. */
class ConceptColumnTest {
  private static final SchemeId THEMES = SchemeId.of("themes");
  private static final SchemeId REGIONS = SchemeId.of("regions");

  private static Taxonomy taxonomy(SchemeId schemeOfAfrica) {
    return Taxonomy.builder()
        .scheme(ConceptScheme.of(THEMES, LocalizedText.of("en", "Themes"), Locale.ENGLISH))
        .scheme(ConceptScheme.of(REGIONS, LocalizedText.of("en", "Regions"), Locale.ENGLISH))
        .concept(Concept.builder(ConceptId.of("health"), THEMES).prefLabel("en", "Health").build())
        .concept(Concept.builder(ConceptId.of("pensions"), THEMES).prefLabel("en", "Pensions").build())
        .concept(Concept.builder(ConceptId.of("africa"), schemeOfAfrica).prefLabel("en", "Africa").build())
        .build();
  }

  private static Document tagged(String... concepts) {
    Document doc = new Document();
    for (String concept : concepts) {
      doc.add(new SortedSetDocValuesField(Fields.CONCEPT, new BytesRef(concept)));
    }
    return doc;
  }

  @Test
  @DisplayName("each document reads as its only concept of the scheme, none, or several; other schemes and unknown ids are ignored")
  void perDocument() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        writer.addDocument(tagged());                                // 0: untagged
        writer.addDocument(tagged("health"));                        // 1
        writer.addDocument(tagged("africa"));                        // 2: a region only
        writer.addDocument(tagged("health", "pensions"));            // 3: two themes
        writer.addDocument(tagged("africa", "pensions"));            // 4: one theme, one region
        writer.addDocument(tagged("gone", "health"));                // 5: a concept the taxonomy no longer has
        writer.addDocument(tagged("gone"));                          // 6
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        LeafReader segment = reader.leaves().getFirst().reader();
        TaxonomyIndex taxonomy = TaxonomyIndex.of(taxonomy(REGIONS));
        int health = taxonomy.index(ConceptId.of("health"));
        int pensions = taxonomy.index(ConceptId.of("pensions"));
        int africa = taxonomy.index(ConceptId.of("africa"));

        ConceptColumn themes = taxonomy.column(segment, THEMES);
        // the segment's ordinals are its ids in byte order: africa, gone, health, pensions
        assertArrayEquals(new int[] {-1, -1, health, pensions}, themes.byOrd());
        int[] expected = {ConceptColumn.NONE, health, ConceptColumn.NONE, ConceptColumn.SEVERAL, pensions, health,
            ConceptColumn.NONE};
        for (int doc = 0; doc < expected.length; doc++) {
          assertEquals(expected[doc], themes.concept(doc), "document " + doc);
        }
        assertSame(themes, taxonomy.column(segment, THEMES), "built once per segment, scheme and taxonomy");

        ConceptColumn regions = taxonomy.column(segment, REGIONS);
        assertEquals(africa, regions.concept(2));
        assertEquals(africa, regions.concept(4));
        assertEquals(ConceptColumn.NONE, regions.concept(3));

        // africa moves to the themes: a new taxonomy reads the same segment anew
        TaxonomyIndex moved = TaxonomyIndex.of(taxonomy(THEMES));
        ConceptColumn themesNow = moved.column(segment, THEMES);
        assertEquals(moved.index(ConceptId.of("africa")), themesNow.concept(2));
        assertEquals(ConceptColumn.SEVERAL, themesNow.concept(4));
        assertEquals(ConceptColumn.NONE, moved.column(segment, REGIONS).concept(2));
      }
    }
  }
}
