package dev.convene.platform;

import static dev.convene.platform.MembershipWorld.ADA;
import static dev.convene.platform.MembershipWorld.BEN;
import static dev.convene.platform.MembershipWorld.CARL;
import static dev.convene.platform.MembershipWorld.OLGA;
import static dev.convene.platform.MembershipWorld.PAT;
import static dev.convene.platform.MembershipWorld.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.model.Community;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Staying in and being put out: leaving, removal, blocks and roles, through the public API. */
class MembershipModerationTest {
  private static final UserId DORA = UserId.of("dora");

  private final MembershipWorld w = new MembershipWorld();
  private final MembershipService members = w.memberships;
  private final Community open = w.community("open", b -> b);

  @Test
  @DisplayName("an active member leaves; outsiders have nothing to leave; the last admin cannot leave")
  void leave() {
    members.join(OLGA, open.id());
    w.transitions();
    members.leave(OLGA, open.id());
    w.saw("open: olga LEFT by olga, ACTIVE MEMBER -> none");
    assertThrows(AccessDeniedException.class, () -> members.leave(OLGA, open.id()));
    ConflictException last = assertThrows(ConflictException.class, () -> members.leave(ADA, open.id()));
    assertTrue(last.getMessage().contains("last admin"), last.getMessage());
    w.sawNothing();
  }

  @Test
  @DisplayName("moderators remove members and cancel invitations, never moderators, admins or themselves")
  void remove() {
    members.join(OLGA, open.id());
    members.join(BEN, open.id());
    members.join(CARL, open.id());
    members.changeRole(ADA, open.id(), id(BEN), Role.MODERATOR);
    members.invite(BEN, open.id(), DORA, Optional.empty());
    w.transitions();

    members.remove(BEN, open.id(), id(OLGA));
    members.remove(BEN, open.id(), DORA);
    w.saw("open: olga REMOVED by ben, ACTIVE MEMBER -> none", "open: dora REMOVED by ben, INVITED -> none");

    assertThrows(AccessDeniedException.class, () -> members.remove(BEN, open.id(), id(ADA)));
    assertThrows(AccessDeniedException.class, () -> members.remove(BEN, open.id(), id(BEN)));
    assertThrows(AccessDeniedException.class, () -> members.remove(CARL, open.id(), id(BEN)));
    assertThrows(AccessDeniedException.class, () -> members.remove(CARL, open.id(), id(OLGA)));
    ConflictException nobody = assertThrows(ConflictException.class, () -> members.remove(BEN, open.id(), id(OLGA)));
    assertTrue(nobody.getMessage().contains("no membership"), nobody.getMessage());
    w.sawNothing();

    members.remove(ADA, open.id(), id(BEN));
    w.saw("open: ben REMOVED by ada, ACTIVE MODERATOR -> none");
  }

  @Test
  @DisplayName("a request is rejected, not removed")
  void removeRequest() {
    Community semi = w.community("semi", b -> b.privacy(Privacy.SEMI_PRIVATE));
    members.request(OLGA, semi.id(), Optional.empty());
    w.transitions();
    ConflictException e = assertThrows(ConflictException.class, () -> members.remove(ADA, semi.id(), id(OLGA)));
    assertTrue(e.getMessage().contains("reject the request instead"), e.getMessage());
    w.sawNothing();
  }

  @Test
  @DisplayName("admins block anyone but themselves, member or not; the blocked cannot join, request or be invited")
  void block() {
    Community semi = w.community("semi", b -> b.privacy(Privacy.SEMI_PRIVATE));
    members.join(OLGA, open.id());
    members.join(BEN, open.id());
    members.changeRole(ADA, open.id(), id(BEN), Role.MODERATOR);
    w.transitions();

    Membership blocked = members.block(ADA, open.id(), id(OLGA));
    assertEquals(MembershipState.BLOCKED, blocked.state());
    members.block(ADA, open.id(), id(CARL));
    members.block(ADA, semi.id(), id(OLGA));
    w.saw("open: olga BLOCKED by ada, ACTIVE MEMBER -> BLOCKED", "open: carl BLOCKED by ada, none -> BLOCKED",
        "semi: olga BLOCKED by ada, none -> BLOCKED");

    assertTrue(assertThrows(AccessDeniedException.class, () -> members.join(OLGA, open.id())).getMessage()
        .contains("blocked"));
    assertTrue(assertThrows(AccessDeniedException.class, () -> members.request(OLGA, semi.id(), Optional.empty()))
        .getMessage().contains("blocked"));
    assertTrue(assertThrows(AccessDeniedException.class, () -> members.invite(ADA, open.id(), id(OLGA),
        Optional.empty())).getMessage().contains("blocked"));
    assertThrows(AccessDeniedException.class, () -> members.block(BEN, open.id(), id(ADA)));
    assertThrows(AccessDeniedException.class, () -> members.block(ADA, open.id(), id(ADA)));
    assertThrows(AccessDeniedException.class, () -> members.unblock(BEN, open.id(), id(OLGA)));
    assertThrows(ConflictException.class, () -> members.block(ADA, open.id(), id(OLGA)));
    assertThrows(ConflictException.class, () -> members.remove(ADA, open.id(), id(OLGA)));
    w.sawNothing();

    members.unblock(ADA, open.id(), id(OLGA));
    w.saw("open: olga UNBLOCKED by ada, BLOCKED -> none");
    assertThrows(ConflictException.class, () -> members.unblock(ADA, open.id(), id(OLGA)));
    members.join(OLGA, open.id());
    w.saw("open: olga JOINED by olga, none -> ACTIVE MEMBER");
  }

  @Test
  @DisplayName("admins change roles, moderators do not; the last admin is never demoted, removed or blocked")
  void roles() {
    members.join(OLGA, open.id());
    members.join(BEN, open.id());
    w.transitions();
    Membership moderator = members.changeRole(ADA, open.id(), id(OLGA), Role.MODERATOR);
    assertEquals(Role.MODERATOR, moderator.role());
    w.saw("open: olga ROLE_CHANGED by ada, ACTIVE MEMBER -> ACTIVE MODERATOR");

    assertThrows(AccessDeniedException.class, () -> members.changeRole(OLGA, open.id(), id(BEN), Role.MODERATOR));
    assertThrows(AccessDeniedException.class, () -> members.changeRole(OLGA, open.id(), id(CARL), Role.MODERATOR));
    assertThrows(ConflictException.class, () -> members.changeRole(ADA, open.id(), id(CARL), Role.MODERATOR));
    assertThrows(ConflictException.class, () -> members.changeRole(ADA, open.id(), id(OLGA), Role.MODERATOR));
    assertThrows(ConflictException.class, () -> members.changeRole(ADA, open.id(), id(ADA), Role.MEMBER));
    assertThrows(ConflictException.class, () -> members.changeRole(PAT, open.id(), id(ADA), Role.MODERATOR));
    assertThrows(ConflictException.class, () -> members.remove(PAT, open.id(), id(ADA)));
    assertThrows(ConflictException.class, () -> members.block(PAT, open.id(), id(ADA)));
    w.sawNothing();

    members.changeRole(ADA, open.id(), id(OLGA), Role.ADMIN);
    members.changeRole(ADA, open.id(), id(ADA), Role.MEMBER);
    members.leave(ADA, open.id());
    w.saw("open: olga ROLE_CHANGED by ada, ACTIVE MODERATOR -> ACTIVE ADMIN",
        "open: ada ROLE_CHANGED by ada, ACTIVE ADMIN -> ACTIVE MEMBER", "open: ada LEFT by ada, ACTIVE MEMBER -> none");
    assertThrows(ConflictException.class, () -> members.leave(OLGA, open.id()));
  }

  @Test
  @DisplayName("a platform admin's override is audited before the transition it allowed")
  void platformAdmin() {
    members.join(OLGA, open.id());
    w.transitions();
    members.remove(PAT, open.id(), id(OLGA));
    w.saw("open: PLATFORM_ADMIN_ACCESS by pat (REMOVE_MEMBER)", "open: olga REMOVED by pat, ACTIVE MEMBER -> none");
  }
}
