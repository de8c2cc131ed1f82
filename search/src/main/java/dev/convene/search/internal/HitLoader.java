package dev.convene.search.internal;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.search.ConceptLabel;
import dev.convene.search.HitKind;
import dev.convene.search.SearchHit;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/**
 * Turns the documents of one page into {@link SearchHit}s: stored values, a highlighted snippet of
 * the body, concept labels and community names as they are now. Only documents that passed the
 * privacy filter reach it, so neither titles nor snippets can show what the actor may not see.
 */
public final class HitLoader {
  private static final int SNIPPET_LENGTH = 240;
  private static final int MAX_HIGHLIGHTED = 100_000;
  private static final Set<String> STORED = Set.of(Fields.KEY, Fields.TYPE, Fields.COMMUNITY, Fields.TITLE,
      Fields.CONCEPT, Fields.DATE);
  private static final String[] BODIES = Fields.ANALYSES.stream().map(Fields::bodyField).toArray(String[]::new);
  private static final Set<String> WITH_BODIES = withBodies();

  private final Analyzers analyzers;

  public HitLoader(Analyzers analyzers) {
    this.analyzers = analyzers;
  }

  /**
   * The hits of {@code docs}; {@code text} highlights the snippets when the query had text. Without
   * {@code withSnippets}, no hit's text is read and every snippet is empty.
   */
  public List<SearchHit> load(IndexSearcher searcher, ScoreDoc[] docs, @Nullable Query text, World world,
      Locale display, boolean withSnippets) throws IOException {
    String[] bodies = withSnippets ? BODIES : new String[0];
    Set<String> wanted = withSnippets ? WITH_BODIES : STORED;
    // one read of each hit's stored fields, shared with the highlighter: decompressing a document's
    // stored text is most of what loading a page costs
    StoredFields stored = searcher.storedFields();
    Map<Integer, Document> read = new HashMap<>();
    for (ScoreDoc doc : docs) {
      read.put(doc.doc, stored.document(doc.doc, wanted));
    }
    Map<String, String[]> snippets = Map.of();
    if (withSnippets && text != null && docs.length > 0) {
      UnifiedHighlighter highlighter = new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, analyzers.perField())
          .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
          .withMaxLength(MAX_HIGHLIGHTED)) {
        /**
         * Every text field is indexed with offsets ({@link DocumentMapper}), in every segment of this
         * layout: the highlighter need not merge every segment's field infos to find out.
         */
        @Override
        protected OffsetSource getOffsetSource(String field) {
          return OffsetSource.POSTINGS;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
            int cacheCharsThreshold) throws IOException {
          List<CharSequence[]> values = new ArrayList<>();
          for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            Document document = read.get(doc);
            CharSequence[] byField = new CharSequence[fields.length];
            for (int f = 0; f < fields.length && document != null; f++) {
              // a field's values (a discussion's body and replies) joined as the highlighter expects
              String[] all = document.getValues(fields[f]);
              String value = all.length == 0 ? null
                  : String.join(String.valueOf(MULTIVAL_SEP_CHAR), all);
              byField[f] = value == null || value.length() <= MAX_HIGHLIGHTED ? value
                  : value.substring(0, MAX_HIGHLIGHTED);
            }
            values.add(byField);
          }
          return values;
        }
      };
      int[] ids = new int[docs.length];
      for (int i = 0; i < docs.length; i++) {
        ids[i] = docs[i].doc;
      }
      int[] passages = new int[bodies.length];
      java.util.Arrays.fill(passages, 1);
      snippets = highlighter.highlightFields(bodies, text, ids, passages);
    }
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      Document doc = read.get(docs[i].doc);
      String snippet = highlighted(snippets, bodies, i);
      hits.add(hit(doc, snippet != null ? snippet : opening(doc, bodies), docs[i].score, world, display));
    }
    return hits;
  }

  private static Set<String> withBodies() {
    Set<String> wanted = new HashSet<>(STORED);
    wanted.addAll(List.of(BODIES));
    return Set.copyOf(wanted);
  }

  private static SearchHit hit(Document doc, String snippet, float score, World world, Locale display) {
    String key = doc.get(Fields.KEY);
    CommunityId community = CommunityId.of(doc.get(Fields.COMMUNITY));
    Optional<Community> shown = world.community(community);
    List<ConceptLabel> concepts = new ArrayList<>();
    TaxonomyIndex taxonomy = TaxonomyIndex.of(world.taxonomy());
    for (IndexableField field : doc.getFields(Fields.CONCEPT)) {
      ConceptId id = ConceptId.of(field.stringValue());
      taxonomy.label(id, display).ifPresent(label -> concepts.add(new ConceptLabel(id, label)));
    }
    float shownScore = Float.isNaN(score) ? 0f : score;
    if (key.startsWith("c:")) {
      String name = shown.flatMap(c -> c.name().resolve(display, c.defaultLanguage())).orElse(community.value());
      return new SearchHit(HitKind.COMMUNITY, Optional.empty(), Optional.empty(), community, name, snippet, concepts,
          Optional.empty(), shownScore);
    }
    ItemType type = ItemType.valueOf(doc.get(Fields.TYPE).toUpperCase(Locale.ROOT));
    IndexableField date = doc.getField(Fields.DATE);
    return new SearchHit(HitKind.ITEM, Optional.of(ItemId.of(key.substring(2))), Optional.of(type), community,
        doc.get(Fields.TITLE), snippet, concepts,
        Optional.ofNullable(date).map(d -> Instant.ofEpochMilli(d.numericValue().longValue())), shownScore);
  }

  private static @Nullable String highlighted(Map<String, String[]> snippets, String[] bodies, int hit) {
    for (String field : bodies) {
      String[] found = snippets.get(field);
      if (found != null && found[hit] != null) {
        return found[hit];
      }
    }
    return null;
  }

  private static String opening(Document bodiesDoc, String[] bodies) {
    for (String field : bodies) {
      String[] values = bodiesDoc.getValues(field);
      if (values.length > 0) {
        String body = String.join("\n\n", values);
        return escape(body.length() <= SNIPPET_LENGTH ? body : body.substring(0, SNIPPET_LENGTH) + "…");
      }
    }
    return "";
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
