package dev.convene.core.membership;

import static dev.convene.core.membership.Fixtures.BOSS;
import static dev.convene.core.membership.Fixtures.MOD;
import static dev.convene.core.membership.Fixtures.NOW;
import static dev.convene.core.membership.Fixtures.T0;
import static dev.convene.core.membership.Fixtures.U7;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.membership.Fixtures.Start;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation from every starting state of user u7 in c1, where a moderator sends the
 * invitations and, but in LAST_ADMIN, another admin exists. An outcome is u7's membership after the
 * operation ("ACTIVE MEMBER", "INVITED", "deleted"), "unchanged" when nothing happened, or
 * "conflict" when the operation was refused.
 */
class TransitionTableTest {
  static final String TABLE = """
      JOIN           | NONE               | ACTIVE MEMBER
      JOIN           | INVITED            | conflict
      JOIN           | EXPIRED_INVITATION | ACTIVE MEMBER
      JOIN           | REQUESTED          | conflict
      JOIN           | MEMBER             | conflict
      JOIN           | MODERATOR          | conflict
      JOIN           | ADMIN              | conflict
      JOIN           | LAST_ADMIN         | conflict
      JOIN           | BLOCKED            | conflict
      REQUEST        | NONE               | REQUESTED
      REQUEST        | INVITED            | conflict
      REQUEST        | EXPIRED_INVITATION | REQUESTED
      REQUEST        | REQUESTED          | conflict
      REQUEST        | MEMBER             | conflict
      REQUEST        | MODERATOR          | conflict
      REQUEST        | ADMIN              | conflict
      REQUEST        | LAST_ADMIN         | conflict
      REQUEST        | BLOCKED            | conflict
      APPROVE        | NONE               | conflict
      APPROVE        | INVITED            | conflict
      APPROVE        | EXPIRED_INVITATION | conflict
      APPROVE        | REQUESTED          | ACTIVE MEMBER
      APPROVE        | MEMBER             | conflict
      APPROVE        | MODERATOR          | conflict
      APPROVE        | ADMIN              | conflict
      APPROVE        | LAST_ADMIN         | conflict
      APPROVE        | BLOCKED            | conflict
      REJECT         | NONE               | conflict
      REJECT         | INVITED            | conflict
      REJECT         | EXPIRED_INVITATION | conflict
      REJECT         | REQUESTED          | deleted
      REJECT         | MEMBER             | conflict
      REJECT         | MODERATOR          | conflict
      REJECT         | ADMIN              | conflict
      REJECT         | LAST_ADMIN         | conflict
      REJECT         | BLOCKED            | conflict
      WITHDRAW       | NONE               | conflict
      WITHDRAW       | INVITED            | conflict
      WITHDRAW       | EXPIRED_INVITATION | conflict
      WITHDRAW       | REQUESTED          | deleted
      WITHDRAW       | MEMBER             | conflict
      WITHDRAW       | MODERATOR          | conflict
      WITHDRAW       | ADMIN              | conflict
      WITHDRAW       | LAST_ADMIN         | conflict
      WITHDRAW       | BLOCKED            | conflict
      INVITE         | NONE               | INVITED
      INVITE         | INVITED            | conflict
      INVITE         | EXPIRED_INVITATION | INVITED
      INVITE         | REQUESTED          | conflict
      INVITE         | MEMBER             | conflict
      INVITE         | MODERATOR          | conflict
      INVITE         | ADMIN              | conflict
      INVITE         | LAST_ADMIN         | conflict
      INVITE         | BLOCKED            | conflict
      ACCEPT         | NONE               | conflict
      ACCEPT         | INVITED            | ACTIVE MEMBER
      ACCEPT         | EXPIRED_INVITATION | conflict
      ACCEPT         | REQUESTED          | conflict
      ACCEPT         | MEMBER             | conflict
      ACCEPT         | MODERATOR          | conflict
      ACCEPT         | ADMIN              | conflict
      ACCEPT         | LAST_ADMIN         | conflict
      ACCEPT         | BLOCKED            | conflict
      DECLINE        | NONE               | conflict
      DECLINE        | INVITED            | deleted
      DECLINE        | EXPIRED_INVITATION | deleted
      DECLINE        | REQUESTED          | conflict
      DECLINE        | MEMBER             | conflict
      DECLINE        | MODERATOR          | conflict
      DECLINE        | ADMIN              | conflict
      DECLINE        | LAST_ADMIN         | conflict
      DECLINE        | BLOCKED            | conflict
      EXPIRE         | NONE               | unchanged
      EXPIRE         | INVITED            | unchanged
      EXPIRE         | EXPIRED_INVITATION | deleted
      EXPIRE         | REQUESTED          | unchanged
      EXPIRE         | MEMBER             | unchanged
      EXPIRE         | MODERATOR          | unchanged
      EXPIRE         | ADMIN              | unchanged
      EXPIRE         | LAST_ADMIN         | unchanged
      EXPIRE         | BLOCKED            | unchanged
      LEAVE          | NONE               | conflict
      LEAVE          | INVITED            | conflict
      LEAVE          | EXPIRED_INVITATION | conflict
      LEAVE          | REQUESTED          | conflict
      LEAVE          | MEMBER             | deleted
      LEAVE          | MODERATOR          | deleted
      LEAVE          | ADMIN              | deleted
      LEAVE          | LAST_ADMIN         | conflict
      LEAVE          | BLOCKED            | conflict
      REMOVE         | NONE               | conflict
      REMOVE         | INVITED            | deleted
      REMOVE         | EXPIRED_INVITATION | deleted
      REMOVE         | REQUESTED          | conflict
      REMOVE         | MEMBER             | deleted
      REMOVE         | MODERATOR          | deleted
      REMOVE         | ADMIN              | deleted
      REMOVE         | LAST_ADMIN         | conflict
      REMOVE         | BLOCKED            | conflict
      BLOCK          | NONE               | BLOCKED
      BLOCK          | INVITED            | BLOCKED
      BLOCK          | EXPIRED_INVITATION | BLOCKED
      BLOCK          | REQUESTED          | BLOCKED
      BLOCK          | MEMBER             | BLOCKED
      BLOCK          | MODERATOR          | BLOCKED
      BLOCK          | ADMIN              | BLOCKED
      BLOCK          | LAST_ADMIN         | conflict
      BLOCK          | BLOCKED            | conflict
      UNBLOCK        | NONE               | conflict
      UNBLOCK        | INVITED            | conflict
      UNBLOCK        | EXPIRED_INVITATION | conflict
      UNBLOCK        | REQUESTED          | conflict
      UNBLOCK        | MEMBER             | conflict
      UNBLOCK        | MODERATOR          | conflict
      UNBLOCK        | ADMIN              | conflict
      UNBLOCK        | LAST_ADMIN         | conflict
      UNBLOCK        | BLOCKED            | deleted
      MAKE_MEMBER    | NONE               | conflict
      MAKE_MEMBER    | INVITED            | conflict
      MAKE_MEMBER    | EXPIRED_INVITATION | conflict
      MAKE_MEMBER    | REQUESTED          | conflict
      MAKE_MEMBER    | MEMBER             | conflict
      MAKE_MEMBER    | MODERATOR          | ACTIVE MEMBER
      MAKE_MEMBER    | ADMIN              | ACTIVE MEMBER
      MAKE_MEMBER    | LAST_ADMIN         | conflict
      MAKE_MEMBER    | BLOCKED            | conflict
      MAKE_MODERATOR | NONE               | conflict
      MAKE_MODERATOR | INVITED            | conflict
      MAKE_MODERATOR | EXPIRED_INVITATION | conflict
      MAKE_MODERATOR | REQUESTED          | conflict
      MAKE_MODERATOR | MEMBER             | ACTIVE MODERATOR
      MAKE_MODERATOR | MODERATOR          | conflict
      MAKE_MODERATOR | ADMIN              | ACTIVE MODERATOR
      MAKE_MODERATOR | LAST_ADMIN         | conflict
      MAKE_MODERATOR | BLOCKED            | conflict
      MAKE_ADMIN     | NONE               | conflict
      MAKE_ADMIN     | INVITED            | conflict
      MAKE_ADMIN     | EXPIRED_INVITATION | conflict
      MAKE_ADMIN     | REQUESTED          | conflict
      MAKE_ADMIN     | MEMBER             | ACTIVE ADMIN
      MAKE_ADMIN     | MODERATOR          | ACTIVE ADMIN
      MAKE_ADMIN     | ADMIN              | conflict
      MAKE_ADMIN     | LAST_ADMIN         | conflict
      MAKE_ADMIN     | BLOCKED            | conflict
      """;

  static Stream<Arguments> rows() {
    return TABLE.lines().map(line -> line.split("\\|"))
        .map(cells -> Arguments.of(Op.valueOf(cells[0].strip()), Start.valueOf(cells[1].strip()), cells[2].strip()));
  }

  @Test
  @DisplayName("the table has exactly one row for every operation and starting state")
  void tableIsComplete() {
    List<String> pairs = rows().map(a -> a.get()[0] + " " + a.get()[1]).toList();
    Set<String> expected = Stream.of(Op.values())
        .flatMap(op -> Stream.of(Start.values()).map(start -> op + " " + start)).collect(Collectors.toSet());
    assertEquals(expected.size(), pairs.size());
    assertEquals(expected, Set.copyOf(pairs));
  }

  @ParameterizedTest(name = "{0} from {1}: {2}")
  @MethodSource("rows")
  void transition(Op op, Start start, String outcome) {
    Roster roster = start.roster();
    if (outcome.equals("conflict")) {
      MembershipConflictException e = assertThrows(MembershipConflictException.class, () -> op.apply(roster));
      assertEquals(U7, e.user());
      assertEquals(start.membership().map(Membership::state), e.state());
      assertEquals(op.event, e.attempted());
      assertTrue(e.getMessage().contains("u7"), e.getMessage());
      assertEquals(start.roster(), roster);
      return;
    }
    List<Change> changes = op.apply(roster);
    if (outcome.equals("unchanged")) {
      assertEquals(List.of(), changes);
      return;
    }
    assertEquals(1, changes.size());
    Change change = changes.get(0);
    assertEquals(op.event, change.kind());
    assertEquals(U7, change.user());
    assertEquals(start.membership(), change.before());
    assertEquals(change.roster().membership(U7), change.after());
    for (UserId other : List.of(MOD, BOSS)) {
      assertEquals(roster.membership(other), change.roster().membership(other), "others are untouched");
    }
    assertEquals(outcome, change.after().map(TableOracle::describe).orElse("deleted"));
    change.after().ifPresent(after -> {
      assertEquals(start.membership().map(Membership::version).orElse(0L), after.version(), "version");
      assertEquals(op.name().startsWith("MAKE_") ? T0 : NOW, after.since(), "since");
    });
  }

  /** The table's operations on u7, each as the list of changes it makes. */
  enum Op {
    JOIN(MembershipEvent.JOINED),
    REQUEST(MembershipEvent.REQUESTED),
    APPROVE(MembershipEvent.APPROVED),
    REJECT(MembershipEvent.REJECTED),
    WITHDRAW(MembershipEvent.WITHDRAWN),
    INVITE(MembershipEvent.INVITED),
    ACCEPT(MembershipEvent.ACCEPTED),
    DECLINE(MembershipEvent.DECLINED),
    EXPIRE(MembershipEvent.EXPIRED),
    LEAVE(MembershipEvent.LEFT),
    REMOVE(MembershipEvent.REMOVED),
    BLOCK(MembershipEvent.BLOCKED),
    UNBLOCK(MembershipEvent.UNBLOCKED),
    MAKE_MEMBER(MembershipEvent.ROLE_CHANGED),
    MAKE_MODERATOR(MembershipEvent.ROLE_CHANGED),
    MAKE_ADMIN(MembershipEvent.ROLE_CHANGED);

    final MembershipEvent event;

    Op(MembershipEvent event) {
      this.event = event;
    }

    List<Change> apply(Roster r) {
      return switch (this) {
        case EXPIRE -> r.expireInvitations(NOW);
        default -> List.of(single(r));
      };
    }

    private Change single(Roster r) {
      return switch (this) {
        case JOIN -> r.join(U7, NOW);
        case REQUEST -> r.request(U7, Optional.of("hello"), NOW);
        case APPROVE -> r.approve(U7, NOW);
        case REJECT -> r.reject(U7);
        case WITHDRAW -> r.withdraw(U7);
        case INVITE -> r.invite(U7, MOD, Optional.empty(), Optional.of(NOW.plusSeconds(3_600)), NOW);
        case ACCEPT -> r.accept(U7, NOW);
        case DECLINE -> r.decline(U7);
        case LEAVE -> r.leave(U7);
        case REMOVE -> r.remove(U7);
        case BLOCK -> r.block(U7, NOW);
        case UNBLOCK -> r.unblock(U7);
        case MAKE_MEMBER -> r.changeRole(U7, Role.MEMBER);
        case MAKE_MODERATOR -> r.changeRole(U7, Role.MODERATOR);
        case MAKE_ADMIN -> r.changeRole(U7, Role.ADMIN);
        case EXPIRE -> throw new AssertionError("EXPIRE is not about one user");
      };
    }
  }
}
