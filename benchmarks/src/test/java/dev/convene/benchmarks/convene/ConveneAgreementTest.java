package dev.convene.benchmarks.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.benchmarks.corpus.Audience;
import dev.convene.benchmarks.corpus.Oracle;
import dev.convene.benchmarks.corpus.TestWorlds;
import dev.convene.benchmarks.corpus.World;
import dev.convene.benchmarks.engine.Page;
import dev.convene.benchmarks.engine.Result;
import dev.convene.benchmarks.engine.SearchEngineUnderTest;
import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.benchmarks.query.QueryClass;
import dev.convene.benchmarks.query.QueryMix;
import dev.convene.benchmarks.raw.RawLuceneEngine;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Document;
import dev.convene.core.model.ItemId;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Convene's engine against the raw baseline on a small world, where their semantics are the same,
 * and each against {@link AccessPolicy} where they are not: browses (with and without a concept)
 * must agree exactly, in totals, hits and concept facet counts; text queries, analysed alike, each
 * language required to match every word it does not drop as a stop word, and the taxonomy's labels
 * expanded alike, must each return only what the policy allows, the same document for every audience
 * the policy lets see it, and the same total in both engines; a word that is a
 * concept's label must find the same hits in both, every document of the concept's subtree among
 * them. Both engines build the same full page, and the same hits without text for an ids-only page.
 */
@DisplayName("Convene's engine and the raw baseline")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConveneAgreementTest {
  private static final int ALL = 1_000;

  private final World world = TestWorlds.small(2_000, 5);
  private final Oracle oracle = new Oracle(world);
  private final Map<ItemId, Document> documents = oracle.documents();
  private final List<BenchQuery> mix = QueryMix.generate(world, 300, 5);
  private final RawLuceneEngine raw = new RawLuceneEngine();
  private final ConveneSearchEngine convene = new ConveneSearchEngine();

  @BeforeAll
  void index(@TempDir Path directory) {
    for (SearchEngineUnderTest engine : List.of(raw, convene)) {
      engine.open(world, directory.resolve(engine.name()));
      engine.index(world.documents());
    }
  }

  @AfterAll
  void close() {
    raw.close();
    convene.close();
  }

  @Test
  @DisplayName("indexes every document of the stream through the change log")
  void indexesEveryDocument() {
    BenchQuery everything = new BenchQuery(0, QueryClass.BROWSE, "", Optional.empty(),
        world.taxonomy().schemes().get(0).id(), 20);
    for (Audience audience : world.audiences()) {
      long allowed = oracle.allowedCount(audience);
      assertEquals(allowed, convene.query(audience, everything).totalHits(), audience.name());
    }
  }

  @Test
  @DisplayName("agree on browses: totals, the newest hits, and the concept facet counts")
  void browsesAgree() {
    List<BenchQuery> browses = mix.stream().filter(q -> q.kind() == QueryClass.BROWSE).toList();
    assertTrue(browses.size() >= 30, "a sample of browses: " + browses.size());
    for (BenchQuery query : browses) {
      for (Audience audience : world.audiences()) {
        String what = audience.name() + " " + query;
        Result r = raw.query(audience, query);
        Result c = convene.query(audience, query);
        assertEquals(r.totalHits(), c.totalHits(), what);
        assertSameNewest(r.hits(), c.hits(), what);
        Oracle.assertSameTop(r.facets().get(0), c.facets().get(0), what);
        assertEquals(r.facets().get(0).dimension(), c.facets().get(0).dimension());
        assertTypeFacetIsTheItemType(c);
      }
    }
  }

  @Test
  @DisplayName("return, for every text query, exactly what the policy allows of what their text matches, and the"
      + " same concept counts where they match the same documents")
  void textQueriesFollowThePolicy() {
    Map<QueryClass, int[]> agreement = new EnumMap<>(QueryClass.class);
    List<String> differing = new ArrayList<>();
    int checked = 0;
    int sameSets = 0;
    for (BenchQuery sample : mix) {
      if (sample.kind() == QueryClass.BROWSE || checked >= 80) {
        continue;
      }
      BenchQuery query = new BenchQuery(sample.number(), sample.kind(), sample.text(), sample.concept(),
          sample.facetScheme(), ALL);
      Map<String, Set<ItemId>> rawHits = new LinkedHashMap<>();
      Map<String, Set<ItemId>> conveneHits = new LinkedHashMap<>();
      boolean complete = true;
      int[] same = agreement.computeIfAbsent(sample.kind(), k -> new int[2]);
      for (Audience audience : world.audiences()) {
        Result r = raw.query(audience, query);
        Result c = convene.query(audience, query);
        complete &= r.totalHits() <= ALL && c.totalHits() <= ALL;
        rawHits.put(audience.name(), new HashSet<>(r.hits()));
        conveneHits.put(audience.name(), new HashSet<>(c.hits()));
        assertAllowed(audience, r.hits(), "raw " + query);
        assertAllowed(audience, c.hits(), "convene " + query);
        same[0] += r.totalHits() == c.totalHits() ? 1 : 0;
        same[1]++;
        if (r.totalHits() <= ALL && new HashSet<>(r.hits()).equals(new HashSet<>(c.hits()))) {
          // the same documents found: the same concept counts
          Oracle.assertSameTop(r.facets().get(0), c.facets().get(0), audience.name() + " " + query);
          sameSets++;
        }
        if (r.totalHits() != c.totalHits() && audience == world.audiences().getFirst()) {
          differing.add(query.kind() + " " + query.text() + ": raw " + r.totalHits() + ", convene " + c.totalHits());
        }
      }
      if (complete) {
        checked++;
        oracle.assertEveryAllowedAudienceSees(rawHits, "raw " + query);
        oracle.assertEveryAllowedAudienceSees(conveneHits, "convene " + query);
      }
    }
    assertTrue(checked >= 40, "text queries whose hits could all be read: " + checked);
    int agreeing = agreement.values().stream().mapToInt(n -> n[0]).sum();
    int compared = agreement.values().stream().mapToInt(n -> n[1]).sum();
    // the same analysis, operators, languages and taxonomy expansion: the same totals
    assertEquals(compared, agreeing, "text queries with the same total in both engines: " + differing);
    assertTrue(sameSets >= 100, "text queries that found the same documents in both, facets compared: " + sameSets);
    Map<QueryClass, String> shares = new TreeMap<>();
    agreement.forEach((kind, n) -> shares.put(kind, n[0] + " of " + n[1]));
    System.out.println("Text queries with the same total in both engines: "
        + shares);
    differing.forEach(d -> System.out.println("  " + d));
  }

  @Test
  @DisplayName("find, for a word that is a concept's label, every document tagged with that concept or a narrower"
      + " one, with the same total")
  void labelsExpandToTheirConcepts() {
    Taxonomy taxonomy = world.taxonomy();
    int words = 0;
    int taggedFound = 0;
    for (Concept concept : taxonomy.concepts()) {
      String label = concept.prefLabels().get(Locale.ENGLISH).orElseThrow().toLowerCase(Locale.ROOT);
      if (label.contains(" ") || words >= 15) {
        continue;
      }
      words++;
      Set<ConceptId> subtree = new HashSet<>();
      for (Concept labelled : taxonomy.findByLabel(label)) {
        subtree.add(labelled.id());
        taxonomy.descendants(labelled.id()).forEach(d -> subtree.add(d.id()));
      }
      for (BenchQuery query : List.of(
          new BenchQuery(0, QueryClass.TERM, label, Optional.empty(), concept.scheme(), ALL),
          new BenchQuery(1, QueryClass.BOOLEAN, "+" + label + " -xqzxnothing", Optional.empty(), concept.scheme(), ALL))) {
        for (Audience audience : world.audiences()) {
          String what = audience.name() + " " + query;
          Result r = raw.query(audience, query, Page.IDS);
          Result c = convene.query(audience, query, Page.IDS);
          assertEquals(c.totalHits(), r.totalHits(), what);
          if (c.totalHits() > ALL) {
            continue;
          }
          Set<ItemId> tagged = documents.values().stream()
              .filter(d -> oracle.allowed(audience, d) && d.concepts().stream().anyMatch(subtree::contains))
              .map(Document::id).collect(Collectors.toSet());
          assertEquals(new HashSet<>(c.hits()), new HashSet<>(r.hits()), what);
          assertTrue(c.hits().containsAll(tagged), what);
          taggedFound += tagged.size();
        }
      }
    }
    assertTrue(words >= 10 && taggedFound >= 100, "one-word labels " + words + ", tagged documents " + taggedFound);
  }

  @Test
  @DisplayName("build the same full page: for every hit its title, and a snippet marking the words matched;"
      + " an ids-only page holds the same hits and no text")
  void pagesAgree() {
    int marked = 0;
    int pages = 0;
    for (BenchQuery query : mix.subList(0, 120)) {
      Audience audience = world.audiences().get(query.number() % world.audiences().size());
      for (SearchEngineUnderTest engine : List.<SearchEngineUnderTest>of(raw, convene)) {
        Result full = engine.query(audience, query, Page.FULL);
        Result ids = engine.query(audience, query, Page.IDS);
        assertEquals(full.totalHits(), ids.totalHits(), engine.name() + " " + query);
        assertEquals(full.hits(), ids.hits(), engine.name() + " " + query);
        assertEquals(List.of(), ids.snippets(), engine.name() + " " + query);
        assertEquals(full.hits().size(), full.snippets().size(), engine.name() + " " + query);
        for (int i = 0; i < full.hits().size(); i++) {
          Result.Snippet snippet = full.snippets().get(i);
          assertEquals(documents.get(full.hits().get(i)).title(), snippet.title(), engine.name() + " " + query);
          assertTrue(!snippet.text().isEmpty(), engine.name() + " " + query);
          marked += snippet.text().contains("<mark>") ? 1 : 0;
          assertTrue(query.byRelevance() || !snippet.text().contains("<mark>"), "a browse marks nothing: " + query);
        }
        pages++;
      }
    }
    assertTrue(pages == 240 && marked >= 500, "snippets that mark the query's words: " + marked);
  }

  private void assertAllowed(Audience audience, List<ItemId> hits, String what) {
    for (ItemId id : hits) {
      assertTrue(oracle.allowed(audience, documents.get(id)),
          () -> audience.name() + " must not see " + id + " in " + what);
    }
  }

  /**
   * Convene sorts by the document's publication day, then by id; the baseline by the creation
   * instant (the same day, 9:00 to 17:00). The days must be the same, and so must the documents of
   * every day but the oldest one shown, where each engine cuts its own ties.
   */
  private void assertSameNewest(List<ItemId> raw, List<ItemId> convene, String what) {
    assertEquals(raw.size(), convene.size(), what);
    if (raw.isEmpty()) {
      return;
    }
    assertEquals(raw.stream().map(this::day).toList(), convene.stream().map(this::day).toList(), what);
    LocalDate cut = day(raw.getLast());
    assertEquals(raw.stream().filter(id -> day(id).isAfter(cut)).collect(Collectors.toSet()),
        convene.stream().filter(id -> day(id).isAfter(cut)).collect(Collectors.toSet()), what);
  }

  private void assertTypeFacetIsTheItemType(Result convene) {
    Result.Facet type = convene.facets().get(1);
    assertEquals(BenchQuery.TYPE_FACET, type.dimension());
    if (convene.totalHits() == 0) {
      assertTrue(type.values().isEmpty());
    } else {
      assertEquals(List.of(new Result.FacetValue("document", "Document", convene.totalHits())), type.values());
    }
  }

  private LocalDate day(ItemId id) {
    return documents.get(id).publicationDate().orElseThrow();
  }
}
