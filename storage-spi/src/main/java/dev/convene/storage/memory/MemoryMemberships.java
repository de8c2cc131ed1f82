package dev.convene.storage.memory;

import dev.convene.core.ConflictException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.UserId;
import dev.convene.storage.ChangeKind;
import dev.convene.storage.EntityKind;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.MembershipStore;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.internal.Args;
import dev.convene.storage.internal.Cursors;
import dev.convene.storage.internal.People;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The memberships of an in-memory store, by community and then user. */
final class MemoryMemberships extends MemoryStore implements MembershipStore {
  private static final String LISTING = "members";

  MemoryMemberships(MemoryTransaction tx) {
    super(tx);
  }

  @Override
  public Optional<Membership> get(CommunityId community, UserId user) {
    Keys.Member key = key(community, user);
    return tx.read(() -> tables.memberships.get(key));
  }

  @Override
  public Membership insert(Membership membership) {
    Checks.required(membership, "membership");
    Args.newVersion(membership.version(), "version");
    Keys.Member key = key(membership.community(), membership.user());
    return tx.write(() -> {
      Rows.requireCommunity(tables, membership.community());
      if (tables.memberships.contains(key)) {
        throw new ConflictException("duplicate-membership",
            Map.of("community", membership.community().value(), "user", membership.user().value()),
            "user " + membership.user() + " already has a membership in community " + membership.community());
      }
      return store(key, membership.withVersion(1), ChangeKind.CREATED);
    });
  }

  @Override
  public Membership update(Membership membership) {
    Checks.required(membership, "membership");
    Args.storedVersion(membership.version(), "version");
    Keys.Member key = key(membership.community(), membership.user());
    return tx.write(() -> {
      Membership stored = tables.memberships.get(key).orElseThrow(() -> Rows.notFound(describe(key)));
      Rows.checkVersion(describe(key), stored.version(), membership.version());
      return store(key, membership.withVersion(stored.version() + 1), ChangeKind.UPDATED);
    });
  }

  @Override
  public void delete(CommunityId community, UserId user, long expectedVersion) {
    Keys.Member key = key(community, user);
    Args.storedVersion(expectedVersion, "expectedVersion");
    tx.write(() -> {
      Membership stored = tables.memberships.get(key).orElseThrow(() -> Rows.notFound(describe(key)));
      Rows.checkVersion(describe(key), stored.version(), expectedVersion);
      tables.memberships.remove(key, tx.undo());
      tx.logChange(EntityKind.MEMBERSHIP, user.value(), Optional.of(community), ChangeKind.DELETED);
      return null;
    });
  }

  @Override
  public Page<Membership> members(CommunityId community, MemberQuery query, PageRequest page) {
    Checks.required(community, "community");
    Checks.required(query, "query");
    Checks.required(page, "page");
    Optional<UserId> after = page.after().map(c -> Cursors.decode(c, LISTING, 1, key -> UserId.of(key.get(0))));
    return tx.read(() -> Rows.page(
        Keys.Member.range(tables.memberships.rows(), community, after).map(Map.Entry::getValue).filter(query::matches),
        page.limit(), membership -> Cursors.encode(LISTING, membership.user().value())));
  }

  @Override
  public long count(CommunityId community, MemberQuery query) {
    Checks.required(community, "community");
    Checks.required(query, "query");
    return tx.read(() -> Keys.Member.range(tables.memberships.rows(), community, Optional.empty())
        .map(Map.Entry::getValue).filter(query::matches).count());
  }

  @Override
  public List<Membership> ofUser(UserId user) {
    Checks.required(user, "user");
    return tx.read(() -> tables.memberships.rows().values().stream().filter(m -> m.user().equals(user)).toList());
  }

  @Override
  public List<Membership> all(CommunityId community) {
    Checks.required(community, "community");
    return tx.read(() -> Keys.Member.range(tables.memberships.rows(), community, Optional.empty())
        .map(Map.Entry::getValue).toList());
  }

  @Override
  public List<Membership> invitedBy(UserId inviter) {
    Checks.required(inviter, "inviter");
    return tx.read(() -> tables.memberships.rows().values().stream().filter(m -> People.names(m.inviter(), inviter))
        .toList());
  }

  private Membership store(Keys.Member key, Membership membership, ChangeKind op) {
    tables.memberships.put(key, membership, tx.undo());
    tx.logChange(EntityKind.MEMBERSHIP, membership.user().value(), Optional.of(membership.community()), op);
    return membership;
  }

  private static Keys.Member key(CommunityId community, UserId user) {
    return new Keys.Member(Checks.required(community, "community"), Checks.required(user, "user"));
  }

  private static String describe(Keys.Member key) {
    return "membership of " + key.user() + " in community " + key.community();
  }
}
