package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.community;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConflictException;
import dev.convene.core.model.Community;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a reader of the change log needs to tell where it stands: the store's id, the same for the
 * store's life, and its last sequence, which a reader that has applied more is ahead of.
 */
abstract class StoreIdentityContract extends ContractSupport {
  StoreIdentityContract(StorageContract kit) {
    super(kit);
  }

  @Test
  @DisplayName("the store id is the same in every transaction, reading or writing, whatever was written")
  void stableId() {
    UUID id = read(t -> t.changes().storeId());
    assertNotNull(id);
    assertEquals(id, tx(t -> t.changes().storeId()));
    Community alpha = insert(community("alpha"));
    assertEquals(id, tx(t -> {
      t.communities().update(alpha);
      return t.changes().storeId();
    }));
    assertThrows(ConflictException.class, () -> use(t -> {
      t.communities().delete(alpha.id(), 99);
    }));
    assertEquals(id, read(t -> t.changes().storeId()));
  }

  @Test
  @DisplayName("lastSequence is the greatest committed sequence; a transaction sees its own entries in it")
  void lastSequence() {
    long before = read(t -> t.changes().lastSequence());
    long[] during = new long[1];
    insertWith(during);
    long after = read(t -> t.changes().lastSequence());
    assertTrue(during[0] > before, "the writing transaction sees its own entry");
    assertEquals(during[0], after, "and it is the last once committed");
    assertEquals(after, read(t -> t.changes().since(before, 10)).get(0).sequence(), "the one entry it wrote");
  }

  @Test
  @DisplayName("lastSequence never goes down from one transaction to the next, and a rollback leaves it")
  void neverDown() {
    long previous = read(t -> t.changes().lastSequence());
    for (int i = 0; i < 5; i++) {
      insert(community("c" + i));
      long last = read(t -> t.changes().lastSequence());
      assertTrue(last > previous, last + " after " + previous);
      previous = last;
    }
    long settled = previous;
    assertThrows(IllegalStateException.class, () -> use(t -> {
      t.communities().insert(community("rolled-back"));
      throw new IllegalStateException("roll back");
    }));
    assertEquals(Long.valueOf(settled), read(t -> t.changes().lastSequence()));
  }

  private void insertWith(long[] seen) {
    use(t -> {
      t.communities().insert(community("seen"));
      seen[0] = t.changes().lastSequence();
    });
  }
}
