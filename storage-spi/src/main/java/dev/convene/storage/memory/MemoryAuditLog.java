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
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The audit log of an in-memory store, by community (platform-wide entries apart) and then newest first. */
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
      tables.audit.put(key(stored), stored, tx.undo());
      return stored;
    });
  }

  @Override
  public Page<AuditEntry> forCommunity(CommunityId community, PageRequest page) {
    return inCommunity(Checks.required(community, "community"), page);
  }

  @Override
  public Page<AuditEntry> forPlatform(PageRequest page) {
    return inCommunity(null, page);
  }

  /** The entries of {@code community}, or the platform-wide ones when it is null. */
  private Page<AuditEntry> inCommunity(@Nullable CommunityId community, PageRequest page) {
    return newestFirst(LISTING, page, before -> tables.audit.rows()
        .tailMap(new Keys.Audit(community, before), false).entrySet().stream()
        .takeWhile(row -> Objects.equals(row.getKey().community(), community)).map(Map.Entry::getValue));
  }

  @Override
  public Page<AuditEntry> about(UserId user, PageRequest page) {
    Checks.required(user, "user");
    return newestFirst(ABOUT, page, before -> tables.audit.rows().values().stream()
        .filter(entry -> entry.id() < before && People.isAbout(entry, user))
        .sorted(Comparator.comparingLong(AuditEntry::id).reversed()));
  }

  /** A page of the entries {@code below} gives, newest first, for ids below the one it is given. */
  private Page<AuditEntry> newestFirst(String listing, PageRequest page, LongFunction<Stream<AuditEntry>> below) {
    Checks.required(page, "page");
    long before = page.after().map(c -> Cursors.decode(c, listing, 1, key -> Long.parseLong(key.get(0))))
        .orElse(Long.MAX_VALUE);
    return tx.read(() -> Rows.page(below.apply(before), page.limit(),
        entry -> Cursors.encode(listing, Long.toString(entry.id()))));
  }

  @Override
  public int anonymise(UserId user, UserId pseudonym) {
    People.checkPseudonym(user, pseudonym);
    return tx.write(() -> {
      List<AuditEntry> about = tables.audit.rows().values().stream().filter(e -> People.isAbout(e, user)).toList();
      for (AuditEntry entry : about) {
        tables.audit.put(key(entry), People.anonymised(entry, user, pseudonym), tx.undo());
      }
      return about.size();
    });
  }

  private static Keys.Audit key(AuditEntry entry) {
    return new Keys.Audit(entry.community().orElse(null), entry.id());
  }
}
