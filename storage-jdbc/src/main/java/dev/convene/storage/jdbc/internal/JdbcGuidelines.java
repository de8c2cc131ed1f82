package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.UserId;
import dev.convene.storage.Guidelines;
import dev.convene.storage.GuidelinesAcceptance;
import dev.convene.storage.GuidelinesStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guidelines of a JDBC store, one row per community and version (the text a JSON body of texts
 * by language), and their acceptances, one row per community, user and version.
 *
 * <p>Two transactions that publish the same next version collide on the primary key: the second
 * fails as a conflict. An acceptance refers to its version by a foreign key, so it cannot outlive it.
 */
final class JdbcGuidelines implements GuidelinesStore {
  private static final String COLUMNS = "community_id, version, body, author, published_at";
  private static final String ACCEPTANCE = "community_id, user_id, version, at";

  /** The stored shape of a version's text. */
  record Body(Map<String, String> text) {}

  private final JdbcTransaction tx;
  private final Tables t;

  JdbcGuidelines(JdbcTransaction tx) {
    this.tx = tx;
    this.t = tx.tables();
  }

  @Override
  public Optional<Guidelines> current(CommunityId community) {
    Checks.required(community, "community");
    return tx.read(() -> tx.sql().one("SELECT " + COLUMNS + " FROM " + t.guidelines()
        + " WHERE community_id = ? ORDER BY version DESC LIMIT 1", JdbcGuidelines::guidelines, community));
  }

  @Override
  public Optional<Guidelines> get(CommunityId community, int version) {
    Checks.required(community, "community");
    return tx.read(() -> tx.sql().one("SELECT " + COLUMNS + " FROM " + t.guidelines()
        + " WHERE community_id = ? AND version = ?", JdbcGuidelines::guidelines, community, version));
  }

  @Override
  public List<Guidelines> versions(CommunityId community) {
    Checks.required(community, "community");
    return tx.read(() -> tx.sql().list("SELECT " + COLUMNS + " FROM " + t.guidelines()
        + " WHERE community_id = ? ORDER BY version", JdbcGuidelines::guidelines, community));
  }

  @Override
  public Guidelines publish(Guidelines g) {
    Checks.required(g, "guidelines");
    return tx.write(() -> {
      Stores.requireCommunity(tx.sql(), t, g.community());
      int current = tx.sql().one("SELECT MAX(version) AS v FROM " + t.guidelines() + " WHERE community_id = ?",
          row -> row.getInt("v"), g.community()).orElse(0);
      if (g.version() != current + 1) {
        throw new ConflictException("guidelines-version", Map.of("version", g.version(), "next", current + 1),
            "guidelines of community " + g.community() + " are at version " + current
            + "; the next version is " + (current + 1) + ", not " + g.version());
      }
      // a concurrent publisher of the same version fails here, on the primary key, as a conflict
      tx.sql().update("INSERT INTO " + t.guidelines() + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)", g.community(),
          g.version(), Bodies.write(new Body(Values.texts(g.text()))), g.author(), g.publishedAt());
      return new Guidelines(g.community(), g.version(), g.text(), g.author(), Times.stored(g.publishedAt()));
    });
  }

  @Override
  public GuidelinesAcceptance accept(GuidelinesAcceptance a) {
    Checks.required(a, "acceptance");
    return tx.write(() -> {
      Optional<GuidelinesAcceptance> earlier = tx.sql().one("SELECT " + ACCEPTANCE + " FROM " + t.acceptance()
          + " WHERE community_id = ? AND user_id = ? AND version = ?", JdbcGuidelines::acceptance,
          a.community(), a.user(), a.version());
      if (earlier.isPresent()) {
        return earlier.get();
      }
      if (!tx.sql().exists("SELECT 1 FROM " + t.guidelines() + " WHERE community_id = ? AND version = ?",
          a.community(), a.version())) {
        throw Stores.notFound("guidelines version " + a.version() + " of community " + a.community());
      }
      tx.sql().update("INSERT INTO " + t.acceptance() + " (" + ACCEPTANCE + ") VALUES (?, ?, ?, ?)",
          a.community(), a.user(), a.version(), a.at());
      return new GuidelinesAcceptance(a.community(), a.user(), a.version(), Times.stored(a.at()));
    });
  }

  @Override
  public Optional<GuidelinesAcceptance> latest(CommunityId community, UserId user) {
    Checks.required(community, "community");
    Checks.required(user, "user");
    return tx.read(() -> tx.sql().one("SELECT " + ACCEPTANCE + " FROM " + t.acceptance()
        + " WHERE community_id = ? AND user_id = ? ORDER BY version DESC LIMIT 1", JdbcGuidelines::acceptance,
        community, user));
  }

  @Override
  public List<GuidelinesAcceptance> acceptances(CommunityId community) {
    Checks.required(community, "community");
    return tx.read(() -> tx.sql().list("SELECT " + ACCEPTANCE + " FROM " + t.acceptance()
        + " WHERE community_id = ? ORDER BY user_id, version", JdbcGuidelines::acceptance, community));
  }

  @Override
  public List<GuidelinesAcceptance> forUser(UserId user) {
    Checks.required(user, "user");
    return tx.read(() -> tx.sql().list("SELECT " + ACCEPTANCE + " FROM " + t.acceptance()
        + " WHERE user_id = ? ORDER BY community_id, version", JdbcGuidelines::acceptance, user));
  }

  @Override
  public int deleteForUser(UserId user) {
    Checks.required(user, "user");
    return tx.write(() -> tx.sql().update("DELETE FROM " + t.acceptance() + " WHERE user_id = ?", user));
  }

  private static Guidelines guidelines(ResultSet row) throws SQLException {
    LocalizedText text = Values.texts(Bodies.read(row.getString("body"), Body.class).text());
    return new Guidelines(CommunityId.of(row.getString("community_id")), row.getInt("version"), text,
        UserId.of(row.getString("author")), Times.read(row, "published_at"));
  }

  private static GuidelinesAcceptance acceptance(ResultSet row) throws SQLException {
    return new GuidelinesAcceptance(CommunityId.of(row.getString("community_id")),
        UserId.of(row.getString("user_id")), row.getInt("version"), Times.read(row, "at"));
  }
}
