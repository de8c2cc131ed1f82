package dev.convene.storage.jdbc;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Optional;

/** The few rows the module's own tests write. */
final class World {
  static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

  private World() {}

  static Community community(String id) {
    return Community.builder(CommunityId.of(id), id).name("Community " + id).build();
  }

  static Community workingGroup(String id, CommunityId parent) {
    return Community.builder(CommunityId.of(id), id).name("Group " + id).parent(parent).privacy(Privacy.PRIVATE)
        .build();
  }

  static Membership member(CommunityId community, String user, Role role) {
    return new Membership(community, UserId.of(user), MembershipState.ACTIVE, role, Optional.empty(),
        Optional.empty(), T0, Optional.empty(), 0);
  }

  /** A copy of a stored membership with another role, at the version read. */
  static Membership withRole(Membership m, Role role) {
    return new Membership(m.community(), m.user(), m.state(), role, m.message(), m.inviter(), m.since(), m.expiry(),
        m.version());
  }
}
