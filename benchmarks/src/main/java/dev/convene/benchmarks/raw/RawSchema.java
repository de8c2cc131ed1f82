package dev.convene.benchmarks.raw;

import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * How the baseline lays an item out in Lucene. Text goes to the title and text fields of the item's
 * language. The privacy filter needs two things only: the review state as a term, and one number
 * per document, {@code 2 × community ordinal + (declared PUBLIC ? 1 : 0)}, so that the community's
 * current privacy is applied at query time and nothing is reindexed when it changes. Facets are
 * sorted-set doc values, one field per dimension so that a query counts only the two it shows; a
 * document carries each of its concepts and every broader concept once, and its item type (as
 * Convene's {@code TYPE} facet counts). The title and the text (summary and body, one value) are
 * stored, with offsets in the postings, as Convene stores them, for the page's snippets.
 */
final class RawSchema {
  static final String ID = "id";
  static final String COMMUNITY = "community";
  static final String STATE = "state";
  static final String ACCESS = "access";
  static final String NEWEST = "created";
  static final String PUBLISHED = ReviewState.PUBLISHED.name();

  /** Text that is searched, stored for the page, and indexed with offsets for the highlighter. */
  static final FieldType STORED_TEXT = storedText();

  private final Map<CommunityId, Integer> ordinals;
  private final FacetsConfig facets = new FacetsConfig();
  private final Map<ConceptId, List<Tag>> selfAndAncestors = new HashMap<>();

  /** A facet value: a concept of a scheme's dimension. */
  private record Tag(String dimension, String concept) {}

  RawSchema(Taxonomy taxonomy, Map<CommunityId, Integer> ordinals) {
    this.ordinals = ordinals;
    for (ConceptScheme scheme : taxonomy.schemes()) {
      facets.setMultiValued(scheme.id().value(), true);
      facets.setIndexFieldName(scheme.id().value(), facetField(scheme.id().value()));
    }
    facets.setIndexFieldName(BenchQuery.TYPE_FACET, facetField(BenchQuery.TYPE_FACET));
    for (Concept concept : taxonomy.concepts()) {
      List<Tag> closure = new ArrayList<>();
      closure.add(new Tag(concept.scheme().value(), concept.id().value()));
      taxonomy.ancestors(concept.id()).forEach(a -> closure.add(new Tag(a.scheme().value(), a.id().value())));
      selfAndAncestors.put(concept.id(), List.copyOf(closure));
    }
  }

  static String title(String language) {
    return "title_" + language;
  }

  static String text(String language) {
    return "text_" + language;
  }

  static String facetField(String dimension) {
    return "$facet_" + dimension;
  }

  FacetsConfig facetsConfig() {
    return facets;
  }

  /** The Lucene document for {@code item}. */
  org.apache.lucene.document.Document toLucene(Item item) {
    var doc = new org.apache.lucene.document.Document();
    doc.add(new StringField(ID, item.id().value(), Field.Store.YES));
    doc.add(new StringField(COMMUNITY, item.community().value(), Field.Store.NO));
    doc.add(new StringField(STATE, item.reviewState().name(), Field.Store.NO));
    int ordinal = ordinals.get(item.community());
    doc.add(new NumericDocValuesField(ACCESS, 2L * ordinal + (item.visibility() == Visibility.PUBLIC ? 1 : 0)));
    doc.add(new NumericDocValuesField(NEWEST, item.created().toEpochMilli()));
    String language = Analyzers.suffix(item.language().getLanguage());
    doc.add(new Field(title(language), item.title(), STORED_TEXT));
    if (item instanceof Document document) {
      // one value, as Convene stores it, so that a snippet reads one text
      doc.add(new Field(text(language), document.summary() + "\n\n" + document.body(), STORED_TEXT));
    }
    doc.add(new SortedSetDocValuesFacetField(BenchQuery.TYPE_FACET, item.type().name().toLowerCase(Locale.ROOT)));
    Set<Tag> tags = new LinkedHashSet<>();
    item.concepts().forEach(c -> tags.addAll(selfAndAncestors.getOrDefault(c, List.of())));
    tags.forEach(tag -> doc.add(new SortedSetDocValuesFacetField(tag.dimension(), tag.concept())));
    try {
      return facets.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FieldType storedText() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** The dimensions that have their own facet field. */
  static List<String> dimensions(Taxonomy taxonomy) {
    List<String> dims = new ArrayList<>(taxonomy.schemes().stream().map(s -> s.id().value()).toList());
    dims.add(BenchQuery.TYPE_FACET);
    return dims;
  }
}
