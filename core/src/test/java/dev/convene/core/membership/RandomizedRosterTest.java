package dev.convene.core.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ValidationException;
import dev.convene.core.membership.TransitionTableTest.Op;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Long random sequences of operations with random arguments, on random rosters, half of them working
 * groups. Each step's outcome must be the one {@link TableOracle} predicts from the hand-written
 * table, a refusal must leave the roster as it was, and {@link RosterChecks} must hold after every
 * step. The seed is printed; rerun a failure with {@code -Dconvene.membership.seed=<seed>}.
 */
class RandomizedRosterTest {
  private static final long SEED = Long.getLong("convene.membership.seed", 0x5EED_C0DEL);
  private static final int SEQUENCES = 200;
  private static final int STEPS = 500;
  private static final List<UserId> USERS = IntStream.range(0, 8).mapToObj(i -> UserId.of("u" + i)).toList();
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private final Map<MembershipEvent, Integer> done = new EnumMap<>(MembershipEvent.class);
  private int refused;
  private int views;

  @Test
  @DisplayName("random operations follow the table and keep every invariant")
  void randomSequences() {
    System.out.println("RandomizedRosterTest seed: " + SEED + " (rerun with -Dconvene.membership.seed=" + SEED
        + ")");
    Random seeds = new Random(SEED);
    for (int i = 0; i < SEQUENCES; i++) {
      long seed = seeds.nextLong();
      try {
        run(new Random(seed));
      } catch (AssertionError e) {
        throw new AssertionError("sequence " + i + " of seed " + SEED + " (sequence seed " + seed + "): "
            + e.getMessage(), e);
      }
    }
    System.out.println("RandomizedRosterTest: " + done + ", " + refused + " refused");
    for (MembershipEvent event : MembershipEvent.values()) {
      assertTrue(done.getOrDefault(event, 0) > 0, "never happened: " + event);
    }
    assertTrue(refused > SEQUENCES * STEPS / 4, "too few refusals to test them: " + refused);
    assertTrue(views >= SEQUENCES * STEPS * 9 / 10, "too few operations compared on views: " + views);
  }

  private void run(Random rnd) {
    Instant now = T0;
    Optional<Roster> parent = rnd.nextBoolean() ? Optional.of(randomParent(rnd, now)) : Optional.empty();
    CommunityId community = CommunityId.of(parent.isPresent() ? "wg" : "c");
    Roster roster = randomRoster(rnd, community, now);
    if (parent.isPresent()) {
      roster = roster.withParent(parent.get());
    }
    for (int step = 0; step < STEPS; step++) {
      now = now.plus(Duration.ofMinutes(rnd.nextInt(12 * 60)));
      String at = "step " + step + " on " + roster + ": ";
      if (parent.isPresent() && rnd.nextInt(20) == 0) {
        roster = changeParent(rnd, roster, parent.get(), at);
        parent = roster.parent();
      } else {
        roster = randomStep(rnd, roster, now, at);
      }
      RosterChecks.invariants(roster, community, parent);
    }
  }

  private Roster randomStep(Random rnd, Roster roster, Instant now, String at) {
    Op op = Op.values()[rnd.nextInt(Op.values().length)];
    UserId inviter = rnd.nextInt(4) > 0 && !roster.active().isEmpty()
        ? roster.active().get(rnd.nextInt(roster.active().size())).user() : pick(rnd);
    // Half the time, a user the operation is allowed for, so that rare transitions happen often too.
    List<UserId> allowed = rnd.nextBoolean() ? USERS.stream()
        .filter(u -> !TableOracle.outcome(op, roster, u, inviter, now).equals("conflict")).toList() : List.of();
    UserId user = allowed.isEmpty() ? pick(rnd) : allowed.get(rnd.nextInt(allowed.size()));
    Optional<String> message = rnd.nextInt(3) == 0 ? Optional.empty()
        : Optional.of(rnd.nextInt(50) == 0 ? "x".repeat(Membership.MAX_MESSAGE_LENGTH) : "note " + rnd.nextInt(99));
    int expiryHours = rnd.nextInt(20) == 0 ? -rnd.nextInt(3) : 1 + rnd.nextInt(120);
    Optional<Instant> expiry = rnd.nextInt(3) == 0 ? Optional.empty()
        : Optional.of(now.plus(Duration.ofHours(expiryHours)));
    boolean badExpiry = op == Op.INVITE && expiry.isPresent() && expiryHours <= 0;
    String call = at + op + " " + user + (op == Op.INVITE ? " by " + inviter + " until " + expiry : "") + ": ";
    String expected = TableOracle.outcome(op, roster, user, inviter, now);
    Roster copy = RosterChecks.copy(roster);
    Function<Roster, List<Change>> operation = r -> switch (op) {
      case EXPIRE -> r.expireInvitations(now);
      case JOIN -> List.of(r.join(user, now));
      case REQUEST -> List.of(r.request(user, message, now));
      case APPROVE -> List.of(r.approve(user, now));
      case REJECT -> List.of(r.reject(user));
      case WITHDRAW -> List.of(r.withdraw(user));
      case INVITE -> List.of(r.invite(user, inviter, message, expiry, now));
      case ACCEPT -> List.of(r.accept(user, now));
      case DECLINE -> List.of(r.decline(user));
      case LEAVE -> List.of(r.leave(user));
      case REMOVE -> List.of(r.remove(user));
      case BLOCK -> List.of(r.block(user, now));
      case UNBLOCK -> List.of(r.unblock(user));
      case MAKE_MEMBER -> List.of(r.changeRole(user, Role.MEMBER));
      case MAKE_MODERATOR -> List.of(r.changeRole(user, Role.MODERATOR));
      case MAKE_ADMIN -> List.of(r.changeRole(user, Role.ADMIN));
    };
    // A store-backed caller reads the memberships of the user and the inviter, or the lapsed invitations.
    List<UserId> concerned = op == Op.EXPIRE
        ? roster.memberships().stream().filter(m -> m.isExpired(now)).map(Membership::user).toList()
        : List.of(user, inviter);
    ViewChecks.sameOutcome(roster, concerned, operation, call);
    views++;
    try {
      List<Change> changes = operation.apply(roster);
      assertFalse(badExpiry, call + "accepted an expiry that is not after now");
      RosterChecks.chain(roster, changes, now, call);
      if (op == Op.EXPIRE) {
        assertEquals(roster.memberships().stream().filter(m -> m.isExpired(now)).map(Membership::user).toList(),
            changes.stream().map(Change::user).toList(), call + "expired");
      } else {
        Change change = changes.get(0);
        assertEquals(expected, change.after().map(TableOracle::describe).orElse("deleted"), call + "outcome");
        assertEquals(op.event, change.kind(), call + "kind");
      }
      changes.forEach(c -> done.merge(c.kind(), 1, Integer::sum));
      return changes.isEmpty() ? roster : changes.get(changes.size() - 1).roster();
    } catch (MembershipConflictException e) {
      assertFalse(badExpiry, call + "a bad expiry must be a validation error");
      assertEquals("conflict", expected, call + "refused: " + e.getMessage());
      assertEquals(user, e.user(), call + "refusal names the user");
      assertEquals(op.event, e.attempted(), call + "refusal names the operation");
      assertEquals(roster.membership(user).map(Membership::state), e.state(), call + "refusal names the state");
    } catch (ValidationException e) {
      assertTrue(badExpiry, call + e.getMessage());
    }
    assertEquals(copy, roster, call + "a refusal changed the roster");
    refused++;
    return roster;
  }

  /** The parent gains or loses a member; the working group drops whom it must, unless that is refused. */
  private Roster changeParent(Random rnd, Roster roster, Roster parent, String at) {
    UserId user = pick(rnd);
    Roster next = parent.isActive(user) ? (parent.admins().size() > 1 || !parent.membership(user).orElseThrow()
        .hasRole(Role.ADMIN) ? parent.leave(user).roster() : parent) : parent.join(user, T0).roster();
    List<Membership> leaving = roster.memberships().stream()
        .filter(m -> m.state() != MembershipState.BLOCKED && !next.isActive(m.user())).toList();
    boolean adminsLeave = leaving.containsAll(roster.admins());
    boolean consistent = roster.memberships().stream()
        .allMatch(m -> m.state() == MembershipState.BLOCKED || parent.isActive(m.user()));
    if (consistent) {
      // Then only the user can have to go: the caller reads the user's membership and the admin count.
      ViewChecks.sameOutcome(roster, List.of(user), r -> r.withoutNonMembersOf(
          r.isComplete() ? next : ViewChecks.viewOf(next, List.of(user))), at + "without " + user + ": ");
      views++;
    }
    try {
      List<Change> changes = roster.withoutNonMembersOf(next);
      assertFalse(adminsLeave, at + "dropped every admin");
      RosterChecks.chain(roster.withParent(next), changes, T0, at);
      assertEquals(leaving.stream().map(Membership::user).toList(), changes.stream().map(Change::user).toList(), at);
      changes.forEach(c -> done.merge(c.kind(), 1, Integer::sum));
      return changes.isEmpty() ? roster.withParent(next) : changes.get(changes.size() - 1).roster();
    } catch (MembershipConflictException e) {
      assertTrue(adminsLeave, at + e.getMessage());
      refused++;
      return roster;
    }
  }

  private static Roster randomParent(Random rnd, Instant now) {
    Roster parent = Roster.founded(CommunityId.of("p"), USERS.get(0), now);
    for (UserId user : USERS.subList(1, USERS.size())) {
      parent = rnd.nextInt(3) > 0 ? parent.join(user, now).roster() : parent;
    }
    return parent;
  }

  /** A stored roster: u0 an admin, everyone else in a random state, all with random versions. */
  private static Roster randomRoster(Random rnd, CommunityId community, Instant now) {
    List<Membership> stored = new ArrayList<>();
    for (UserId user : USERS) {
      int kind = user.equals(USERS.get(0)) ? 4 : rnd.nextInt(7);
      MembershipState state = switch (kind) {
        case 1 -> MembershipState.INVITED;
        case 2 -> MembershipState.REQUESTED;
        case 3, 4, 5 -> MembershipState.ACTIVE;
        default -> MembershipState.BLOCKED;
      };
      Role role = kind == 4 ? Role.ADMIN : kind == 5 ? Role.MODERATOR : Role.MEMBER;
      Optional<Instant> expiry = kind == 1 ? Optional.of(now.plus(Duration.ofHours(rnd.nextInt(48) - 12)))
          : Optional.empty();
      if (kind != 0) {
        stored.add(new Membership(community, user, state, role, Optional.empty(), Optional.empty(), now, expiry,
            rnd.nextInt(20)));
      }
    }
    return Roster.of(community, stored);
  }

  private static UserId pick(Random rnd) {
    return USERS.get(rnd.nextInt(USERS.size()));
  }
}
