package dev.convene.platform;

import static dev.convene.platform.MembershipWorld.ADA;
import static dev.convene.platform.MembershipWorld.BEN;
import static dev.convene.platform.MembershipWorld.CARL;
import static dev.convene.platform.MembershipWorld.OLGA;
import static dev.convene.platform.MembershipWorld.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Role;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.PageRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Hidden groups and working groups, through the public API. */
class MembershipGroupsTest {
  private final MembershipWorld w = new MembershipWorld();
  private final MembershipService members = w.memberships;

  /** Every call an outsider might try on a community, by name. */
  private Map<String, Executable> everything(Actor actor, CommunityId c) {
    Map<String, Executable> calls = new LinkedHashMap<>();
    calls.put("join", () -> members.join(actor, c));
    calls.put("request", () -> members.request(actor, c, Optional.empty()));
    calls.put("withdraw", () -> members.withdraw(actor, c));
    calls.put("accept", () -> members.accept(actor, c));
    calls.put("decline", () -> members.decline(actor, c));
    calls.put("leave", () -> members.leave(actor, c));
    calls.put("invite", () -> members.invite(actor, c, id(BEN), Optional.empty()));
    calls.put("inviteAll", () -> members.inviteAll(actor, c, List.of(id(BEN)), Optional.empty()));
    calls.put("approve", () -> members.approve(actor, c, id(ADA)));
    calls.put("reject", () -> members.reject(actor, c, id(ADA), Optional.empty()));
    calls.put("remove", () -> members.remove(actor, c, id(ADA)));
    calls.put("block", () -> members.block(actor, c, id(ADA)));
    calls.put("unblock", () -> members.unblock(actor, c, id(ADA)));
    calls.put("changeRole", () -> members.changeRole(actor, c, id(ADA), Role.MEMBER));
    calls.put("membership", () -> members.membership(actor, c));
    calls.put("members", () -> members.members(actor, c, MemberQuery.all(), PageRequest.first(10)));
    return calls;
  }

  private void assertHidden(Actor actor, Community hidden) {
    CommunityId unknown = CommunityId.of("nope");
    Map<String, Executable> onHidden = everything(actor, hidden.id());
    Map<String, Executable> onUnknown = everything(actor, unknown);
    onHidden.forEach((name, call) -> {
      String seen = assertThrows(NotFoundException.class, call, name).getMessage();
      String missing = assertThrows(NotFoundException.class, onUnknown.get(name), name).getMessage();
      assertEquals(missing.replace("nope", "X"), seen.replace(hidden.id().value(), "X"), name);
    });
  }

  @Test
  @DisplayName("to outsiders, blocked users and anonymous visitors, every call on a hidden group is not-found, as for an unknown id")
  void hiddenToOutsiders() {
    Community secret = w.community("secret", b -> b.purpose(Purpose.HIDDEN_GROUP));
    members.block(ADA, secret.id(), id(CARL));
    w.transitions();
    assertHidden(OLGA, secret);
    assertHidden(CARL, secret);
    assertHidden(Actor.anonymous(), secret);
    assertEquals(List.of(), members.communitiesOf(CARL));
    w.sawNothing();
  }

  @Test
  @DisplayName("an invitee of a hidden group sees it and accepts; a lapsed invitation is no invitation")
  void hiddenToInvitees() {
    Community secret = w.community("secret", b -> b.purpose(Purpose.HIDDEN_GROUP));
    members.invite(ADA, secret.id(), id(OLGA), Optional.empty());
    members.invite(ADA, secret.id(), id(BEN), Optional.empty());
    w.transitions();
    assertEquals(MembershipState.INVITED, members.membership(OLGA, secret.id()).orElseThrow().state());
    assertEquals(List.of(secret.id()), members.communitiesOf(OLGA).stream().map(m -> m.community()).toList());
    assertEquals(secret, w.communities.get(OLGA, secret.id()));
    assertThrows(AccessDeniedException.class,
        () -> members.members(OLGA, secret.id(), MemberQuery.all(), PageRequest.first(10)));

    members.accept(OLGA, secret.id());
    w.saw("secret: olga ACCEPTED by olga, INVITED -> ACTIVE MEMBER");
    assertEquals(2, members.members(OLGA, secret.id(), MemberQuery.all(), PageRequest.first(10)).items().size());

    w.clock.advance(Duration.ofDays(7));
    assertThrows(NotFoundException.class, () -> members.accept(BEN, secret.id()));
    assertThrows(NotFoundException.class, () -> members.membership(BEN, secret.id()));
    assertEquals(List.of(), members.communitiesOf(BEN));
    w.sawNothing();
  }

  @Test
  @DisplayName("only active members of the parent join, or are invited to, a working group")
  void workingGroupNeedsParent() {
    Community parent = w.community("parent", b -> b);
    Community group = w.workingGroup(parent, "group", b -> b);
    AccessDeniedException outsider = assertThrows(AccessDeniedException.class, () -> members.join(OLGA, group.id()));
    assertTrue(outsider.getMessage().contains("parent"), outsider.getMessage());
    ConflictException invitee = assertThrows(ConflictException.class,
        () -> members.invite(ADA, group.id(), id(OLGA), Optional.empty()));
    assertTrue(invitee.getMessage().contains("not an active member of its parent"), invitee.getMessage());
    w.sawNothing();

    members.join(OLGA, parent.id());
    members.join(OLGA, group.id());
    members.leave(OLGA, group.id());
    w.saw("parent: olga JOINED by olga, none -> ACTIVE MEMBER", "group: olga JOINED by olga, none -> ACTIVE MEMBER",
        "group: olga LEFT by olga, ACTIVE MEMBER -> none");
    assertEquals(MembershipState.ACTIVE, w.stored(parent, OLGA).orElseThrow().state());
  }

  @Test
  @DisplayName("leaving, being removed from or blocked in the parent drops the working-group memberships too")
  void departuresReachWorkingGroups() {
    Community parent = w.community("parent", b -> b);
    Community group = w.workingGroup(parent, "group", b -> b);
    Community closed = w.workingGroup(parent, "group-closed", b -> b.privacy(Privacy.SEMI_PRIVATE));
    for (Actor a : List.of(OLGA, BEN, CARL)) {
      members.join(a, parent.id());
      members.join(a, group.id());
    }
    members.request(BEN, closed.id(), Optional.empty());
    w.transitions();
    String reason = " (no longer an active member of community " + parent.id() + ")";

    members.leave(OLGA, parent.id());
    w.saw("parent: olga LEFT by olga, ACTIVE MEMBER -> none", "group: olga REMOVED by olga, ACTIVE MEMBER -> none" + reason);
    members.remove(ADA, parent.id(), id(BEN));
    w.saw("parent: ben REMOVED by ada, ACTIVE MEMBER -> none", "group: ben REMOVED by ada, ACTIVE MEMBER -> none" + reason,
        "group-closed: ben REJECTED by ada, REQUESTED -> none" + reason);
    members.block(ADA, parent.id(), id(CARL));
    w.saw("parent: carl BLOCKED by ada, ACTIVE MEMBER -> BLOCKED",
        "group: carl REMOVED by ada, ACTIVE MEMBER -> none" + reason);
    Consumer<Actor> gone = a -> assertEquals(Optional.empty(), w.stored(group, a));
    List.of(OLGA, BEN, CARL).forEach(gone);
    assertEquals(Optional.empty(), w.stored(closed, BEN));
  }

  @Test
  @DisplayName("a departure that would leave a working group without an admin is refused whole, until another admin is named")
  void lastWorkingGroupAdmin() {
    Community parent = w.community("parent", b -> b);
    Community group = w.workingGroup(parent, "group", b -> b);
    members.join(OLGA, parent.id());
    members.join(OLGA, group.id());
    members.changeRole(ADA, group.id(), id(OLGA), Role.ADMIN);
    members.leave(ADA, group.id());
    w.transitions();

    for (Executable departure : List.<Executable>of(() -> members.leave(OLGA, parent.id()),
        () -> members.remove(ADA, parent.id(), id(OLGA)), () -> members.block(ADA, parent.id(), id(OLGA)))) {
      ConflictException e = assertThrows(ConflictException.class, departure);
      assertTrue(e.getMessage().contains("no active admin left"), e.getMessage());
    }
    w.sawNothing();
    assertEquals(MembershipState.ACTIVE, w.stored(parent, OLGA).orElseThrow().state());

    members.join(ADA, group.id());
    members.changeRole(OLGA, group.id(), id(ADA), Role.ADMIN);
    members.leave(OLGA, parent.id());
    w.saw("group: ada JOINED by ada, none -> ACTIVE MEMBER", "group: ada ROLE_CHANGED by olga, ACTIVE MEMBER -> ACTIVE ADMIN",
        "parent: olga LEFT by olga, ACTIVE MEMBER -> none",
        "group: olga REMOVED by olga, ACTIVE ADMIN -> none (no longer an active member of community " + parent.id() + ")");
  }
}
