package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.storage.ChangeKind;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.CommunityStore;
import dev.convene.storage.EntityKind;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.ParentFilter;
import dev.convene.storage.internal.Args;
import dev.convene.storage.internal.Cursors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The communities of a JDBC store: a JSON body with columns to filter on; listings go by slug. */
final class JdbcCommunities implements CommunityStore {
  private static final String LISTING = "communities";
  private static final String SLUG_KEY = "convene_community_slug_key";

  private final JdbcTransaction tx;
  private final Tables t;

  JdbcCommunities(JdbcTransaction tx) {
    this.tx = tx;
    this.t = tx.tables();
  }

  @Override
  public Optional<Community> get(CommunityId id) {
    Checks.required(id, "id");
    return tx.read(() -> tx.sql().one("SELECT body, version FROM " + t.community() + " WHERE id = ?",
        JdbcCommunities::community, id));
  }

  @Override
  public Optional<Community> bySlug(String slug) {
    Checks.required(slug, "slug");
    return tx.read(() -> tx.sql().one("SELECT body, version FROM " + t.community() + " WHERE slug = ?",
        JdbcCommunities::community, slug));
  }

  @Override
  public Community insert(Community community) {
    Checks.required(community, "community");
    Args.newVersion(community.version(), "version");
    return slugTaken(community, () -> tx.write(() -> {
      if (tx.sql().exists("SELECT 1 FROM " + t.community() + " WHERE id = ?", community.id())) {
        throw new ConflictException("duplicate-id", Map.of("kind", "community", "id", community.id().value()),
            "community " + community.id() + " already exists");
      }
      requireFreeSlug(community);
      requireParent(community);
      Community stored = community.withVersion(1);
      tx.sql().update("INSERT INTO " + t.community()
          + " (slug, parent_id, purpose, privacy, state, body, version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          columns(stored));
      writeConcepts(stored);
      tx.logChange(EntityKind.COMMUNITY, stored.id().value(), Optional.of(stored.id()), ChangeKind.CREATED);
      return stored;
    }));
  }

  @Override
  public Community update(Community community) {
    Checks.required(community, "community");
    Args.storedVersion(community.version(), "version");
    String what = "community " + community.id();
    return slugTaken(community, () -> tx.write(() -> {
      long stored = version(community.id()).orElseThrow(() -> Stores.notFound(what));
      Stores.checkVersion(what, stored, community.version());
      requireFreeSlug(community);
      requireParent(community);
      Community next = community.withVersion(stored + 1);
      Stores.changedOne(tx.sql().update("UPDATE " + t.community() + " SET slug = ?, parent_id = ?, purpose = ?,"
          + " privacy = ?, state = ?, body = ?, version = ? WHERE id = ? AND version = ?", columns(next, stored)), what);
      tx.sql().update("DELETE FROM " + t.communityConcept() + " WHERE community_id = ?", next.id());
      writeConcepts(next);
      tx.logChange(EntityKind.COMMUNITY, next.id().value(), Optional.of(next.id()), ChangeKind.UPDATED);
      return next;
    }));
  }

  /**
   * Writes the row without changing it: under snapshot isolation, a row written by a transaction
   * that committed after this one began cannot be written here (a serialization conflict), and a
   * concurrent update of it waits for this transaction and then fails the same way.
   */
  @Override
  public void claim(CommunityId id, long expectedVersion) {
    Checks.required(id, "id");
    Args.storedVersion(expectedVersion, "expectedVersion");
    String what = "community " + id;
    tx.write(() -> {
      if (tx.sql().update("UPDATE " + t.community() + " SET version = version WHERE id = ? AND version = ?", id,
          expectedVersion) == 0) {
        long stored = version(id).orElseThrow(() -> Stores.notFound(what));
        Stores.checkVersion(what, stored, expectedVersion);
      }
      return null;
    });
  }

  @Override
  public void delete(CommunityId id, long expectedVersion) {
    Checks.required(id, "id");
    Args.storedVersion(expectedVersion, "expectedVersion");
    String what = "community " + id;
    tx.write(() -> {
      long stored = version(id).orElseThrow(() -> Stores.notFound(what));
      Stores.checkVersion(what, stored, expectedVersion);
      refuseIf("SELECT 1 FROM " + t.community() + " WHERE parent_id = ?", id, "working groups");
      refuseIf("SELECT 1 FROM " + t.membership() + " WHERE community_id = ?", id, "memberships");
      refuseIf("SELECT 1 FROM " + t.item() + " WHERE community_id = ?", id, "items");
      // concepts and subscriptions go with it (ON DELETE CASCADE)
      Stores.changedOne(tx.sql().update("DELETE FROM " + t.community() + " WHERE id = ? AND version = ?", id, stored),
          what);
      tx.logChange(EntityKind.COMMUNITY, id.value(), Optional.of(id), ChangeKind.DELETED);
      return null;
    });
  }

  @Override
  public Page<Community> list(CommunityQuery query, PageRequest page) {
    Checks.required(query, "query");
    Checks.required(page, "page");
    Optional<String> after = page.after().map(c -> Cursors.decode(c, LISTING, 1, key -> key.get(0)));
    Filter filter = new Filter().in("purpose", query.purposes()).in("privacy", query.privacies());
    query.state().ifPresent(state -> filter.where("state = ?", state));
    switch (query.parent()) {
      case ParentFilter.Any any -> { }
      case ParentFilter.TopLevel top -> filter.where("parent_id IS NULL");
      case ParentFilter.WorkingGroupsOf of -> filter.where("parent_id = ?", of.parent());
    }
    query.concept().ifPresent(concept -> filter.where("EXISTS (SELECT 1 FROM " + t.communityConcept()
        + " cc WHERE cc.community_id = c.id AND cc.concept_id = ?)", concept));
    after.ifPresent(slug -> filter.where("slug > ?", slug));
    return tx.read(() -> Stores.page(
        tx.sql().list("SELECT body, version FROM " + t.community() + " c" + filter.sql() + " ORDER BY slug LIMIT ?",
            JdbcCommunities::community, filter.params(page.limit() + 1)),
        page.limit(), community -> Cursors.encode(LISTING, community.slug())));
  }

  @Override
  public List<Community> workingGroups(CommunityId parent) {
    Checks.required(parent, "parent");
    return tx.read(() -> tx.sql().list("SELECT body, version FROM " + t.community() + " WHERE parent_id = ?"
        + " ORDER BY slug", JdbcCommunities::community, parent));
  }

  private static Community community(ResultSet row) throws SQLException {
    return CommunityCodec.decode(row.getString("body"), row.getLong("version"));
  }

  private Optional<Long> version(CommunityId id) throws SQLException {
    return tx.sql().one("SELECT version FROM " + t.community() + " WHERE id = ?", row -> row.getLong(1), id);
  }

  /** The column values of {@code c}, its id last, then {@code more}. */
  private static Object[] columns(Community c, Object... more) {
    return Sql.concat(new Object[] {c.slug(), Sql.text(c.parent()), c.purpose(), c.privacy(), c.state(),
        CommunityCodec.encode(c), c.version(), c.id()}, more);
  }

  private void writeConcepts(Community c) throws SQLException {
    tx.sql().batch("INSERT INTO " + t.communityConcept() + " (community_id, concept_id) VALUES (?, ?)",
        Values.sorted(c.concepts()).stream().map(concept -> new Object[] {c.id(), concept}).toList());
  }

  private void requireFreeSlug(Community c) throws SQLException {
    if (tx.sql().exists("SELECT 1 FROM " + t.community() + " WHERE slug = ? AND id <> ?", c.slug(), c.id())) {
      throw slugConflict(c, null);
    }
  }

  private void requireParent(Community c) throws SQLException {
    if (c.parent().isPresent()) {
      Stores.requireCommunity(tx.sql(), t, c.parent().get());
    }
  }

  private void refuseIf(String exists, CommunityId id, String dependents) throws SQLException {
    if (tx.sql().exists(exists, id)) {
      throw new ConflictException("has-dependents", Map.of("dependents", dependents.replace(' ', '-')),
          "community " + id + " still has " + dependents + "; delete them first");
    }
  }

  /** Runs a write, saying which slug was taken when a concurrent transaction took it first. */
  private static Community slugTaken(Community c, Supplier<Community> write) {
    try {
      return write.get();
    } catch (UniqueViolation e) {
      throw e.is(SLUG_KEY) ? slugConflict(c, e) : e;
    }
  }

  private static ConflictException slugConflict(Community c, @Nullable Throwable cause) {
    String message = "the slug \"" + c.slug() + "\" is taken by another community";
    return new ConflictException("duplicate-slug", Map.of("slug", c.slug()), message, cause);
  }
}
