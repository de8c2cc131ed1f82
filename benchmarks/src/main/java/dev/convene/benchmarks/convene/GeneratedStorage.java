package dev.convene.benchmarks.convene;

import dev.convene.benchmarks.corpus.World;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditLog;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.ChangeKind;
import dev.convene.storage.ChangeLog;
import dev.convene.storage.CommunityStore;
import dev.convene.storage.DigestStore;
import dev.convene.storage.EntityKind;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.GuidelinesStore;
import dev.convene.storage.ItemStore;
import dev.convene.storage.MembershipStore;
import dev.convene.storage.OutboxStore;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Storage;
import dev.convene.storage.RegistrationStore;
import dev.convene.storage.ReportStore;
import dev.convene.storage.SubscriptionStore;
import dev.convene.storage.TaxonomyStore;
import dev.convene.storage.Transaction;
import dev.convene.storage.VoteStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A store that looks to Convene's search like one holding a million items, without holding them: an
 * inner store (an {@code InMemoryStorage} loaded with the world's taxonomy, communities and
 * memberships) composed with a read-only, generated view of the world's documents.
 *
 * <p>Until {@link #publish} the store is the inner store. {@code publish(n)} makes documents {@code
 * 0 .. n-1} exist: the change log then reads the inner store's entries up to the position it had
 * at that moment, then one {@code ITEM CREATED} entry per document, numbered contiguously after
 * them, then the inner store's later entries shifted past the generated ones; {@code items().get}
 * regenerates document {@code i} with {@link World#document(long)} (its id, {@code d0000001} for
 * document 0, maps back to {@code i}). Everything else, writes included, goes to the inner store,
 * so a real write of a new item is a real change-log entry that the search picks up.
 *
 * <p>A change-log entry of an item names the item's community, which only generating the document
 * tells; the documents generated for the entries are kept in a small cache that the following
 * {@code get} takes them from, so the follower of the change log generates each document once.
 *
 * <p>Listing items ({@code list}, {@code byConcept}) sees the inner store's items only: Convene's
 * search lists items to rebuild an index, which this store lets it do once, at the start, before
 * anything is published; after that it follows the change log like a production index.
 */
final class GeneratedStorage implements Storage {
  private static final int CACHE_SLOTS = 4_096;

  private final World world;
  private final Storage inner;
  private final AtomicReferenceArray<@Nullable Document> cache = new AtomicReferenceArray<>(CACHE_SLOTS);
  private volatile Window window = new Window(0, 0, Instant.EPOCH);

  /**
   * Where the generated entries sit in the composed change log.
   *
   * @param base the inner store's last sequence when they were published; the first is {@code base + 1}
   * @param count how many documents are published
   * @param at when they were published
   */
  private record Window(long base, long count, Instant at) {}

  GeneratedStorage(World world, Storage inner) {
    this.world = world;
    this.inner = inner;
  }

  /**
   * Publishes documents {@code 0 .. count-1} of the world, once.
   *
   * @return the composed change log's last sequence, the last of them or a later inner entry
   */
  long publish(long count) {
    if (count < 0 || count > world.spec().documents()) {
      throw new IllegalArgumentException("the world has " + world.spec().documents() + " documents, not " + count);
    }
    synchronized (this) {
      if (window.count() != 0) {
        throw new IllegalStateException("the documents are already published");
      }
      long base = inner.read(tx -> tx.changes().lastSequence());
      window = new Window(base, count, Instant.now());
    }
    return read(tx -> tx.changes().lastSequence());
  }

  /** The id of document {@code i}, as {@code World#document} makes it. */
  static ItemId idOf(long i) {
    return ItemId.of(String.format(java.util.Locale.ROOT, "d%07d", i + 1));
  }

  /** The document index of {@code id}, or -1 if it is not a generated id. */
  static long indexOf(ItemId id) {
    String value = id.value();
    if (value.length() < 2 || value.charAt(0) != 'd') {
      return -1;
    }
    long n = 0;
    for (int k = 1; k < value.length(); k++) {
      char c = value.charAt(k);
      if (c < '0' || c > '9' || k > 12) {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n >= 1 && idOf(n - 1).equals(id) ? n - 1 : -1;
  }

  @Override
  public String name() {
    return "generated+" + inner.name();
  }

  @Override
  public <T extends @Nullable Object> T inTransaction(Function<? super Transaction, ? extends T> work) {
    return inner.inTransaction(tx -> work.apply(new Composed(tx, window)));
  }

  @Override
  public <T extends @Nullable Object> T read(Function<? super Transaction, ? extends T> work) {
    return inner.read(tx -> work.apply(new Composed(tx, window)));
  }

  /** The composed log's last sequence, from the inner store's own, as fast as the inner store answers it. */
  @Override
  public long lastSequence() {
    Window at = window;
    long last = inner.lastSequence();
    return at.count() == 0 ? last : Math.max(last, at.base()) + at.count();
  }

  /**
   * The inner store's count of writes, one more once the documents are published: publishing adds
   * to the composed change log without a write of the inner store.
   */
  @Override
  public OptionalLong writesEnded() {
    OptionalLong inner = this.inner.writesEnded();
    return inner.isEmpty() ? inner : OptionalLong.of(inner.getAsLong() + (window.count() == 0 ? 0 : 1));
  }

  private Document generate(long i) {
    int slot = (int) (i % CACHE_SLOTS);
    Document cached = cache.get(slot);
    if (cached != null && idOf(i).equals(cached.id())) {
      cache.compareAndSet(slot, cached, null);
      return cached;
    }
    Document document = world.document(i);
    if (!document.id().equals(idOf(i))) {
      throw new IllegalStateException("document " + i + " has id " + document.id() + ", not " + idOf(i));
    }
    return document;
  }

  private Document generateForEntry(long i) {
    Document document = generate(i);
    cache.set((int) (i % CACHE_SLOTS), document);
    return document;
  }

  /** A transaction of the inner store, with the generated items and the composed change log. */
  private final class Composed implements Transaction {
    private final Transaction tx;
    private final Window at;

    Composed(Transaction tx, Window at) {
      this.tx = tx;
      this.at = at;
    }

    @Override
    public boolean isReadOnly() {
      return tx.isReadOnly();
    }

    @Override
    public CommunityStore communities() {
      return tx.communities();
    }

    @Override
    public MembershipStore memberships() {
      return tx.memberships();
    }

    @Override
    public ItemStore items() {
      return new Items(tx.items(), at);
    }

    @Override
    public TaxonomyStore taxonomy() {
      return tx.taxonomy();
    }

    @Override
    public AuditLog audit() {
      return tx.audit();
    }

    @Override
    public SubscriptionStore subscriptions() {
      return tx.subscriptions();
    }

    @Override
    public RegistrationStore registrations() {
      return tx.registrations();
    }

    @Override
    public GuidelinesStore guidelines() {
      return tx.guidelines();
    }

    public VoteStore votes() {
      return tx.votes();
    }

    public ReportStore reports() {
      return tx.reports();
    }

    @Override
    public DigestStore digests() {
      return tx.digests();
    }

    @Override
    public OutboxStore outbox() {
      return tx.outbox();
    }

    @Override
    public ChangeLog changes() {
      return new Changes(tx.changes(), at);
    }
  }

  /** The inner store's items and, read-only, the published documents. */
  private final class Items implements ItemStore {
    private final ItemStore items;
    private final Window at;

    Items(ItemStore items, Window at) {
      this.items = items;
      this.at = at;
    }

    private boolean generated(ItemId id) {
      long i = indexOf(id);
      return i >= 0 && i < at.count();
    }

    @Override
    public Optional<Item> get(ItemId id) {
      long i = indexOf(id);
      return i >= 0 && i < at.count() ? Optional.of(generate(i)) : items.get(id);
    }

    @Override
    public Item insert(Item item) {
      refuse(item.id());
      return items.insert(item);
    }

    @Override
    public Item update(Item item) {
      refuse(item.id());
      return items.update(item);
    }

    @Override
    public void delete(ItemId id, long expectedVersion) {
      refuse(id);
      items.delete(id, expectedVersion);
    }

    @Override
    public Page<Item> list(ItemQuery query, PageRequest page) {
      return items.list(query, page);
    }

    @Override
    public Page<Item> byConcept(ConceptId concept, PageRequest page) {
      return items.byConcept(concept, page);
    }

    /** The inner store's items only: the generated documents are written by no one who asks. */
    @Override
    public Page<Item> involving(UserId user, PageRequest page) {
      return items.involving(user, page);
    }

    private void refuse(ItemId id) {
      if (generated(id)) {
        throw new UnsupportedOperationException("generated item " + id + " is read-only");
      }
    }
  }

  /** The inner entries up to the base, the generated ones, then the later inner entries shifted. */
  private final class Changes implements ChangeLog {
    private final ChangeLog log;
    private final Window at;

    Changes(ChangeLog log, Window at) {
      this.log = log;
      this.at = at;
    }

    @Override
    public List<ChangeEntry> since(long afterSequence, int limit) {
      List<ChangeEntry> entries = new ArrayList<>(Math.min(limit, 1_024));
      long base = at.base();
      long count = at.count();
      if (count == 0) {
        return log.since(afterSequence, limit);
      }
      if (afterSequence < base) {
        for (ChangeEntry entry : log.since(afterSequence, limit)) {
          if (entry.sequence() > base) {
            break;
          }
          entries.add(entry);
        }
        if (entries.size() >= limit) {
          return entries;
        }
      }
      for (long sequence = Math.max(afterSequence, base) + 1; sequence <= base + count && entries.size() < limit;
          sequence++) {
        Document document = generateForEntry(sequence - base - 1);
        entries.add(new ChangeEntry(sequence, at.at(), EntityKind.ITEM, document.id().value(),
            Optional.of(document.community()), ChangeKind.CREATED));
      }
      if (entries.size() < limit) {
        long innerAfter = Math.max(afterSequence - count, base);
        for (ChangeEntry entry : log.since(innerAfter, limit - entries.size())) {
          entries.add(new ChangeEntry(entry.sequence() + count, entry.at(), entry.kind(), entry.id(),
              entry.community(), entry.op()));
        }
      }
      return entries;
    }

    @Override
    public long lastSequence() {
      long last = log.lastSequence();
      return at.count() == 0 ? last : Math.max(last, at.base()) + at.count();
    }

    @Override
    public java.util.UUID storeId() {
      return log.storeId();
    }
  }
}
