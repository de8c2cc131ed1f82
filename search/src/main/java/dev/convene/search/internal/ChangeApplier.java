package dev.convene.search.internal;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.EntityKind;
import dev.convene.storage.Storage;
import dev.convene.storage.Transaction;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.jspecify.annotations.Nullable;

/**
 * Applies one change-log entry to the index: reads the item or community, builds its document and
 * writes it by key, or deletes it. One that fails (it cannot be read, built or written) is recorded
 * in {@link IndexFailures} and its old document deleted, so that the follower never stalls on it
 * and no search sees a state the store has left. What is not about one document (the store cannot
 * be read at all, an I/O error, a writer closed by a fatal error) is thrown, for the batch to be
 * tried again. Called under the engine's lock.
 */
final class ChangeApplier {
  private final IndexEngine engine;
  private final Storage storage;
  private final Clock clock;
  private final IndexFailures failures;
  private volatile Function<Item, org.apache.lucene.document.Document> itemDocuments = DocumentMapper::item;

  ChangeApplier(IndexEngine engine, Storage storage, Clock clock, IndexFailures failures) {
    this.engine = engine;
    this.storage = storage;
    this.clock = clock;
    this.failures = failures;
  }

  /** An entry with what the store held for it, or the failure to read it. */
  record Loaded(ChangeEntry entry, Optional<?> value, @Nullable RuntimeException failure) {}

  /** Reads what {@code entry} is about in {@code tx}; a failure is kept, not thrown. */
  static Loaded load(Transaction tx, ChangeEntry entry) {
    try {
      return new Loaded(entry, read(tx, entry), null);
    } catch (RuntimeException e) {
      return new Loaded(entry, Optional.empty(), e);
    }
  }

  private static Optional<?> read(Transaction tx, ChangeEntry entry) {
    return switch (entry.kind()) {
      case ITEM -> tx.items().get(ItemId.of(entry.id()));
      case COMMUNITY -> tx.communities().get(CommunityId.of(entry.id()));
      default -> Optional.empty();
    };
  }

  void apply(Loaded loaded) throws IOException {
    ChangeEntry entry = loaded.entry();
    if (entry.kind() != EntityKind.ITEM && entry.kind() != EntityKind.COMMUNITY) {
      return;
    }
    String key = entry.kind() == EntityKind.ITEM ? Fields.itemKey(entry.id()) : Fields.communityKey(entry.id());
    Optional<?> value = loaded.value();
    RuntimeException failure = loaded.failure();
    if (failure != null) {
      try {
        value = storage.read(tx -> read(tx, entry)); // alone, in a fresh transaction
        failure = null;
      } catch (RuntimeException e) {
        // if the store cannot be read at all this throws too, and the entry is tried again later
        storage.read(tx -> tx.changes().lastSequence());
        failure = e;
      }
    }
    if (failure == null) {
      try {
        engine.write(key, value.map(this::document));
        failures.indexed(key);
        return;
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    if (!IndexFailures.aboutOneDocument(failure)) {
      throw failure;
    }
    failures.failed(key, entry.sequence(), failure, clock.instant());
    engine.writer().deleteDocuments(new Term(Fields.KEY, key));
  }

  /** The document of a community or an item. */
  org.apache.lucene.document.Document document(Object value) {
    return switch (value) {
      case Item item -> itemDocuments.apply(item);
      case Community community -> DocumentMapper.community(community);
      default -> throw new IllegalArgumentException("not indexed: " + value.getClass().getName());
    };
  }

  void mapItemsWith(Function<Item, org.apache.lucene.document.Document> mapper) {
    this.itemDocuments = mapper;
  }
}
