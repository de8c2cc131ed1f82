package dev.convene.benchmarks.pgfts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.benchmarks.corpus.Audience;
import dev.convene.benchmarks.corpus.Oracle;
import dev.convene.benchmarks.corpus.TestWorlds;
import dev.convene.benchmarks.corpus.World;
import dev.convene.benchmarks.engine.Result;
import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.benchmarks.query.QueryClass;
import dev.convene.benchmarks.query.QueryMix;
import dev.convene.benchmarks.raw.RawLuceneEngine;
import dev.convene.core.model.Document;
import dev.convene.core.model.ItemId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PostgreSQL full-text engine on a small world, in a schema of its own: browses must agree with
 * the raw baseline exactly (the privacy filter, the facet counts and the newest hits are the same
 * definitions in SQL as in Lucene), and every text query must return only what the access policy
 * allows, under the drill-down concept, and the same documents to every audience allowed to see them.
 */
@DisplayName("The PostgreSQL full-text search engine")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresFtsEngineTest {
  private static final int ALL = 1_000;

  private final String schema = "convene_bench_fts_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private final World world = TestWorlds.small(2_000, 7);
  private final Oracle oracle = new Oracle(world);
  private final Map<ItemId, Document> documents = oracle.documents();
  private final List<BenchQuery> mix = QueryMix.generate(world, 300, 7);
  private final RawLuceneEngine raw = new RawLuceneEngine();
  private final PostgresFtsEngine postgres = new PostgresFtsEngine(schema);
  private Connection admin;

  @BeforeAll
  void index(@TempDir Path directory) {
    admin = LocalPostgres.connect();
    raw.open(world, directory.resolve("raw"));
    raw.index(world.documents());
    postgres.open(world, directory.resolve("postgres"));
    postgres.index(world.documents());
  }

  @AfterAll
  void close() throws SQLException {
    raw.close();
    postgres.close();
    if (admin != null) {
      try (Statement statement = admin.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
      admin.close();
    }
  }

  @Test
  @DisplayName("loads every document and reports its server and settings")
  void loadsEverything() throws SQLException {
    try (Statement statement = admin.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + schema + ".items")) {
      rs.next();
      assertEquals(documents.size(), rs.getLong(1));
    }
    assertTrue(postgres.indexSizeBytes() > 0);
    assertTrue(postgres.details().get("server").startsWith("PostgreSQL"), postgres.details().toString());
    assertEquals("64MB", postgres.details().get("work_mem"));
  }

  @Test
  @DisplayName("agrees with the baseline on browses: totals, the newest hits, and both facets' counts")
  void browsesAgree() {
    List<BenchQuery> browses = mix.stream().filter(q -> q.kind() == QueryClass.BROWSE).toList();
    assertTrue(browses.size() >= 30, "a sample of browses: " + browses.size());
    for (BenchQuery query : browses) {
      for (Audience audience : world.audiences()) {
        String what = audience.name() + " " + query;
        Result r = raw.query(audience, query);
        Result p = postgres.query(audience, query);
        assertEquals(r.totalHits(), p.totalHits(), what);
        assertEquals(r.hits().stream().map(this::created).toList(), p.hits().stream().map(this::created).toList(),
            what);
        assertEquals(Oracle.counts(r.facets().get(0)), Oracle.counts(p.facets().get(0)), what);
        assertEquals(Oracle.counts(r.facets().get(1)), Oracle.counts(p.facets().get(1)), what);
        assertEquals(r.facets().stream().map(Result.Facet::dimension).toList(),
            p.facets().stream().map(Result.Facet::dimension).toList());
      }
    }
  }

  @Test
  @DisplayName("returns for every text query only what the policy allows, under the drill-down concept, and the"
      + " same documents to every audience allowed to see them")
  void textQueriesFollowThePolicy() {
    int complete = 0;
    long found = 0;
    Map<QueryClass, int[]> sameTotals = new TreeMap<>();
    List<String> differing = new ArrayList<>();
    for (BenchQuery sample : mix) {
      if (sample.kind() == QueryClass.BROWSE) {
        continue;
      }
      BenchQuery query = new BenchQuery(sample.number(), sample.kind(), sample.text(), sample.concept(),
          sample.facetScheme(), ALL);
      Map<String, Set<ItemId>> hits = new LinkedHashMap<>();
      boolean all = true;
      for (Audience audience : world.audiences()) {
        Result result = postgres.query(audience, query);
        found += result.totalHits();
        int[] same = sameTotals.computeIfAbsent(query.kind(), k -> new int[2]);
        long rawTotal = raw.query(audience, query).totalHits();
        same[0] += rawTotal == result.totalHits() ? 1 : 0;
        same[1]++;
        if (rawTotal != result.totalHits() && audience == world.audiences().getFirst() && differing.size() < 12) {
          differing.add(query.kind() + " " + query.text() + ": raw " + rawTotal + ", postgres " + result.totalHits());
        }
        all &= result.totalHits() <= ALL;
        assertEquals(Math.min(ALL, result.totalHits()), result.hits().size(), query.toString());
        for (ItemId id : result.hits()) {
          Document document = documents.get(id);
          assertTrue(oracle.allowed(audience, document),
              () -> audience.name() + " must not see " + id + " in " + query);
          query.concept().ifPresent(c -> assertTrue(oracle.taggedUnder(document, c), id + " is not under " + c));
        }
        long typed = result.facets().get(1).values().stream().mapToLong(Result.FacetValue::count).sum();
        assertEquals(result.totalHits(), typed, "every document has one type: " + query);
        hits.put(audience.name(), new HashSet<>(result.hits()));
      }
      if (all) {
        complete++;
        oracle.assertEveryAllowedAudienceSees(hits, query.toString());
      }
    }
    assertTrue(complete >= 100, "text queries whose hits could all be read: " + complete);
    assertTrue(found > 1_000, "the mix finds something: " + found);
    Map<QueryClass, String> shares = new TreeMap<>();
    sameTotals.forEach((kind, n) -> shares.put(kind, n[0] + " of " + n[1]));
    System.out.println("Text query-audience pairs with the same total in PostgreSQL and the baseline: " + shares);
    differing.forEach(d -> System.out.println("  " + d));
  }

  @ParameterizedTest(name = "{0} in \"{1}\": {2}")
  @DisplayName("has the baseline's operators and analysis")
  @CsvSource(delimiter = '|', textBlock = """
      cats                      | The cat sat on the mat      | true
      +cat +dog                 | The cat sat on the mat      | false
      +cat +dog                 | The cat chased the dog      | true
      cat dog                   | The cat sat on the mat      | false
      cat dog                   | The cat chased the dog      | true
      +cat -dog                 | The cat chased the dog      | false
      +cat -dog                 | The cat sat on the mat      | true
      "cat sat"                 | The cat sat on the mat      | true
      "sat cat"                 | The cat sat on the mat      | false
      -dog                      | The cat sat on the mat      | false
      protection sociale        | La protection sociale       | true
      election                  | Une élection européenne     | true
      élections                 | The election was held       | true
      +sociales +politiques     | Les politiques sociales     | true
      +sociales -politiques     | Les politiques sociales     | false
      """)
  void operators(String text, String document, boolean matches) throws SQLException {
    String language = document.startsWith("The") ? "en" : "fr";
    TsQueries query = TsQueries.parse(text, List.of(schema + ".en", schema + ".fr", schema + ".es", schema + ".std"));
    try (PreparedStatement statement = admin.prepareStatement("SELECT coalesce(to_tsvector(?::regconfig, ?) @@ ("
        + query.sql() + "), false)")) {
      statement.setString(1, schema + "." + language);
      statement.setString(2, document);
      for (int i = 0; i < query.parameters().size(); i++) {
        statement.setString(3 + i, query.parameters().get(i));
      }
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        assertEquals(matches, rs.getBoolean(1));
      }
    }
  }

  @Test
  @DisplayName("shows an anonymous visitor nothing of a word found only in private communities")
  void privateWordsStayPrivate() {
    Audience anonymous = world.audiences().stream().filter(a -> a.memberships().isEmpty()).findFirst().orElseThrow();
    Document secret = documents.values().stream()
        .filter(d -> !oracle.allowed(anonymous, d))
        .filter(d -> d.title().split("\\s+").length > 0)
        .findFirst().orElseThrow();
    String word = Stream.of(secret.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
        .filter(w -> w.length() > 6).findFirst().orElse(null);
    if (word == null) {
      return;
    }
    Result result = postgres.query(anonymous, new BenchQuery(0, QueryClass.TERM, word, Optional.empty(),
        world.taxonomy().schemes().get(0).id(), ALL));
    assertFalse(result.hits().contains(secret.id()), word);
    result.hits().forEach(id -> assertTrue(oracle.allowed(anonymous, documents.get(id))));
  }

  private Instant created(ItemId id) {
    return documents.get(id).created();
  }
}
