package dev.convene.platform;

import static dev.convene.platform.MembershipWorld.ADA;
import static dev.convene.platform.MembershipWorld.BEN;
import static dev.convene.platform.MembershipWorld.OLGA;
import static dev.convene.platform.MembershipWorld.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Role;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Getting in: joining, asking to join, and invitations, through the public API. */
class MembershipJoiningTest {
  private final MembershipWorld w = new MembershipWorld();
  private final MembershipService members = w.memberships;

  @Test
  @DisplayName("a signed-in user joins an open community; anonymous visitors, members and requests are refused")
  void openJoin() {
    Community open = w.community("open", b -> b);
    Membership olga = members.join(OLGA, open.id());
    assertEquals(MembershipState.ACTIVE, olga.state());
    assertEquals(Role.MEMBER, olga.role());
    assertEquals(1, olga.version());
    w.saw("open: olga JOINED by olga, none -> ACTIVE MEMBER");

    assertThrows(AccessDeniedException.class, () -> members.join(OLGA, open.id()));
    assertThrows(AccessDeniedException.class, () -> members.join(Actor.anonymous(), open.id()));
    assertThrows(AccessDeniedException.class, () -> members.request(BEN, open.id(), Optional.empty()));
    w.sawNothing();
  }

  @Test
  @DisplayName("a request waits for a moderator's approval; members cannot approve, nor can it be approved twice")
  void requestThenApprove() {
    Community semi = w.community("semi", b -> b.privacy(Privacy.SEMI_PRIVATE));
    assertThrows(AccessDeniedException.class, () -> members.join(OLGA, semi.id()));
    Membership request = members.request(OLGA, semi.id(), Optional.of("I work on water"));
    assertEquals(MembershipState.REQUESTED, request.state());
    assertEquals(Optional.of("I work on water"), request.message());
    w.saw("semi: olga REQUESTED by olga, none -> REQUESTED");

    members.invite(ADA, semi.id(), id(BEN), Optional.empty());
    members.accept(BEN, semi.id());
    w.transitions();
    assertThrows(AccessDeniedException.class, () -> members.approve(BEN, semi.id(), id(OLGA)));
    assertThrows(AccessDeniedException.class, () -> members.request(OLGA, semi.id(), Optional.empty()));
    w.sawNothing();

    Membership approved = members.approve(ADA, semi.id(), id(OLGA));
    assertEquals(MembershipState.ACTIVE, approved.state());
    assertEquals(2, approved.version());
    w.saw("semi: olga APPROVED by ada, REQUESTED -> ACTIVE MEMBER");
    assertThrows(AccessDeniedException.class, () -> members.approve(ADA, semi.id(), id(OLGA)));
    w.sawNothing();
  }

  @Test
  @DisplayName("a rejection keeps its reason in the audit log; rejecting nothing is a conflict, or denied to outsiders")
  void requestThenReject() {
    Community semi = w.community("semi", b -> b.privacy(Privacy.SEMI_PRIVATE));
    members.request(OLGA, semi.id(), Optional.empty());
    w.transitions();
    members.reject(ADA, semi.id(), id(OLGA), Optional.of("not in the programme"));
    w.saw("semi: olga REJECTED by ada, REQUESTED -> none (not in the programme)");
    assertEquals(Optional.empty(), w.stored(semi, OLGA));

    assertThrows(ConflictException.class, () -> members.reject(ADA, semi.id(), id(OLGA), Optional.empty()));
    assertThrows(AccessDeniedException.class, () -> members.reject(BEN, semi.id(), id(OLGA), Optional.empty()));
    w.sawNothing();
  }

  @Test
  @DisplayName("the requester withdraws their request; without one there is nothing to withdraw")
  void requestThenWithdraw() {
    Community semi = w.community("semi", b -> b.privacy(Privacy.SEMI_PRIVATE));
    members.request(OLGA, semi.id(), Optional.empty());
    w.transitions();
    members.withdraw(OLGA, semi.id());
    w.saw("semi: olga WITHDRAWN by olga, REQUESTED -> none");
    assertThrows(AccessDeniedException.class, () -> members.withdraw(OLGA, semi.id()));
    w.sawNothing();
  }

  @Test
  @DisplayName("an invitation lasts the configured time and is accepted by the invitee; members do not invite")
  void inviteThenAccept() {
    Community club = w.community("club", b -> b.privacy(Privacy.SEMI_PRIVATE).joinPolicy(JoinPolicy.INVITATION));
    assertThrows(AccessDeniedException.class, () -> members.request(BEN, club.id(), Optional.empty()));
    assertThrows(AccessDeniedException.class, () -> members.join(BEN, club.id()));
    w.sawNothing();

    Membership invitation = members.invite(ADA, club.id(), id(OLGA), Optional.of("Join us"));
    assertEquals(MembershipState.INVITED, invitation.state());
    assertEquals(Optional.of(id(ADA)), invitation.inviter());
    assertEquals(Optional.of(w.clock.instant().plus(Duration.ofDays(7))), invitation.expiry());
    w.saw("club: olga INVITED by ada, none -> INVITED");
    assertThrows(AccessDeniedException.class, () -> members.invite(ADA, club.id(), id(OLGA), Optional.empty()));
    assertThrows(AccessDeniedException.class, () -> members.join(OLGA, club.id()));

    Membership active = members.accept(OLGA, club.id());
    assertEquals(MembershipState.ACTIVE, active.state());
    assertEquals(Optional.of(id(ADA)), active.inviter());
    w.saw("club: olga ACCEPTED by olga, INVITED -> ACTIVE MEMBER");
    assertThrows(AccessDeniedException.class, () -> members.invite(OLGA, club.id(), id(BEN), Optional.empty()));
    assertThrows(AccessDeniedException.class, () -> members.accept(OLGA, club.id()));
    w.sawNothing();
  }

  @Test
  @DisplayName("the invitee declines the invitation")
  void inviteThenDecline() {
    Community club = w.community("club", b -> b.privacy(Privacy.SEMI_PRIVATE));
    members.invite(ADA, club.id(), id(OLGA), Optional.empty());
    w.transitions();
    members.decline(OLGA, club.id());
    w.saw("club: olga DECLINED by olga, INVITED -> none");
    assertThrows(AccessDeniedException.class, () -> members.decline(OLGA, club.id()));
    w.sawNothing();
  }

  @Test
  @DisplayName("a lapsed invitation cannot be accepted, may be renewed, and is dropped by the platform's job")
  void inviteThenExpire() {
    Community open = w.community("open", b -> b);
    members.invite(ADA, open.id(), id(OLGA), Optional.empty());
    members.invite(ADA, open.id(), id(BEN), Optional.empty());
    w.clock.advance(Duration.ofDays(1));
    members.invite(ADA, open.id(), id(MembershipWorld.CARL), Optional.empty());
    w.transitions();
    w.clock.advance(Duration.ofDays(6));

    assertThrows(AccessDeniedException.class, () -> members.accept(OLGA, open.id()));
    members.invite(ADA, open.id(), id(BEN), Optional.empty());
    w.saw("open: ben INVITED by ada, INVITED -> INVITED");

    assertEquals(1, members.expireInvitations());
    w.saw("open: olga EXPIRED by the platform, INVITED -> none");
    assertEquals(0, members.expireInvitations());
    w.sawNothing();
    members.accept(MembershipWorld.CARL, open.id());
    members.join(OLGA, open.id());
    w.saw("open: carl ACCEPTED by carl, INVITED -> ACTIVE MEMBER", "open: olga JOINED by olga, none -> ACTIVE MEMBER");
  }

  @Test
  @DisplayName("the expiry job reaches every community, past the first page of them, working groups included")
  void expiryEverywhere() {
    Community first = w.community("a-000", b -> b);
    for (int i = 1; i < 120; i++) {
      w.community(String.format("a-%03d", i), b -> b);
    }
    Community last = w.community("z-last", b -> b);
    Community group = w.workingGroup(first, "group", b -> b);
    members.join(OLGA, first.id());
    members.invite(ADA, first.id(), id(BEN), Optional.empty());
    members.invite(ADA, last.id(), id(BEN), Optional.empty());
    members.invite(ADA, group.id(), id(OLGA), Optional.empty());
    w.transitions();
    w.clock.advance(Duration.ofDays(7));
    assertEquals(3, members.expireInvitations());
    w.saw("a-000: ben EXPIRED by the platform, INVITED -> none", "group: olga EXPIRED by the platform, INVITED -> none",
        "z-last: ben EXPIRED by the platform, INVITED -> none");
  }

  @Test
  @DisplayName("bad arguments are validation errors naming the argument, and write nothing")
  void validation() {
    Community open = w.community("open", b -> b);
    String tooLong = "x".repeat(Membership.MAX_MESSAGE_LENGTH + 1);
    assertEquals("message", assertThrows(ValidationException.class,
        () -> members.request(OLGA, open.id(), Optional.of(tooLong))).field());
    assertEquals("message", assertThrows(ValidationException.class,
        () -> members.invite(ADA, open.id(), id(OLGA), Optional.of(" "))).field());
    assertEquals("reason", assertThrows(ValidationException.class,
        () -> members.reject(ADA, open.id(), id(OLGA), Optional.of(""))).field());
    assertEquals("community", assertThrows(ValidationException.class, () -> members.join(OLGA, null)).field());
    assertEquals("actor", assertThrows(ValidationException.class, () -> members.join(null, open.id())).field());
    assertEquals("invitee", assertThrows(ValidationException.class,
        () -> members.invite(ADA, open.id(), null, Optional.empty())).field());
    assertEquals("role", assertThrows(ValidationException.class,
        () -> members.changeRole(ADA, open.id(), id(OLGA), null)).field());
    assertTrue(w.storage.read(tx -> tx.memberships().all(open.id())).size() == 1);
    w.sawNothing();
  }
}
