package dev.convene.platform;

import static dev.convene.platform.InvitationOutcome.ALREADY_INVITED;
import static dev.convene.platform.InvitationOutcome.ALREADY_MEMBER;
import static dev.convene.platform.InvitationOutcome.BLOCKED;
import static dev.convene.platform.InvitationOutcome.INVITED;
import static dev.convene.platform.InvitationOutcome.NOT_IN_PARENT;
import static dev.convene.platform.InvitationOutcome.REQUESTED_ALREADY;
import static dev.convene.platform.MembershipWorld.ADA;
import static dev.convene.platform.MembershipWorld.OLGA;
import static dev.convene.platform.MembershipWorld.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Inviting many people at once: one outcome per person, one transaction. */
class MembershipInviteAllTest {
  private final MembershipWorld w = new MembershipWorld();
  private final MembershipService members = w.memberships;
  private final Community semi = w.community("semi", b -> b.privacy(Privacy.SEMI_PRIVATE));

  private static UserId user(String name) {
    return UserId.of(name);
  }

  private static List<UserId> users(String... names) {
    return Arrays.stream(names).map(UserId::of).toList();
  }

  @Test
  @DisplayName("each person is invited or told why not, in the order given; only the invitations are written")
  void outcomes() {
    members.invite(ADA, semi.id(), user("frank"), Optional.empty());
    w.clock.advance(Duration.ofDays(8));
    members.invite(ADA, semi.id(), id(OLGA), Optional.empty());
    members.accept(OLGA, semi.id());
    members.invite(ADA, semi.id(), user("ben"), Optional.empty());
    members.request(Actor.user("carl"), semi.id(), Optional.empty());
    members.block(ADA, semi.id(), user("dora"));
    w.transitions();

    Map<UserId, InvitationOutcome> outcomes = members.inviteAll(ADA, semi.id(),
        users("eve", "olga", "ben", "carl", "dora", "frank", "ada"), Optional.of("Welcome"));
    Map<UserId, InvitationOutcome> expected = new LinkedHashMap<>();
    expected.put(user("eve"), INVITED);
    expected.put(user("olga"), ALREADY_MEMBER);
    expected.put(user("ben"), ALREADY_INVITED);
    expected.put(user("carl"), REQUESTED_ALREADY);
    expected.put(user("dora"), BLOCKED);
    expected.put(user("frank"), INVITED);
    expected.put(user("ada"), ALREADY_MEMBER);
    assertEquals(expected, outcomes);
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(outcomes.keySet()));
    w.saw("semi: eve INVITED by ada, none -> INVITED", "semi: frank INVITED by ada, INVITED -> INVITED");
    Membership eve = w.stored(semi, Actor.user("eve")).orElseThrow();
    assertEquals(Optional.of("Welcome"), eve.message());
    assertEquals(Optional.of(w.clock.instant().plus(Duration.ofDays(7))), eve.expiry());
  }

  @Test
  @DisplayName("in a working group, people outside the parent are reported, not invited")
  void notInParent() {
    Community open = w.community("open", b -> b);
    Community group = w.workingGroup(open, "group", b -> b);
    members.join(OLGA, open.id());
    w.transitions();
    assertEquals(Map.of(id(OLGA), INVITED, user("ben"), NOT_IN_PARENT),
        members.inviteAll(ADA, group.id(), List.of(id(OLGA), user("ben")), Optional.empty()));
    w.saw("group: olga INVITED by ada, none -> INVITED");
  }

  @Test
  @DisplayName("someone who may not invite invites nobody")
  void deniedWhole() {
    members.invite(ADA, semi.id(), id(OLGA), Optional.empty());
    members.accept(OLGA, semi.id());
    w.transitions();
    assertThrows(AccessDeniedException.class, () -> members.inviteAll(OLGA, semi.id(), users("eve"), Optional.empty()));
    assertThrows(AccessDeniedException.class, () -> members.inviteAll(Actor.user("eve"), semi.id(), users("eve"),
        Optional.empty()));
    w.sawNothing();
    assertEquals(Map.of(), members.inviteAll(ADA, semi.id(), List.of(), Optional.empty()));
  }

  @Test
  @DisplayName("a missing id, a user listed twice, too many users or a bad message are validation errors that write nothing")
  void validation() {
    List<UserId> withNull = new ArrayList<>(users("eve"));
    withNull.add(null);
    assertEquals("invitees[]", assertThrows(ValidationException.class,
        () -> members.inviteAll(ADA, semi.id(), withNull, Optional.empty())).field());
    assertEquals("invitees", assertThrows(ValidationException.class,
        () -> members.inviteAll(ADA, semi.id(), null, Optional.empty())).field());
    ValidationException twice = assertThrows(ValidationException.class,
        () -> members.inviteAll(ADA, semi.id(), users("eve", "fay", "eve"), Optional.empty()));
    assertEquals("distinct", twice.rule());
    List<UserId> many = IntStream.rangeClosed(0, 1_000).mapToObj(i -> user("u" + i)).toList();
    assertEquals("max-size", assertThrows(ValidationException.class,
        () -> members.inviteAll(ADA, semi.id(), many, Optional.empty())).rule());
    assertEquals("message", assertThrows(ValidationException.class, () -> members.inviteAll(ADA, semi.id(),
        users("eve"), Optional.of("x".repeat(Membership.MAX_MESSAGE_LENGTH + 1)))).field());
    assertEquals("community", assertThrows(ValidationException.class,
        () -> members.inviteAll(ADA, null, users("eve"), Optional.empty())).field());
    w.sawNothing();
    assertEquals(1, w.storage.read(tx -> tx.memberships().all(semi.id())).size());
  }
}
