package dev.convene.platform.internal;

import dev.convene.core.membership.Change;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.UserId;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The platform's job that drops lapsed invitations. It scans the communities a page at a time in
 * read transactions, and drops the lapsed invitations of each community that has some in a write
 * transaction of its own, so that one busy community never holds up the rest. Working groups and
 * archived communities are included: a lapsed invitation is no invitation anywhere.
 */
public final class MembershipExpiry {
  private static final int PAGE = 100;
  private static final MemberQuery INVITATIONS = MemberQuery.all().withStates(MembershipState.INVITED);

  private final Platform platform;
  private final MembershipWrites writes;

  public MembershipExpiry(Platform platform, MembershipWrites writes) {
    this.platform = platform;
    this.writes = writes;
  }

  /** Drops every invitation lapsed by now and returns how many. */
  public int run() {
    Instant now = platform.now();
    int dropped = 0;
    Optional<PageRequest> next = Optional.of(PageRequest.first(PAGE));
    while (next.isPresent()) {
      PageRequest request = next.get();
      Page<Community> page = platform.storage().read(tx -> tx.communities().list(CommunityQuery.all(), request));
      List<CommunityId> lapsed = platform.storage().read(tx -> withLapsed(tx, page.items(), now));
      for (CommunityId community : lapsed) {
        dropped += writes.inTransaction(work -> expire(work, community));
      }
      next = request.next(page);
    }
    return dropped;
  }

  private static List<CommunityId> withLapsed(Transaction tx, List<Community> communities, Instant now) {
    List<CommunityId> lapsed = new ArrayList<>();
    for (Community community : communities) {
      Optional<PageRequest> next = Optional.of(PageRequest.first(PAGE));
      while (next.isPresent()) {
        Page<Membership> invitations = tx.memberships().members(community.id(), INVITATIONS, next.get());
        if (invitations.items().stream().anyMatch(m -> m.isExpired(now))) {
          lapsed.add(community.id());
          break;
        }
        next = next.get().next(invitations);
      }
    }
    return lapsed;
  }

  /** Drops the community's lapsed invitations, reading its invitations and not its whole roster. */
  private int expire(Work work, CommunityId community) {
    Instant now = platform.now();
    List<UserId> lapsed = new ArrayList<>();
    Optional<PageRequest> next = Optional.of(PageRequest.first(PAGE));
    while (next.isPresent()) {
      Page<Membership> invitations = work.tx().memberships().members(community, INVITATIONS, next.get());
      invitations.items().stream().filter(m -> m.isExpired(now)).forEach(m -> lapsed.add(m.user()));
      next = next.get().next(invitations);
    }
    List<Change> changes = RosterChanges.view(work.tx(), community, lapsed).expireInvitations(now);
    for (Change change : changes) {
      RosterChanges.record(work, Optional.empty(), change, Optional.empty(), now);
    }
    return changes.size();
  }
}
