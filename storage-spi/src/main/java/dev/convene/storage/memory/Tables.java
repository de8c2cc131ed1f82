package dev.convene.storage.memory;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Membership;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.Guidelines;
import dev.convene.storage.GuidelinesAcceptance;
import dev.convene.storage.PendingNotification;
import dev.convene.storage.PollVote;
import dev.convene.storage.Registration;
import dev.convene.storage.Report;
import dev.convene.storage.ReportId;
import dev.convene.storage.StoredTaxonomy;
import dev.convene.storage.Subscription;
import java.util.Comparator;
import java.util.UUID;

/**
 * Everything an in-memory store holds. Only code holding the store's lock touches it: one writing
 * transaction, or any number of reading ones.
 */
final class Tables {
  final Table<CommunityId, Community> communities = new Table<>(Comparator.naturalOrder());
  /** Community ids by slug: the slug's uniqueness, and the order of community listings. */
  final Table<String, CommunityId> slugs = new Table<>(Comparator.naturalOrder());
  final Table<Keys.Member, Membership> memberships = new Table<>(Keys.Member.ORDER);
  final Table<ItemId, Item> items = new Table<>(Comparator.naturalOrder());
  /** Item ids newest first: the order of item listings. */
  final Table<Keys.Newest, ItemId> newest = new Table<>(Keys.Newest.ORDER);
  final Cell<StoredTaxonomy> taxonomy = new Cell<>(StoredTaxonomy.initial());
  final Table<Keys.Audit, AuditEntry> audit = new Table<>(Keys.Audit.ORDER);
  final Cell<Long> lastAuditId = new Cell<>(0L);
  final Table<Keys.Member, Subscription> subscriptions = new Table<>(Keys.Member.ORDER);
  final Table<MemoryRegistrations.Key, Registration> registrations = new Table<>(MemoryRegistrations.Key.ORDER);
  final Table<MemoryGuidelines.Version, Guidelines> guidelines = new Table<>(MemoryGuidelines.Version.ORDER);
  final Table<MemoryGuidelines.Accepted, GuidelinesAcceptance> acceptances =
      new Table<>(MemoryGuidelines.Accepted.ORDER);
  final Table<MemoryVotes.Key, PollVote> votes = new Table<>(MemoryVotes.Key.ORDER);
  final Table<ReportId, Report> reports = new Table<>(Comparator.naturalOrder());
  final Table<Long, PendingNotification> digests = new Table<>(Comparator.naturalOrder());
  final Cell<Long> lastDigestId = new Cell<>(0L);
  final Table<Long, MemoryOutbox.Row> outbox = new Table<>(Comparator.naturalOrder());
  final Cell<Long> lastOutboxId = new Cell<>(0L);
  final Table<Long, ChangeEntry> changes = new Table<>(Comparator.naturalOrder());
  /** The store's identity, for the life of the instance. */
  final UUID storeId = UUID.randomUUID();
}
