package dev.convene.platform;

import static dev.convene.platform.WalkthroughWorld.ADA;
import static dev.convene.platform.WalkthroughWorld.ANON;
import static dev.convene.platform.WalkthroughWorld.BEN;
import static dev.convene.platform.WalkthroughWorld.MAX;
import static dev.convene.platform.WalkthroughWorld.MEL;
import static dev.convene.platform.WalkthroughWorld.MO;
import static dev.convene.platform.WalkthroughWorld.OLGA;
import static dev.convene.platform.WalkthroughWorld.audited;
import static dev.convene.platform.WalkthroughWorld.id;
import static dev.convene.platform.WalkthroughWorld.told;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Role;
import dev.convene.storage.Delivery;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.PageRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The membership paths of hidden groups and working groups (DESIGN.md §3), as stories checked like
 * those of {@link WalkthroughMembershipTest}: audit entries, notifications and refusals together.
 */
@DisplayName("Hidden group and working group walkthroughs")
class WalkthroughGroupsTest {
  private final WalkthroughWorld w = new WalkthroughWorld();
  private final MembershipService members = w.convene.memberships();

  /** What an outsider might try on a community, by name. */
  private Map<String, Executable> tries(Actor actor, CommunityId c) {
    Map<String, Executable> calls = new LinkedHashMap<>();
    calls.put("show", () -> w.convene.communities().get(actor, c));
    calls.put("join", () -> members.join(actor, c));
    calls.put("request", () -> members.request(actor, c, Optional.of("Let me in")));
    calls.put("membership", () -> members.membership(actor, c));
    calls.put("members", () -> members.members(actor, c, MemberQuery.all(), PageRequest.first(10)));
    calls.put("items", () -> w.convene.content().list(actor, c, ItemQuery.in(c), PageRequest.first(10)));
    calls.put("follow", () -> w.convene.notifications().subscribe(actor, c, NotificationLevel.ALL, Delivery.IMMEDIATE));
    return calls;
  }

  /** Every try on the hidden group is refused exactly as on an id that does not exist. */
  private void hiddenFrom(Actor actor, Community hidden) {
    CommunityId random = CommunityId.of("no-such-community");
    Map<String, Executable> onRandom = tries(actor, random);
    tries(actor, hidden.id()).forEach((name, call) -> {
      String seen = w.denied(NotFoundException.class, call).getMessage();
      String unknown = assertThrows(NotFoundException.class, onRandom.get(name), name).getMessage();
      Function<String, String> masked = text -> text.replace(hidden.id().value(), "?").replace(random.value(), "?");
      assertEquals(masked.apply(unknown), masked.apply(seen), actor + " " + name);
    });
  }

  @Test
  @DisplayName("a hidden group is not found by outsiders, with the message of a random id; its invitee sees it and accepts")
  void hiddenGroup() {
    Community secret = w.community("secret", b -> b.purpose(Purpose.HIDDEN_GROUP));
    hiddenFrom(OLGA, secret);
    hiddenFrom(ANON, secret);

    members.invite(ADA, secret.id(), id(OLGA), Optional.of("Welcome"));
    w.saw(audited("secret: MEMBERSHIP_CHANGED olga by ada, none -> INVITED"),
        told("olga <- membership.invited in secret"));
    assertEquals(secret.id(), w.convene.communities().get(OLGA, secret.id()).id());
    w.denied(AccessDeniedException.class,
        () -> members.members(OLGA, secret.id(), MemberQuery.all(), PageRequest.first(10)));
    hiddenFrom(BEN, secret);

    members.accept(OLGA, secret.id());
    w.saw(audited("secret: MEMBERSHIP_CHANGED olga by olga, INVITED -> ACTIVE MEMBER"), told());
    assertEquals(5, members.members(OLGA, secret.id(), MemberQuery.all(), PageRequest.first(10)).items().size());
    hiddenFrom(BEN, secret);
  }

  @Test
  @DisplayName("a lapsed invitation to a hidden group is no invitation: the group is not found again")
  void lapsedHiddenInvitation() {
    Community secret = w.community("secret", b -> b.purpose(Purpose.HIDDEN_GROUP));
    members.invite(ADA, secret.id(), id(OLGA), Optional.empty());
    w.saw(audited("secret: MEMBERSHIP_CHANGED olga by ada, none -> INVITED"),
        told("olga <- membership.invited in secret"));
    w.clock.advance(Duration.ofDays(14));
    hiddenFrom(OLGA, secret);
    w.denied(NotFoundException.class, () -> members.accept(OLGA, secret.id()));
    assertEquals(1, members.expireInvitations());
    w.saw(audited("secret: MEMBERSHIP_CHANGED olga by the platform, INVITED -> none"), told());
  }

  @Test
  @DisplayName("a blocked user finds a hidden group no more than any outsider")
  void hiddenFromBlocked() {
    Community secret = w.community("secret", b -> b.purpose(Purpose.HIDDEN_GROUP));
    members.block(ADA, secret.id(), id(MAX));
    w.saw(audited("secret: MEMBERSHIP_CHANGED max by ada, ACTIVE MEMBER -> BLOCKED"), told());
    hiddenFrom(MAX, secret);
    w.denied(AccessDeniedException.class, () -> members.invite(ADA, secret.id(), id(MAX), Optional.empty()));
  }

  @Test
  @DisplayName("the parent's admins decide a working group's requests and are told of them; other parent members are not")
  void workingGroupRequest() {
    Community parent = w.community("parent", b -> b);
    members.changeRole(ADA, parent.id(), id(MO), Role.ADMIN);
    w.saw(audited("parent: ROLE_CHANGED mo by ada, ACTIVE MODERATOR -> ACTIVE ADMIN"),
        told("mo <- membership.role_changed in parent"));
    Community closed = w.workingGroup(parent, "closed", b -> b.privacy(Privacy.SEMI_PRIVATE));
    w.denied(AccessDeniedException.class, () -> members.join(MAX, closed.id()));
    members.request(MAX, closed.id(), Optional.empty());
    w.saw(audited("closed: MEMBERSHIP_CHANGED max by max, none -> REQUESTED"),
        told("ada <- membership.requested in closed", "mo <- membership.requested in closed"));
    w.denied(AccessDeniedException.class, () -> members.approve(MEL, closed.id(), id(MAX)));
    members.approve(MO, closed.id(), id(MAX));
    w.saw(audited("closed: MEMBERSHIP_CHANGED max by mo, REQUESTED -> ACTIVE MEMBER"),
        told("max <- membership.approved in closed"));
  }

  @Test
  @DisplayName("only members of the parent join a working group; leaving the parent removes the working-group membership, audited")
  void workingGroup() {
    Community parent = w.community("parent", b -> b);
    Community group = w.workingGroup(parent, "group", b -> b);
    AccessDeniedException outsider = w.denied(AccessDeniedException.class, () -> members.join(OLGA, group.id()));
    assertTrue(outsider.getMessage().contains("parent"), outsider.getMessage());
    w.denied(AccessDeniedException.class, () -> members.request(OLGA, group.id(), Optional.empty()));

    members.join(MAX, group.id());
    w.saw(audited("group: MEMBERSHIP_CHANGED max by max, none -> ACTIVE MEMBER"), told());
    members.leave(MAX, parent.id());
    w.saw(audited("parent: MEMBERSHIP_CHANGED max by max, ACTIVE MEMBER -> none",
        "group: MEMBERSHIP_CHANGED max by max, ACTIVE MEMBER -> none (no longer an active member of community parent)"),
        told());
    assertEquals(Optional.empty(), members.membership(MAX, group.id()));
    w.denied(AccessDeniedException.class, () -> members.join(MAX, group.id()));

    members.join(OLGA, parent.id());
    w.saw(audited("parent: MEMBERSHIP_CHANGED olga by olga, none -> ACTIVE MEMBER"), told());
    members.join(OLGA, group.id());
    w.saw(audited("group: MEMBERSHIP_CHANGED olga by olga, none -> ACTIVE MEMBER"), told());
    assertEquals(MembershipState.ACTIVE, members.membership(OLGA, group.id()).orElseThrow().state());
  }
}
