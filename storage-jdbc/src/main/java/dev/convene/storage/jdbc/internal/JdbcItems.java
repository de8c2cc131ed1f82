package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import dev.convene.storage.ChangeKind;
import dev.convene.storage.EntityKind;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.ItemStore;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.internal.Args;
import dev.convene.storage.internal.Cursors;
import dev.convene.storage.internal.People;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The items of a JDBC store: a JSON body (replies included) with columns to filter and sort on, and
 * their concepts in a table of their own for {@link #byConcept}. Listings are newest first, by
 * creation time to the millisecond, then by id.
 */
final class JdbcItems implements ItemStore {
  private static final String LISTING = "items";
  private static final String INVOLVING = "items-involving";
  private static final int SCAN_BATCH = 500;
  /** Characters that JSON writers leave as they are, and LIKE takes literally but for the escaped "_". */
  private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._@:+~-]+");

  private final JdbcTransaction tx;
  private final Tables t;

  JdbcItems(JdbcTransaction tx) {
    this.tx = tx;
    this.t = tx.tables();
  }

  /** A row's place in the listings, as its cursor holds it. */
  private record Newest(Instant created, ItemId id) {
    /**
     * Keeps the rows after this one, newest first. Spelled out rather than as the row value {@code
     * (created_at, id) < (?, ?)}, which H2 does not turn into a range of the (created_at, id) indexes.
     * The first condition is the range the indexes serve.
     */
    void before(Filter filter) {
      filter.where("i.created_at <= ? AND (i.created_at < ? OR i.id < ?)", created, created, id);
    }
  }

  /** What an update needs to know of the stored row. */
  private record Stored(String community, String type, long version) {}

  @Override
  public Optional<Item> get(ItemId id) {
    Checks.required(id, "id");
    return tx.read(() -> tx.sql().one("SELECT body, version FROM " + t.item() + " WHERE id = ?", JdbcItems::item, id));
  }

  @Override
  public Item insert(Item item) {
    Checks.required(item, "item");
    Args.newVersion(item.version(), "version");
    return tx.write(() -> {
      Stores.requireCommunity(tx.sql(), t, item.community());
      if (tx.sql().exists("SELECT 1 FROM " + t.item() + " WHERE id = ?", item.id())) {
        throw new ConflictException("duplicate-id", Map.of("kind", "item", "id", item.id().value()),
            "item " + item.id() + " already exists");
      }
      Item stored = withVersion(item, 1);
      tx.sql().update("INSERT INTO " + t.item() + " (community_id, type, review_state, created_at, body, version, id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)", columns(stored));
      writeConcepts(stored);
      tx.logChange(EntityKind.ITEM, stored.id().value(), Optional.of(stored.community()), ChangeKind.CREATED);
      return stored;
    });
  }

  @Override
  public Item update(Item item) {
    Checks.required(item, "item");
    Args.storedVersion(item.version(), "version");
    String what = "item " + item.id();
    return tx.write(() -> {
      Stored stored = tx.sql().one("SELECT community_id, type, version FROM " + t.item() + " WHERE id = ?",
          row -> new Stored(row.getString(1), row.getString(2), row.getLong(3)), item.id())
          .orElseThrow(() -> Stores.notFound(what));
      Stores.checkVersion(what, stored.version(), item.version());
      Checks.check(item.community().value().equals(stored.community()), "community", "immutable",
          "an item stays in community %s", stored.community());
      Checks.check(item.type().name().equals(stored.type()), "type", "immutable", "an item stays a %s", stored.type());
      Item next = withVersion(item, stored.version() + 1);
      Stores.changedOne(tx.sql().update("UPDATE " + t.item() + " SET community_id = ?, type = ?, review_state = ?,"
          + " created_at = ?, body = ?, version = ? WHERE id = ? AND version = ?",
          Sql.concat(columns(next), stored.version())), what);
      tx.sql().update("DELETE FROM " + t.itemConcept() + " WHERE item_id = ?", next.id());
      writeConcepts(next);
      tx.logChange(EntityKind.ITEM, next.id().value(), Optional.of(next.community()), ChangeKind.UPDATED);
      return next;
    });
  }

  @Override
  public void delete(ItemId id, long expectedVersion) {
    Checks.required(id, "id");
    Args.storedVersion(expectedVersion, "expectedVersion");
    String what = "item " + id;
    tx.write(() -> {
      Stored stored = tx.sql().one("SELECT community_id, type, version FROM " + t.item() + " WHERE id = ?",
          row -> new Stored(row.getString(1), row.getString(2), row.getLong(3)), id)
          .orElseThrow(() -> Stores.notFound(what));
      Stores.checkVersion(what, stored.version(), expectedVersion);
      // its concepts go with it (ON DELETE CASCADE)
      Stores.changedOne(tx.sql().update("DELETE FROM " + t.item() + " WHERE id = ? AND version = ?", id,
          stored.version()), what);
      tx.logChange(EntityKind.ITEM, id.value(), Optional.of(CommunityId.of(stored.community())),
          ChangeKind.DELETED);
      return null;
    });
  }

  @Override
  public Page<Item> list(ItemQuery query, PageRequest page) {
    Checks.required(query, "query");
    Checks.required(page, "page");
    Filter filter = new Filter();
    query.community().ifPresent(community -> filter.where("i.community_id = ?", community));
    filter.in("i.type", query.types()).in("i.review_state", query.reviewStates());
    // Naming the one community first in the order changes nothing in it, but it is what lets H2 read
    // the page straight off the (community_id, created_at, id) index instead of sorting the whole
    // community for each page.
    return newestFirst("", filter, query.community().isPresent() ? "i.community_id, " : "", page);
  }

  @Override
  public Page<Item> byConcept(ConceptId concept, PageRequest page) {
    Checks.required(concept, "concept");
    Checks.required(page, "page");
    return newestFirst(" JOIN " + t.itemConcept() + " ic ON ic.item_id = i.id",
        new Filter().where("ic.concept_id = ?", concept), "", page);
  }

  /**
   * {@inheritDoc}
   *
   * <p>No column holds who wrote an item or its replies: they are in the JSON body. The database
   * narrows the rows down to the bodies holding the user's id as a JSON string, when the id has only
   * characters no JSON writer escapes; the exact test runs on each item read, in batches, until the
   * page is full. The work grows with the items of the store, which suits what this serves: a
   * person's export or erasure, rare and run by an operator.
   */
  @Override
  public Page<Item> involving(UserId user, PageRequest page) {
    Checks.required(user, "user");
    Checks.required(page, "page");
    Optional<Newest> from = page.after().map(c -> Cursors.decode(c, INVOLVING, 2,
        key -> new Newest(Instant.parse(key.get(0)), ItemId.of(key.get(1)))));
    List<Item> found = new ArrayList<>();
    while (found.size() <= page.limit()) {
      Filter filter = new Filter();
      jsonString(user).ifPresent(pattern -> filter.where("i.body LIKE ? ESCAPE '!'", pattern));
      from.ifPresent(key -> key.before(filter));
      List<Item> batch = tx.read(() -> tx.sql().list("SELECT i.body, i.version FROM " + t.item() + " i" + filter.sql()
          + " ORDER BY i.created_at DESC, i.id DESC LIMIT ?", JdbcItems::item, filter.params(SCAN_BATCH)));
      batch.stream().filter(item -> People.involves(item, user)).forEach(found::add);
      if (batch.size() < SCAN_BATCH) {
        break;
      }
      Item last = batch.get(batch.size() - 1);
      from = Optional.of(new Newest(Times.stored(last.created()), last.id()));
    }
    return Stores.page(found.subList(0, Math.min(found.size(), page.limit() + 1)), page.limit(),
        item -> Cursors.encode(INVOLVING, Times.stored(item.created()).toString(), item.id().value()));
  }

  /** The LIKE pattern of a body holding {@code user}'s id as a JSON string, if the id needs no JSON escape. */
  private static Optional<String> jsonString(UserId user) {
    String id = user.value();
    if (!PLAIN_ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return Optional.of("%\"" + id.replace("_", "!_") + "\"%");
  }

  private Page<Item> newestFirst(String join, Filter filter, String orderFirst, PageRequest page) {
    Optional<Newest> after = page.after().map(c -> Cursors.decode(c, LISTING, 2,
        key -> new Newest(Instant.parse(key.get(0)), ItemId.of(key.get(1)))));
    after.ifPresent(key -> key.before(filter));
    return tx.read(() -> Stores.page(
        tx.sql().list("SELECT i.body, i.version FROM " + t.item() + " i" + join + filter.sql()
            + " ORDER BY " + orderFirst + "i.created_at DESC, i.id DESC LIMIT ?", JdbcItems::item,
            filter.params(page.limit() + 1)),
        page.limit(), item -> Cursors.encode(LISTING, Times.stored(item.created()).toString(), item.id().value())));
  }

  private static Item item(ResultSet row) throws SQLException {
    return ItemCodec.decode(row.getString("body"), row.getLong("version"));
  }

  private static Item withVersion(Item item, long version) {
    return item.withHeader(item.header().withVersion(version));
  }

  /** The values of the columns, the id last. */
  private static Object[] columns(Item item) {
    return new Object[] {item.community(), item.type(), item.reviewState(), item.created(), ItemCodec.encode(item),
        item.version(), item.id()};
  }

  private void writeConcepts(Item item) throws SQLException {
    tx.sql().batch("INSERT INTO " + t.itemConcept() + " (item_id, concept_id) VALUES (?, ?)",
        Values.sorted(item.concepts()).stream().map(concept -> new Object[] {item.id(), concept}).toList());
  }
}
