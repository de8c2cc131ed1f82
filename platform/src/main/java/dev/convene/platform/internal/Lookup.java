package dev.convene.platform.internal;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.UserId;
import dev.convene.storage.Transaction;
import java.util.Optional;

/** Where an access context reads from: a transaction (fresh) or the policy cache (committed). */
interface Lookup {
  Optional<Community> community(CommunityId id);

  Optional<Membership> membership(CommunityId community, UserId user);

  static Lookup of(Transaction tx) {
    return new Lookup() {
      @Override
      public Optional<Community> community(CommunityId id) {
        return tx.communities().get(id);
      }

      @Override
      public Optional<Membership> membership(CommunityId community, UserId user) {
        return tx.memberships().get(community, user);
      }
    };
  }

  static Lookup of(PolicyCache cache) {
    return new Lookup() {
      @Override
      public Optional<Community> community(CommunityId id) {
        return cache.community(id);
      }

      @Override
      public Optional<Membership> membership(CommunityId community, UserId user) {
        return cache.membership(new MembershipKey(community, user));
      }
    };
  }
}
