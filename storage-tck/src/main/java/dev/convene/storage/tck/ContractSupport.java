package dev.convene.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Role;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Storage;
import dev.convene.storage.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/**
 * What every capability's tests share: a new store for each test, from the implementation's {@link
 * StorageContract#createStorage()}, and short ways to write and read it.
 */
abstract class ContractSupport {
  private final StorageContract kit;
  /** The store under test: new and empty for each test. */
  Storage storage;

  ContractSupport(StorageContract kit) {
    this.kit = kit;
  }

  @BeforeEach
  final void createStorage() {
    storage = kit.createStorage();
  }

  @AfterEach
  final void disposeStorage() {
    kit.disposeStorage(storage);
  }

  /** Skips the test unless the store declares {@code capability}. */
  final void assumeCapability(Capability capability) {
    Assumptions.assumeTrue(kit.capabilities().contains(capability),
        () -> storage.name() + " does not declare " + capability);
  }

  final <T> T tx(Function<Transaction, T> work) {
    return storage.inTransaction(work);
  }

  final void use(Consumer<Transaction> work) {
    storage.useTransaction(work);
  }

  final <T> T read(Function<Transaction, T> work) {
    return storage.read(work);
  }

  final Community insert(Community community) {
    return tx(t -> t.communities().insert(community));
  }

  final Membership insert(Membership membership) {
    return tx(t -> t.memberships().insert(membership));
  }

  final Item insert(Item item) {
    return tx(t -> t.items().insert(item));
  }

  /** A stored community {@code alpha}, with a stored membership of {@code ada} and a document in it. */
  record OneOfEach(Community community, Membership membership, Item item) {}

  /** Inserts one of each versioned aggregate that belongs to a community, each at version 1. */
  final OneOfEach insertOneOfEach() {
    Community alpha = insert(Fixtures.community("alpha"));
    return new OneOfEach(alpha, insert(Fixtures.member(alpha.id(), "ada", Role.ADMIN)),
        insert(Fixtures.document("d1", alpha.id(), Fixtures.T0)));
  }

  /** Updates each of {@code stored} unchanged, in one transaction: each goes one version up. */
  final OneOfEach updateEach(OneOfEach stored) {
    return tx(t -> new OneOfEach(t.communities().update(stored.community()),
        t.memberships().update(stored.membership()), t.items().update(stored.item())));
  }

  final Optional<Community> readCommunity(CommunityId id) {
    return read(t -> t.communities().get(id));
  }

  /** Everything the store holds, audit entries of {@code alsoAudited} included. */
  final Snapshot snapshot(CommunityId... alsoAudited) {
    return read(t -> Snapshot.of(t, List.of(alsoAudited)));
  }

  /** Every change-log entry, in sequence order. */
  final List<ChangeEntry> changes() {
    List<ChangeEntry> all = new ArrayList<>();
    List<ChangeEntry> batch;
    do {
      long after = all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
      batch = read(t -> t.changes().since(after, PageRequest.MAX_LIMIT));
      all.addAll(batch);
    } while (!batch.isEmpty());
    return all;
  }

  /** Every row of a listing, reading each page of {@code limit} rows in a transaction of its own. */
  final <T> List<T> walk(BiFunction<Transaction, PageRequest, Page<T>> listing, int limit) {
    return allPages(request -> read(t -> listing.apply(t, request)), limit);
  }

  /** Every row of a listing, page after page of {@code limit} rows. */
  static <T> List<T> allPages(Function<PageRequest, Page<T>> listing, int limit) {
    List<T> rows = new ArrayList<>();
    Optional<PageRequest> request = Optional.of(PageRequest.first(limit));
    while (request.isPresent()) {
      Page<T> page = listing.apply(request.get());
      rows.addAll(page.items());
      request = request.get().next(page);
    }
    return rows;
  }

  /** Asserts that {@code call} is refused with a {@link ValidationException} on {@code field}. */
  static ValidationException assertInvalid(String field, Executable call) {
    ValidationException e = assertThrows(ValidationException.class, call);
    assertEquals(field, e.field(), () -> "the field named by: " + e.getMessage());
    return e;
  }
}
