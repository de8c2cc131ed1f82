package dev.convene.core.membership;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rosters and memberships shared by the membership tests. */
final class Fixtures {
  static final CommunityId C1 = CommunityId.of("c1");
  static final CommunityId WG = CommunityId.of("wg1");
  /** The user every table row is about. */
  static final UserId U7 = UserId.of("u7");
  /** An active admin, absent when {@code u7} is the last admin. */
  static final UserId BOSS = UserId.of("boss");
  /** An active moderator, who sends the table's invitations. */
  static final UserId MOD = UserId.of("mod");
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  /** When the table's operations happen. */
  static final Instant NOW = T0.plus(Duration.ofDays(10));
  /** The stored version of {@code u7}'s membership, which no operation may change. */
  static final long VERSION = 4;

  private Fixtures() {}

  /** Where {@code u7} stands before a table row's operation. */
  enum Start {
    NONE, INVITED, EXPIRED_INVITATION, REQUESTED, MEMBER, MODERATOR, ADMIN, LAST_ADMIN, BLOCKED;

    /** {@code u7}'s membership in this starting state, if any. */
    Optional<Membership> membership() {
      return Optional.ofNullable(switch (this) {
        case NONE -> null;
        case INVITED -> invitation(U7, NOW.plus(Duration.ofDays(7)));
        case EXPIRED_INVITATION -> invitation(U7, NOW.minus(Duration.ofDays(1)));
        case REQUESTED -> stored(U7, MembershipState.REQUESTED, Role.MEMBER, Optional.of("let me in"));
        case MEMBER -> active(U7, Role.MEMBER);
        case MODERATOR -> active(U7, Role.MODERATOR);
        case ADMIN, LAST_ADMIN -> active(U7, Role.ADMIN);
        case BLOCKED -> stored(U7, MembershipState.BLOCKED, Role.MEMBER, Optional.empty());
      });
    }

    /** The roster of c1 with {@code u7} in this state, a moderator and, but for the last admin, an admin. */
    Roster roster() {
      List<Membership> all = new ArrayList<>();
      membership().ifPresent(all::add);
      all.add(active(MOD, Role.MODERATOR).withVersion(2));
      if (this != LAST_ADMIN) {
        all.add(active(BOSS, Role.ADMIN).withVersion(9));
      }
      return Roster.of(C1, all);
    }
  }

  static Membership active(UserId user, Role role) {
    return stored(user, MembershipState.ACTIVE, role, Optional.empty());
  }

  static Membership invitation(UserId user, Instant expiry) {
    return new Membership(C1, user, MembershipState.INVITED, Role.MEMBER, Optional.of("join us"), Optional.of(MOD),
        T0, Optional.of(expiry), VERSION);
  }

  static Membership stored(UserId user, MembershipState state, Role role, Optional<String> message) {
    return new Membership(C1, user, state, role, message, Optional.empty(), T0, Optional.empty(), VERSION);
  }

  /** A roster of {@code community} whose given users are active members, the first an admin. */
  static Roster activeRoster(CommunityId community, UserId admin, UserId... members) {
    Roster roster = Roster.founded(community, admin, T0);
    for (UserId member : members) {
      roster = roster.join(member, T0).roster();
    }
    return roster;
  }
}
