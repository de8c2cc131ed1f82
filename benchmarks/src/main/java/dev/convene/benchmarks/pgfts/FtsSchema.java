package dev.convene.benchmarks.pgfts;

import dev.convene.benchmarks.corpus.World;
import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.Visibility;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables a portal developer would give PostgreSQL's full-text search, in a schema of their own:
 *
 * <ul>
 *   <li>{@code items}: one row per item with its community (as a small number), whether it is
 *       declared {@code PUBLIC}, its review state, its creation time, its item type, its concepts
 *       with every broader concept ({@code text[]}, for drill-downs and facets) and one {@code
 *       tsvector}: the title at weight A and the summary and body after it, analysed by the text
 *       search configuration of the item's language;
 *   <li>{@code communities}: each community's privacy, joined at query time, so that a privacy change
 *       rewrites no item;
 *   <li>{@code concepts}: each concept's scheme, to count one scheme's concepts.
 * </ul>
 *
 * <p>The text search configurations are copies of PostgreSQL's English, French, Spanish and simple
 * ones with the {@code unaccent} dictionary before the stemmer, where the extension can be created,
 * which folds accents as the Lucene engines do (they fold after stemming). Indexes are built after
 * the load, as a bulk import would: GIN on the {@code tsvector} and on the concepts, a B-tree on the
 * creation time.
 */
final class FtsSchema {
  /** The analysed languages and the configuration each copies; every other language uses {@code std}. */
  private static final Map<String, String> CONFIGURATIONS = Map.of("en", "english", "fr", "french", "es", "spanish",
      "std", "simple");
  private static final List<String> SUFFIXES = List.of("en", "fr", "es", "std");

  private final String schema;
  private final Map<ConceptId, List<String>> selfAndAncestors = new HashMap<>();
  private boolean unaccent;

  FtsSchema(String schema, Taxonomy taxonomy) {
    this.schema = checkName(schema);
    for (Concept concept : taxonomy.concepts()) {
      Set<String> closure = new LinkedHashSet<>();
      closure.add(concept.id().value());
      taxonomy.ancestors(concept.id()).forEach(a -> closure.add(a.id().value()));
      selfAndAncestors.put(concept.id(), List.copyOf(closure));
    }
  }

  /** Returns {@code schema} if it is a plain lower-case SQL name, which is written into statements as it is. */
  static String checkName(String schema) {
    if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("A schema name of lower-case letters, digits and _ please: " + schema);
    }
    return schema;
  }

  /** The schema-qualified name of {@code table}. */
  String table(String table) {
    return schema + "." + table;
  }

  /** The schema-qualified text search configurations, one per analysed language and {@code std}. */
  List<String> configurations() {
    return SUFFIXES.stream().map(s -> schema + "." + s).toList();
  }

  /** Whether the configurations fold accents with {@code unaccent}. */
  boolean unaccent() {
    return unaccent;
  }

  /** Drops the schema if it is there and creates it afresh, with the world's communities and concepts. */
  void create(Connection connection, World world) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
      Optional<String> dictionary = unaccentDictionary(connection);
      unaccent = dictionary.isPresent();
      for (String suffix : SUFFIXES) {
        String base = CONFIGURATIONS.get(suffix);
        statement.execute("CREATE TEXT SEARCH CONFIGURATION " + schema + "." + suffix + " (COPY = pg_catalog." + base
            + ")");
        if (dictionary.isPresent()) {
          String stemmer = suffix.equals("std") ? "simple" : base + "_stem";
          statement.execute("ALTER TEXT SEARCH CONFIGURATION " + schema + "." + suffix
              + " ALTER MAPPING FOR hword, hword_part, word WITH " + dictionary.get() + ", " + stemmer);
        }
      }
      statement.execute("CREATE TABLE " + table("communities")
          + " (ordinal integer PRIMARY KEY, id text NOT NULL UNIQUE, privacy text NOT NULL)");
      statement.execute("CREATE TABLE " + table("concepts") + " (id text PRIMARY KEY, scheme text NOT NULL)");
      statement.execute("CREATE TABLE " + table("items") + " (id text NOT NULL, community integer NOT NULL, "
          + "declared_public boolean NOT NULL, state text NOT NULL, created timestamptz NOT NULL, item_type text, "
          + "concepts text[] NOT NULL, tsv tsvector NOT NULL)");
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table("communities")
        + " VALUES (?, ?, ?)")) {
      List<Community> communities = world.communities();
      for (int ordinal = 0; ordinal < communities.size(); ordinal++) {
        insert.setInt(1, ordinal);
        insert.setString(2, communities.get(ordinal).id().value());
        // no working groups in this world, so a community's own privacy is its effective privacy
        insert.setString(3, communities.get(ordinal).privacy().name());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table("concepts")
        + " VALUES (?, ?)")) {
      for (Concept concept : world.taxonomy().concepts()) {
        insert.setString(1, concept.id().value());
        insert.setString(2, concept.scheme().value());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The insert statement that {@link #bind} fills. */
  String insertItem() {
    return "INSERT INTO " + table("items") + " VALUES (?, ?, ?, ?, ?, ?, ?, "
        + "setweight(to_tsvector(?::regconfig, ?), 'A') || to_tsvector(?::regconfig, ?))";
  }

  /** Binds {@code item} to the {@link #insertItem} statement. */
  void bind(PreparedStatement insert, Item item, int communityOrdinal) throws SQLException {
    String configuration = configuration(item.language());
    Set<String> concepts = new LinkedHashSet<>();
    item.concepts().forEach(c -> concepts.addAll(selfAndAncestors.getOrDefault(c, List.of())));
    insert.setString(1, item.id().value());
    insert.setInt(2, communityOrdinal);
    insert.setBoolean(3, item.visibility() == Visibility.PUBLIC);
    insert.setString(4, item.reviewState().name());
    insert.setObject(5, OffsetDateTime.ofInstant(item.created(), ZoneOffset.UTC));
    insert.setString(6, item.type().name().toLowerCase(Locale.ROOT));
    insert.setArray(7, insert.getConnection().createArrayOf("text", concepts.toArray()));
    insert.setString(8, configuration);
    insert.setString(9, item.title());
    insert.setString(10, configuration);
    insert.setString(11, item instanceof Document d ? d.summary() + "\n" + d.body() : "");
  }

  /** Builds the indexes and statistics, after the load. */
  void index(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET maintenance_work_mem = '256MB'");
      statement.execute("ALTER TABLE " + table("items") + " ADD PRIMARY KEY (id)");
      statement.execute("CREATE INDEX items_tsv ON " + table("items") + " USING gin (tsv)");
      statement.execute("CREATE INDEX items_concepts ON " + table("items") + " USING gin (concepts)");
      statement.execute("CREATE INDEX items_created ON " + table("items") + " (created DESC)");
      statement.execute("RESET maintenance_work_mem");
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      statement.execute("VACUUM ANALYZE " + table("items"));
      statement.execute("ANALYZE " + table("communities"));
      statement.execute("ANALYZE " + table("concepts"));
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** The bytes the items table and its indexes take. */
  long sizeBytes(Connection connection) throws SQLException {
    try (PreparedStatement size = connection.prepareStatement("SELECT pg_total_relation_size(?::regclass)")) {
      size.setString(1, table("items"));
      try (ResultSet rs = size.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private String configuration(Locale language) {
    String tag = language.getLanguage();
    return schema + "." + (CONFIGURATIONS.containsKey(tag) ? tag : "std");
  }

  /**
   * The schema-qualified {@code unaccent} dictionary, creating the extension if it is not there and
   * the server lets us; empty if it cannot be had.
   */
  private static Optional<String> unaccentDictionary(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SAVEPOINT unaccent");
      try {
        statement.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
        statement.execute("RELEASE SAVEPOINT unaccent");
      } catch (SQLException e) {
        statement.execute("ROLLBACK TO SAVEPOINT unaccent");
        return Optional.empty();
      }
      try (ResultSet rs = statement.executeQuery("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n "
          + "ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'")) {
        return rs.next() ? Optional.of(rs.getString(1) + ".unaccent") : Optional.empty();
      }
    }
  }
}
