package dev.convene.platform.internal;

import dev.convene.core.event.DomainEvent;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Transaction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One write operation in progress: its transaction, and what it changed — cache keys to forget and
 * events to publish once it commits.
 */
public final class Work {
  private @Nullable Transaction tx;
  private final Set<CommunityId> communities = new LinkedHashSet<>();
  private final Set<MembershipKey> memberships = new LinkedHashSet<>();
  private final List<DomainEvent> events = new ArrayList<>();

  Work begin(Transaction transaction) {
    this.tx = transaction;
    events.clear();
    return this;
  }

  /** The operation's transaction. */
  public Transaction tx() {
    if (tx == null) {
      throw new IllegalStateException("no transaction");
    }
    return tx;
  }

  /** Records that a community's settings changed. */
  public void changed(CommunityId community) {
    communities.add(community);
  }

  /** Records that a membership changed. */
  public void changed(CommunityId community, UserId user) {
    memberships.add(new MembershipKey(community, user));
  }

  /** Publishes the event once the transaction commits. */
  public void emit(DomainEvent event) {
    events.add(event);
  }

  /** Appends an audit entry in the operation's transaction. */
  public AuditEntry audit(AuditEntry entry) {
    return tx().audit().append(entry);
  }

  List<DomainEvent> events() {
    return List.copyOf(events);
  }

  void forget(PolicyCache cache) {
    communities.forEach(cache::invalidate);
    memberships.forEach(cache::invalidate);
  }
}
