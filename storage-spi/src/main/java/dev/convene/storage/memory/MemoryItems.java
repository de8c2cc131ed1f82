package dev.convene.storage.memory;

import dev.convene.core.ConflictException;
import dev.convene.core.internal.Checks;
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
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The items of an in-memory store, with an index that keeps them newest first. */
final class MemoryItems extends MemoryStore implements ItemStore {
  private static final String LISTING = "items";

  MemoryItems(MemoryTransaction tx) {
    super(tx);
  }

  @Override
  public Optional<Item> get(ItemId id) {
    Checks.required(id, "id");
    return tx.read(() -> tables.items.get(id));
  }

  @Override
  public Item insert(Item item) {
    Checks.required(item, "item");
    Args.newVersion(item.version(), "version");
    return tx.write(() -> {
      Rows.requireCommunity(tables, item.community());
      if (tables.items.contains(item.id())) {
        throw new ConflictException("duplicate-id", Map.of("kind", "item", "id", item.id().value()),
            "item " + item.id() + " already exists");
      }
      return store(Rows.withVersion(item, 1), ChangeKind.CREATED);
    });
  }

  @Override
  public Item update(Item item) {
    Checks.required(item, "item");
    Args.storedVersion(item.version(), "version");
    return tx.write(() -> {
      Item stored = tables.items.get(item.id()).orElseThrow(() -> Rows.notFound("item " + item.id()));
      Rows.checkVersion("item " + item.id(), stored.version(), item.version());
      Checks.check(item.community().equals(stored.community()), "community", "immutable",
          "an item stays in community %s", stored.community());
      Checks.check(item.type() == stored.type(), "type", "immutable", "an item stays a %s", stored.type());
      tables.newest.remove(Keys.Newest.of(stored), tx.undo());
      return store(Rows.withVersion(item, stored.version() + 1), ChangeKind.UPDATED);
    });
  }

  @Override
  public void delete(ItemId id, long expectedVersion) {
    Checks.required(id, "id");
    Args.storedVersion(expectedVersion, "expectedVersion");
    tx.write(() -> {
      Item stored = tables.items.get(id).orElseThrow(() -> Rows.notFound("item " + id));
      Rows.checkVersion("item " + id, stored.version(), expectedVersion);
      tables.newest.remove(Keys.Newest.of(stored), tx.undo());
      tables.items.remove(id, tx.undo());
      MemoryRegistrations.deleteForEvent(tx, id);
      MemoryVotes.deleteForPoll(tx, id);
      MemoryReports.deleteForItem(tx, id);
      tx.logChange(EntityKind.ITEM, id.value(), Optional.of(stored.community()), ChangeKind.DELETED);
      return null;
    });
  }

  @Override
  public Page<Item> list(ItemQuery query, PageRequest page) {
    Checks.required(query, "query");
    return newestFirst(query::matches, page);
  }

  @Override
  public Page<Item> byConcept(ConceptId concept, PageRequest page) {
    Checks.required(concept, "concept");
    return newestFirst(item -> item.concepts().contains(concept), page);
  }

  @Override
  public Page<Item> involving(UserId user, PageRequest page) {
    Checks.required(user, "user");
    return newestFirst(item -> People.involves(item, user), page);
  }

  private Page<Item> newestFirst(Predicate<Item> filter, PageRequest page) {
    Checks.required(page, "page");
    Optional<Keys.Newest> after = page.after().map(c -> Cursors.decode(c, LISTING, 2,
        key -> new Keys.Newest(Instant.parse(key.get(0)), ItemId.of(key.get(1)))));
    return tx.read(() -> Rows.page(
        after.map(key -> tables.newest.rows().tailMap(key, false)).orElse(tables.newest.rows()).values().stream()
            .map(id -> tables.items.get(id).orElseThrow())
            .filter(filter),
        page.limit(), item -> Cursors.encode(LISTING, item.created().toString(), item.id().value())));
  }

  private Item store(Item item, ChangeKind op) {
    tables.items.put(item.id(), item, tx.undo());
    tables.newest.put(Keys.Newest.of(item), item.id(), tx.undo());
    tx.logChange(EntityKind.ITEM, item.id().value(), Optional.of(item.community()), op);
    return item;
  }
}
