package dev.convene.platform;

import static dev.convene.platform.WalkthroughWorld.ADA;
import static dev.convene.platform.WalkthroughWorld.ANON;
import static dev.convene.platform.WalkthroughWorld.BEN;
import static dev.convene.platform.WalkthroughWorld.MAX;
import static dev.convene.platform.WalkthroughWorld.MEL;
import static dev.convene.platform.WalkthroughWorld.MO;
import static dev.convene.platform.WalkthroughWorld.OLGA;
import static dev.convene.platform.WalkthroughWorld.PAT;
import static dev.convene.platform.WalkthroughWorld.audited;
import static dev.convene.platform.WalkthroughWorld.id;
import static dev.convene.platform.WalkthroughWorld.told;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Community;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Role;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every membership path of DESIGN.md §3 told as a story. Each step is checked three ways at once:
 * what it audited, who was notified (and that nobody else was), and, for a refused step, the
 * exception with nothing audited, announced or notified. In every community ada is the admin, mo
 * the moderator, mel and max members; members hear what is important at once unless they follow.
 */
@DisplayName("Membership walkthroughs")
class WalkthroughMembershipTest {
  private final WalkthroughWorld w = new WalkthroughWorld();
  private final MembershipService members = w.convene.memberships();
  private final Community semi = w.community("semi", b -> b.privacy(Privacy.SEMI_PRIVATE));

  private void olgaRequests() {
    members.request(OLGA, semi.id(), Optional.of("I work on water"));
    w.saw(audited("semi: MEMBERSHIP_CHANGED olga by olga, none -> REQUESTED"),
        told("ada <- membership.requested in semi", "mo <- membership.requested in semi"));
  }

  @Test
  @DisplayName("an outsider joins an open community; followers who may see the member list hear of it")
  void openJoin() {
    Community open = w.community("open", b -> b);
    w.follow(BEN, open, NotificationLevel.ALL, Delivery.IMMEDIATE);
    w.follow(MAX, open, NotificationLevel.ALL, Delivery.IMMEDIATE);
    members.join(OLGA, open.id());
    w.saw(audited("open: MEMBERSHIP_CHANGED olga by olga, none -> ACTIVE MEMBER"),
        told("ben <- membership.joined in open", "max <- membership.joined in open"));

    w.denied(AccessDeniedException.class, () -> members.join(OLGA, open.id()));
    w.denied(AccessDeniedException.class, () -> members.join(ANON, open.id()));
    w.denied(AccessDeniedException.class, () -> members.request(BEN, open.id(), Optional.empty()));
  }

  @Test
  @DisplayName("a request is told to the admin and the moderator only; the approval to the requester and to member followers")
  void requestThenApprove() {
    w.follow(MAX, semi, NotificationLevel.ALL, Delivery.IMMEDIATE);
    w.follow(BEN, semi, NotificationLevel.ALL, Delivery.IMMEDIATE); // an outsider may not see who joins
    w.denied(AccessDeniedException.class, () -> members.join(OLGA, semi.id()));
    olgaRequests();
    w.denied(AccessDeniedException.class, () -> members.request(OLGA, semi.id(), Optional.empty()));
    w.denied(AccessDeniedException.class, () -> members.approve(MAX, semi.id(), id(OLGA)));
    w.denied(AccessDeniedException.class, () -> members.approve(OLGA, semi.id(), id(OLGA)));

    members.approve(MO, semi.id(), id(OLGA));
    w.saw(audited("semi: MEMBERSHIP_CHANGED olga by mo, REQUESTED -> ACTIVE MEMBER"),
        told("olga <- membership.approved in semi", "max <- membership.approved in semi"));
    w.denied(AccessDeniedException.class, () -> members.approve(MO, semi.id(), id(OLGA)));
  }

  @Test
  @DisplayName("a rejection keeps its reason in the audit log and is told to the requester alone")
  void requestThenReject() {
    w.follow(MAX, semi, NotificationLevel.ALL, Delivery.IMMEDIATE);
    olgaRequests();
    w.denied(ValidationException.class, () -> members.reject(ADA, semi.id(), id(OLGA), Optional.of(" ")));
    w.denied(AccessDeniedException.class, () -> members.reject(MEL, semi.id(), id(OLGA), Optional.empty()));
    members.reject(ADA, semi.id(), id(OLGA), Optional.of("Staff only"));
    w.saw(audited("semi: MEMBERSHIP_CHANGED olga by ada, REQUESTED -> none (Staff only)"),
        told("olga <- membership.rejected in semi"));
    w.denied(ConflictException.class, () -> members.reject(ADA, semi.id(), id(OLGA), Optional.empty()));
  }

  @Test
  @DisplayName("a withdrawn request is audited and told to nobody; there is nothing left to decide")
  void requestThenWithdraw() {
    olgaRequests();
    w.denied(AccessDeniedException.class, () -> members.withdraw(BEN, semi.id()));
    members.withdraw(OLGA, semi.id());
    w.saw(audited("semi: MEMBERSHIP_CHANGED olga by olga, REQUESTED -> none"), told());
    w.denied(AccessDeniedException.class, () -> members.withdraw(OLGA, semi.id()));
    w.denied(ConflictException.class, () -> members.approve(MO, semi.id(), id(OLGA)));
  }

  @Test
  @DisplayName("an invitation is told to the invitee; accepting it is told to member followers")
  void inviteThenAccept() {
    w.follow(MAX, semi, NotificationLevel.ALL, Delivery.IMMEDIATE);
    w.denied(AccessDeniedException.class, () -> members.invite(MAX, semi.id(), id(OLGA), Optional.empty()));
    members.invite(MO, semi.id(), id(OLGA), Optional.of("Join us"));
    w.saw(audited("semi: MEMBERSHIP_CHANGED olga by mo, none -> INVITED"), told("olga <- membership.invited in semi"));
    w.denied(AccessDeniedException.class, () -> members.invite(ADA, semi.id(), id(OLGA), Optional.empty()));
    w.denied(AccessDeniedException.class, () -> members.accept(BEN, semi.id()));

    members.accept(OLGA, semi.id());
    w.saw(audited("semi: MEMBERSHIP_CHANGED olga by olga, INVITED -> ACTIVE MEMBER"),
        told("max <- membership.accepted in semi"));
    w.denied(AccessDeniedException.class, () -> members.accept(OLGA, semi.id()));
  }

  @Test
  @DisplayName("a declined invitation is audited and told to nobody")
  void inviteThenDecline() {
    w.follow(MAX, semi, NotificationLevel.ALL, Delivery.IMMEDIATE);
    members.invite(ADA, semi.id(), id(OLGA), Optional.empty());
    w.saw(audited("semi: MEMBERSHIP_CHANGED olga by ada, none -> INVITED"), told("olga <- membership.invited in semi"));
    members.decline(OLGA, semi.id());
    w.saw(audited("semi: MEMBERSHIP_CHANGED olga by olga, INVITED -> none"), told());
    w.denied(AccessDeniedException.class, () -> members.decline(OLGA, semi.id()));
    w.denied(AccessDeniedException.class, () -> members.accept(OLGA, semi.id()));
  }

  @Test
  @DisplayName("an invitation lapses after 14 days: it cannot be accepted, and the expiry job drops it, audited by the platform")
  void inviteThenExpire() {
    members.invite(ADA, semi.id(), id(OLGA), Optional.empty());
    w.saw(audited("semi: MEMBERSHIP_CHANGED olga by ada, none -> INVITED"), told("olga <- membership.invited in semi"));
    w.clock.advance(Duration.ofDays(14));
    w.denied(AccessDeniedException.class, () -> members.accept(OLGA, semi.id()));

    assertEquals(1, members.expireInvitations());
    w.saw(audited("semi: MEMBERSHIP_CHANGED olga by the platform, INVITED -> none"), told());
    assertEquals(0, members.expireInvitations());
    w.sawNothing();
    assertEquals(Optional.empty(), members.membership(OLGA, semi.id()));
  }

  @Test
  @DisplayName("a member leaves; member followers hear of it; leaving twice is refused")
  void leave() {
    w.follow(MEL, semi, NotificationLevel.ALL, Delivery.IMMEDIATE);
    members.leave(MAX, semi.id());
    w.saw(audited("semi: MEMBERSHIP_CHANGED max by max, ACTIVE MEMBER -> none"), told("mel <- membership.left in semi"));
    w.denied(AccessDeniedException.class, () -> members.leave(MAX, semi.id()));
    w.denied(AccessDeniedException.class, () -> members.leave(OLGA, semi.id()));
  }

  @Test
  @DisplayName("a moderator removes a member, told to nobody; members remove nobody")
  void removeByModerator() {
    w.follow(MEL, semi, NotificationLevel.ALL, Delivery.IMMEDIATE);
    w.denied(AccessDeniedException.class, () -> members.remove(MEL, semi.id(), id(MAX)));
    members.remove(MO, semi.id(), id(MAX));
    w.saw(audited("semi: MEMBERSHIP_CHANGED max by mo, ACTIVE MEMBER -> none"), told());
    w.denied(ConflictException.class, () -> members.remove(MO, semi.id(), id(MAX)));
  }

  @Test
  @DisplayName("a platform admin removes a member: the override and the transition are both audited")
  void removeByPlatformAdmin() {
    members.remove(PAT, semi.id(), id(MAX));
    w.saw(audited("semi: PLATFORM_ADMIN_ACCESS community semi by pat (REMOVE_MEMBER)",
        "semi: MEMBERSHIP_CHANGED max by pat, ACTIVE MEMBER -> none"), told());
    w.denied(ConflictException.class, () -> members.remove(PAT, semi.id(), id(MAX)));
  }

  @Test
  @DisplayName("a moderator cannot remove an admin, nor themselves")
  void moderatorCannotRemoveAdmin() {
    AccessDeniedException outranked = w.denied(AccessDeniedException.class, () -> members.remove(MO, semi.id(), id(ADA)));
    assertTrue(outranked.getMessage().contains("role is too high"), outranked.getMessage());
    w.denied(AccessDeniedException.class, () -> members.remove(MO, semi.id(), id(MO)));
    w.denied(AccessDeniedException.class, () -> members.block(MO, semi.id(), id(MAX)));
  }

  @Test
  @DisplayName("a blocked user cannot request, join or be invited; once unblocked they may ask again")
  void blockThenUnblock() {
    Community gate = w.community("gate", b -> b.joinPolicy(JoinPolicy.REQUEST));
    members.block(ADA, gate.id(), id(MAX));
    w.saw(audited("gate: MEMBERSHIP_CHANGED max by ada, ACTIVE MEMBER -> BLOCKED"), told());
    AccessDeniedException asking = w.denied(AccessDeniedException.class,
        () -> members.request(MAX, gate.id(), Optional.empty()));
    assertTrue(asking.getMessage().contains("blocked"), asking.getMessage());
    w.denied(AccessDeniedException.class, () -> members.join(MAX, gate.id()));
    w.denied(AccessDeniedException.class, () -> members.invite(MO, gate.id(), id(MAX), Optional.empty()));
    w.denied(AccessDeniedException.class, () -> members.invite(ADA, gate.id(), id(MAX), Optional.empty()));
    w.denied(AccessDeniedException.class, () -> members.unblock(MO, gate.id(), id(MAX)));
    w.denied(ConflictException.class, () -> members.block(ADA, gate.id(), id(MAX)));

    members.unblock(ADA, gate.id(), id(MAX));
    w.saw(audited("gate: MEMBERSHIP_CHANGED max by ada, BLOCKED -> none"), told());
    members.request(MAX, gate.id(), Optional.empty());
    w.saw(audited("gate: MEMBERSHIP_CHANGED max by max, none -> REQUESTED"),
        told("ada <- membership.requested in gate", "mo <- membership.requested in gate"));
  }

  @Test
  @DisplayName("an admin promotes a member to moderator, who is told, hears of the next request and approves it")
  void changeRole() {
    w.denied(AccessDeniedException.class, () -> members.changeRole(MO, semi.id(), id(MAX), Role.MODERATOR));
    members.changeRole(ADA, semi.id(), id(MAX), Role.MODERATOR);
    w.saw(audited("semi: ROLE_CHANGED max by ada, ACTIVE MEMBER -> ACTIVE MODERATOR"),
        told("max <- membership.role_changed in semi"));
    w.denied(ConflictException.class, () -> members.changeRole(ADA, semi.id(), id(MAX), Role.MODERATOR));

    members.request(OLGA, semi.id(), Optional.empty());
    w.saw(audited("semi: MEMBERSHIP_CHANGED olga by olga, none -> REQUESTED"), told("ada <- membership.requested in semi",
        "max <- membership.requested in semi", "mo <- membership.requested in semi"));
    members.approve(MAX, semi.id(), id(OLGA));
    w.saw(audited("semi: MEMBERSHIP_CHANGED olga by max, REQUESTED -> ACTIVE MEMBER"),
        told("olga <- membership.approved in semi"));
  }

  @Test
  @DisplayName("the last admin can neither leave nor be demoted or removed, not even by a platform admin")
  void lastAdmin() {
    w.denied(ConflictException.class, () -> members.leave(ADA, semi.id()));
    w.denied(ConflictException.class, () -> members.changeRole(ADA, semi.id(), id(ADA), Role.MODERATOR));
    w.denied(AccessDeniedException.class, () -> members.remove(ADA, semi.id(), id(ADA)));
    w.denied(ConflictException.class, () -> members.remove(PAT, semi.id(), id(ADA)));
    w.denied(ConflictException.class, () -> members.changeRole(PAT, semi.id(), id(ADA), Role.MEMBER));

    members.changeRole(ADA, semi.id(), id(MO), Role.ADMIN);
    w.saw(audited("semi: ROLE_CHANGED mo by ada, ACTIVE MODERATOR -> ACTIVE ADMIN"),
        told("mo <- membership.role_changed in semi"));
    w.auditBy(semi, MO);
    members.leave(ADA, semi.id());
    w.saw(audited("semi: MEMBERSHIP_CHANGED ada by ada, ACTIVE ADMIN -> none"), told());
    w.denied(ConflictException.class, () -> members.leave(MO, semi.id()));
  }
}
