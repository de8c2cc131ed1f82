package dev.convene.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.CommunityId;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.ChangeKind;
import dev.convene.storage.ChangeLog;
import dev.convene.storage.EntityKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChangeCursorTest {
  private final TreeMap<Long, ChangeEntry> committed = new TreeMap<>();
  private final ChangeLog log = new ChangeLog() {
    @Override
    public List<ChangeEntry> since(long afterSequence, int limit) {
      return committed.tailMap(afterSequence, false).values().stream().limit(limit).toList();
    }

    @Override
    public long lastSequence() {
      return committed.isEmpty() ? 0 : committed.lastKey();
    }

    @Override
    public java.util.UUID storeId() {
      return new java.util.UUID(0, 1);
    }
  };

  private void commit(long sequence) {
    committed.put(sequence, new ChangeEntry(sequence, Instant.EPOCH, EntityKind.ITEM, "i" + sequence,
        Optional.of(CommunityId.of("c")), ChangeKind.CREATED));
  }

  private List<Long> poll(ChangeCursor cursor, Instant now) {
    List<Long> applied = cursor.poll(log, 100).stream().map(ChangeEntry::sequence).toList();
    applied.forEach(cursor::applied);
    cursor.settle(now);
    return applied;
  }

  @Test
  @DisplayName("an entry that commits late below the position is still applied, and the floor waits for it")
  void lateCommit() {
    ChangeCursor cursor = new ChangeCursor(0, Duration.ofSeconds(10));
    commit(1);
    commit(3);
    assertEquals(List.of(1L, 3L), poll(cursor, Instant.EPOCH));
    assertEquals(1, cursor.floor(), "2 may still commit");
    commit(2);
    commit(4);
    assertEquals(List.of(2L, 4L), poll(cursor, Instant.EPOCH.plusSeconds(1)));
    assertEquals(4, cursor.floor());
    assertEquals(List.of(), poll(cursor, Instant.EPOCH.plusSeconds(2)), "nothing applied twice");
  }

  @Test
  @DisplayName("a gap left open past the timeout is taken for a rolled-back write")
  void rolledBack() {
    ChangeCursor cursor = new ChangeCursor(0, Duration.ofSeconds(10));
    commit(1);
    commit(3);
    poll(cursor, Instant.EPOCH);
    poll(cursor, Instant.EPOCH.plusSeconds(5));
    assertEquals(1, cursor.floor());
    poll(cursor, Instant.EPOCH.plusSeconds(11));
    assertEquals(3, cursor.floor());
  }
}
