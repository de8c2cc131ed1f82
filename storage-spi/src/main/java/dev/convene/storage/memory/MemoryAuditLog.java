package dev.convene.storage.memory;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.AuditLog;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.internal.Cursors;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The audit log of an in-memory store, by community (platform-wide entries apart) and then newest first. */
final class MemoryAuditLog extends MemoryStore implements AuditLog {
  private static final String LISTING = "audit";

  MemoryAuditLog(MemoryTransaction tx) {
    super(tx);
  }

  @Override
  public AuditEntry append(AuditEntry entry) {
    Checks.required(entry, "entry");
    Checks.check(entry.id() == 0, "id", "new-id", "must be 0: the store assigns it");
    return tx.write(() -> {
      AuditEntry stored = entry.withId(Rows.nextId(tables.lastAuditId, tx.undo()));
      tables.audit.put(new Keys.Audit(entry.community().orElse(null), stored.id()), stored, tx.undo());
      return stored;
    });
  }

  @Override
  public Page<AuditEntry> forCommunity(CommunityId community, PageRequest page) {
    return list(Checks.required(community, "community"), page);
  }

  @Override
  public Page<AuditEntry> forPlatform(PageRequest page) {
    return list(null, page);
  }

  /** The entries of {@code community}, or the platform-wide ones when it is null. */
  private Page<AuditEntry> list(@Nullable CommunityId community, PageRequest page) {
    Checks.required(page, "page");
    long before = page.after().map(c -> Cursors.decode(c, LISTING, 1, key -> Long.parseLong(key.get(0))))
        .orElse(Long.MAX_VALUE);
    boolean inclusive = page.after().isEmpty();
    return tx.read(() -> Rows.page(
        tables.audit.rows().tailMap(new Keys.Audit(community, before), inclusive).entrySet().stream()
            .takeWhile(row -> Objects.equals(row.getKey().community(), community))
            .map(row -> row.getValue()),
        page.limit(), entry -> Cursors.encode(LISTING, Long.toString(entry.id()))));
  }
}
