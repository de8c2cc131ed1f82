package dev.convene.storage.memory;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.AuditLog;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.internal.Cursors;
import dev.convene.storage.internal.People;
import java.util.Comparator;
import java.util.List;

/** The audit log of an in-memory store, by community and then newest first. */
final class MemoryAuditLog extends MemoryStore implements AuditLog {
  private static final String LISTING = "audit";
  private static final String ABOUT = "audit-about";

  MemoryAuditLog(MemoryTransaction tx) {
    super(tx);
  }

  @Override
  public AuditEntry append(AuditEntry entry) {
    Checks.required(entry, "entry");
    Checks.check(entry.id() == 0, "id", "new-id", "must be 0: the store assigns it");
    return tx.write(() -> {
      AuditEntry stored = entry.withId(Rows.nextId(tables.lastAuditId, tx.undo()));
      tables.audit.put(new Keys.Audit(entry.community(), stored.id()), stored, tx.undo());
      return stored;
    });
  }

  @Override
  public Page<AuditEntry> forCommunity(CommunityId community, PageRequest page) {
    Checks.required(community, "community");
    Checks.required(page, "page");
    long before = page.after().map(c -> Cursors.decode(c, LISTING, 1, key -> Long.parseLong(key.get(0))))
        .orElse(Long.MAX_VALUE);
    boolean inclusive = page.after().isEmpty();
    return tx.read(() -> Rows.page(
        tables.audit.rows().tailMap(new Keys.Audit(community, before), inclusive).entrySet().stream()
            .takeWhile(row -> row.getKey().community().equals(community))
            .map(row -> row.getValue()),
        page.limit(), entry -> Cursors.encode(LISTING, Long.toString(entry.id()))));
  }

  @Override
  public Page<AuditEntry> about(UserId user, PageRequest page) {
    Checks.required(user, "user");
    Checks.required(page, "page");
    long before = page.after().map(c -> Cursors.decode(c, ABOUT, 1, key -> Long.parseLong(key.get(0))))
        .orElse(Long.MAX_VALUE);
    return tx.read(() -> Rows.page(
        tables.audit.rows().values().stream().filter(entry -> entry.id() < before && People.isAbout(entry, user))
            .sorted(Comparator.comparingLong(AuditEntry::id).reversed()),
        page.limit(), entry -> Cursors.encode(ABOUT, Long.toString(entry.id()))));
  }

  @Override
  public int anonymise(UserId user, UserId pseudonym) {
    People.checkPseudonym(user, pseudonym);
    return tx.write(() -> {
      List<AuditEntry> about = tables.audit.rows().values().stream().filter(e -> People.isAbout(e, user)).toList();
      for (AuditEntry entry : about) {
        tables.audit.put(new Keys.Audit(entry.community(), entry.id()), People.anonymised(entry, user, pseudonym),
            tx.undo());
      }
      return about.size();
    });
  }
}
