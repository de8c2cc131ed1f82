package dev.convene.benchmarks.pgfts;

import dev.convene.benchmarks.corpus.Audience;
import dev.convene.benchmarks.corpus.World;
import dev.convene.benchmarks.engine.Page;
import dev.convene.benchmarks.engine.Result;
import dev.convene.benchmarks.engine.SearchEngineUnderTest;
import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.taxonomy.Taxonomy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The search a portal developer would build instead of Convene's: PostgreSQL full-text search over
 * the tables of {@link FtsSchema}. A query is two statements on one connection:
 *
 * <ol>
 *   <li>the page: the items whose {@code tsvector} matches the {@link TsQueries translated} text (in
 *       every language's configuration), under the privacy filter, ranked by {@code ts_rank}, or the
 *       newest first for a browse, {@code LIMIT 20};
 *   <li>the counts: the same filter materialised once, then the total, the scheme's concepts {@code
 *       GROUP BY} concept over the unnested concept arrays, and the types {@code GROUP BY} type.
 * </ol>
 *
 * <p>The privacy filter is the one every engine applies: {@code state = 'PUBLISHED' AND (community =
 * ANY(:memberOf) OR (declared_public AND privacy <> 'PRIVATE'))}, the privacy read from the joined
 * communities table. A drill-down is {@code concepts @> ARRAY[:concept]}, since each item carries its
 * concepts' broader concepts.
 *
 * <p>The engine runs only when named ({@code --engines=postgres-fts} or {@code all}), as it needs a
 * server: {@value #URL_PROPERTY} names it, by default the local {@code test} database as {@code
 * postgres}. It works in the schema {@value #SCHEMA}, or one it is given, which it drops and creates again on {@link
 * #open}, and drops on {@link #close}. Its connection sets {@code work_mem}
 * to {@value #WORK_MEM}, enough to count a million hits' concepts in memory; the server's other
 * settings are its own and reported in {@link #details}.
 */
public final class PostgresFtsEngine implements SearchEngineUnderTest {
  /** The name this engine reports and is selected by. */
  public static final String NAME = "postgres-fts";
  /** The system property naming the JDBC URL of the server, with its user. */
  public static final String URL_PROPERTY = "bench.pg.url";
  /** The JDBC URL used when {@value #URL_PROPERTY} is not set. */
  public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  /** The schema the engine works in unless given another. */
  public static final String SCHEMA = "convene_bench_fts";
  private static final String WORK_MEM = "64MB";
  private static final int BATCH = 1_000;
  private static final int COMMIT_EVERY = 20_000;
  private static final Comparator<Result.FacetValue> LARGEST_FIRST =
      Comparator.comparingLong(Result.FacetValue::count).reversed().thenComparing(Result.FacetValue::key);

  private final String schemaName;
  private @Nullable Connection connection;
  private @Nullable FtsSchema schema;
  private @Nullable Taxonomy taxonomy;
  private final Map<CommunityId, Integer> ordinals = new HashMap<>();
  private final Map<String, String> details = new LinkedHashMap<>();

  /** An engine to {@link #open} next, in the schema {@value #SCHEMA}; it connects only then. */
  public PostgresFtsEngine() {
    this(SCHEMA);
  }

  /**
   * An engine to {@link #open} next, in the schema {@code schema}, which it drops and creates again.
   *
   * @throws IllegalArgumentException unless the name is lower-case letters, digits and {@code _}
   */
  public PostgresFtsEngine(String schema) {
    FtsSchema.checkName(schema);
    this.schemaName = schema;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean optIn() {
    return true;
  }

  /** Not concurrent: the engine queries through one connection. */
  @Override
  public boolean concurrent() {
    return false;
  }

  /** The server's JDBC URL: the system property {@value #URL_PROPERTY}, or {@link #DEFAULT_URL}. */
  public static String url() {
    return System.getProperty(URL_PROPERTY, DEFAULT_URL);
  }

  @Override
  public void open(World world, Path directory) {
    taxonomy = world.taxonomy();
    ordinals.clear();
    world.communities().forEach(c -> ordinals.put(c.id(), ordinals.size()));
    Properties properties = new Properties();
    properties.setProperty("reWriteBatchedInserts", "true");
    properties.setProperty("ApplicationName", "convene-benchmarks");
    try {
      Connection open = DriverManager.getConnection(url(), properties);
      connection = open;
      open.setAutoCommit(false);
      FtsSchema tables = new FtsSchema(schemaName, world.taxonomy());
      tables.create(open, world);
      open.commit();
      schema = tables;
      try (Statement statement = open.createStatement()) {
        statement.execute("SET work_mem = '" + WORK_MEM + "'");
      }
      open.commit();
      details.put("server", open.getMetaData().getDatabaseProductName() + " "
          + open.getMetaData().getDatabaseProductVersion());
      for (String setting : List.of("shared_buffers", "work_mem", "jit", "max_parallel_workers_per_gather")) {
        details.put(setting, show(open, setting));
      }
      details.put("accents", tables.unaccent() ? "folded by unaccent, before stemming" : "kept: no unaccent");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare PostgreSQL full-text search at " + url() + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public void index(Stream<? extends Item> items) {
    Connection open = require(connection);
    FtsSchema tables = require(schema);
    try (PreparedStatement insert = open.prepareStatement(tables.insertItem())) {
      long count = 0;
      for (Iterator<? extends Item> it = items.iterator(); it.hasNext(); ) {
        Item item = it.next();
        tables.bind(insert, item, ordinals.get(item.community()));
        insert.addBatch();
        if (++count % BATCH == 0) {
          insert.executeBatch();
        }
        if (count % COMMIT_EVERY == 0) {
          open.commit();
        }
      }
      insert.executeBatch();
      open.commit();
      tables.index(open);
      open.commit();
    } catch (SQLException e) {
      rollbackQuietly(open, e);
      throw new IllegalStateException("Loading PostgreSQL failed: " + e.getMessage(), e);
    }
  }

  /**
   * Runs the query. The page is the ids alone whatever {@code shown} asks: this engine measures what
   * PostgreSQL's full-text search costs for the hits and the counts, and builds no snippets.
   */
  @Override
  public Result query(Audience audience, BenchQuery query, Page shown) {
    Connection open = require(connection);
    FtsSchema tables = require(schema);
    @Nullable TsQueries text = query.text().isEmpty() ? null : TsQueries.parse(query.text(), tables.configurations());
    Integer[] memberOf = audience.activeCommunities().stream().map(ordinals::get).toArray(Integer[]::new);
    String with = text == null ? "WITH " : "WITH q AS (SELECT " + text.sql() + " AS q), ";
    String page = with + "page AS (SELECT i.id" + (text == null ? ", i.created" : ", ts_rank(i.tsv, q.q) AS rank")
        + filter(tables, text, query) + ") SELECT id FROM page"
        + (text == null ? " ORDER BY created DESC, id" : " ORDER BY rank DESC, id") + " LIMIT " + query.top();
    String counts = with + "hits AS MATERIALIZED (SELECT i.concepts, i.item_type" + filter(tables, text, query) + ") "
        + "SELECT 0 AS part, NULL AS key, count(*) AS n FROM hits "
        + "UNION ALL (SELECT 1, t.concept, count(*) FROM hits CROSS JOIN LATERAL unnest(hits.concepts) AS t(concept) "
        + "JOIN " + tables.table("concepts") + " k ON k.id = t.concept WHERE k.scheme = ? "
        + "GROUP BY t.concept ORDER BY count(*) DESC, t.concept COLLATE \"C\" LIMIT " + BenchQuery.FACET_VALUES + ") "
        + "UNION ALL (SELECT 2, item_type, count(*) FROM hits WHERE item_type IS NOT NULL "
        + "GROUP BY item_type ORDER BY count(*) DESC, item_type COLLATE \"C\" LIMIT " + BenchQuery.FACET_VALUES + ")";
    try {
      List<ItemId> hits = new ArrayList<>(query.top());
      try (PreparedStatement statement = open.prepareStatement(page)) {
        bind(statement, text, memberOf, query);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            hits.add(ItemId.of(rs.getString(1)));
          }
        }
      }
      long total = 0;
      List<Result.FacetValue> concepts = new ArrayList<>();
      List<Result.FacetValue> types = new ArrayList<>();
      try (PreparedStatement statement = open.prepareStatement(counts)) {
        statement.setString(bind(statement, text, memberOf, query), query.facetScheme().value());
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            String key = rs.getString(2);
            switch (rs.getInt(1)) {
              case 0 -> total = rs.getLong(3);
              case 1 -> concepts.add(new Result.FacetValue(key, require(taxonomy).label(ConceptId.of(key),
                  Locale.ENGLISH).orElse(key), rs.getLong(3)));
              default -> types.add(new Result.FacetValue(key, key, rs.getLong(3)));
            }
          }
        }
      }
      // the parts of a UNION ALL come in their order, but nothing in SQL promises it
      concepts.sort(LARGEST_FIRST);
      types.sort(LARGEST_FIRST);
      return new Result(total, hits, List.of(new Result.Facet(query.facetScheme().value(), concepts),
          new Result.Facet(BenchQuery.TYPE_FACET, types)));
    } catch (SQLException e) {
      throw new IllegalStateException("The query " + query + " failed: " + e.getMessage(), e);
    } finally {
      commitQuietly(open);
    }
  }

  /** The {@code FROM} and {@code WHERE} clauses both statements share: the text, the privacy filter, the concept. */
  private static String filter(FtsSchema tables, @Nullable TsQueries text, BenchQuery query) {
    return " FROM " + tables.table("items") + " i JOIN " + tables.table("communities") + " c ON c.ordinal = i.community"
        + (text == null ? "" : " CROSS JOIN q")
        + " WHERE i.state = 'PUBLISHED' AND (i.community = ANY(?) OR (i.declared_public AND c.privacy <> 'PRIVATE'))"
        + (text == null ? "" : " AND i.tsv @@ q.q")
        + (query.concept().isEmpty() ? "" : " AND i.concepts @> ?");
  }

  /** Binds the parameters of {@link #filter} and returns the index of the next one. */
  private static int bind(PreparedStatement statement, @Nullable TsQueries text, Integer[] memberOf,
      BenchQuery query) throws SQLException {
    int next = 1;
    if (text != null) {
      for (String parameter : text.parameters()) {
        statement.setString(next++, parameter);
      }
    }
    statement.setArray(next++, statement.getConnection().createArrayOf("integer", memberOf));
    if (query.concept().isPresent()) {
      statement.setArray(next++, statement.getConnection().createArrayOf("text",
          new String[] {query.concept().get().value()}));
    }
    return next;
  }

  @Override
  public long indexSizeBytes() {
    try {
      return require(schema).sizeBytes(require(connection));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the table's size: " + e.getMessage(), e);
    } finally {
      commitQuietly(require(connection));
    }
  }

  @Override
  public Map<String, String> details() {
    return Map.copyOf(details);
  }

  /** Drops the schema, which holds gigabytes at a million documents in a database shared with others. */
  @Override
  public void close() {
    if (connection == null) {
      return;
    }
    try (Connection open = connection; Statement statement = open.createStatement()) {
      open.rollback();
      statement.execute("DROP SCHEMA IF EXISTS " + schemaName + " CASCADE");
      open.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop the schema " + schemaName + ": " + e.getMessage(), e);
    } finally {
      connection = null;
    }
  }

  private static String show(Connection connection, String setting) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SHOW " + setting)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void commitQuietly(Connection connection) {
    try {
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot end the read transaction: " + e.getMessage(), e);
    }
  }

  private static void rollbackQuietly(Connection connection, SQLException cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static <T> T require(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("open the engine and index before querying");
    }
    return value;
  }
}
