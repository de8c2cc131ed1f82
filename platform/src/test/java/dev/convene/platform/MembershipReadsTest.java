package dev.convene.platform;

import static dev.convene.platform.MembershipWorld.ADA;
import static dev.convene.platform.MembershipWorld.BEN;
import static dev.convene.platform.MembershipWorld.CARL;
import static dev.convene.platform.MembershipWorld.OLGA;
import static dev.convene.platform.MembershipWorld.PAT;
import static dev.convene.platform.MembershipWorld.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reading memberships: one's own, one's communities, and member lists by who asks. */
class MembershipReadsTest {
  private static final MemberQuery ALL = MemberQuery.all();

  private final MembershipWorld w = new MembershipWorld();
  private final MembershipService members = w.memberships;
  private final Community open = w.community("open", b -> b);
  private final Community semi = w.community("semi", b -> b.privacy(Privacy.SEMI_PRIVATE));
  private final Community listed = w.community("listed", b -> b.joinPolicy(JoinPolicy.REQUEST));

  /** Olga active, Ben a moderator, Carl asking, Dora invited, Eve blocked, in {@code c}. */
  private void populate(Community c) {
    members.invite(ADA, c.id(), id(OLGA), Optional.empty());
    members.accept(OLGA, c.id());
    members.invite(ADA, c.id(), id(BEN), Optional.empty());
    members.accept(BEN, c.id());
    members.changeRole(ADA, c.id(), id(BEN), Role.MODERATOR);
    members.request(CARL, c.id(), Optional.empty());
    members.invite(ADA, c.id(), UserId.of("dora"), Optional.empty());
    members.block(ADA, c.id(), UserId.of("eve"));
  }

  private List<String> list(Actor actor, Community c, MemberQuery query) {
    return members.members(actor, c.id(), query, PageRequest.first(100)).items().stream()
        .map(m -> m.user() + " " + m.state()).toList();
  }

  @Test
  @DisplayName("one's own membership, in whatever state; none for outsiders and anonymous visitors")
  void own() {
    members.request(OLGA, semi.id(), Optional.empty());
    assertEquals(MembershipState.REQUESTED, members.membership(OLGA, semi.id()).orElseThrow().state());
    assertEquals(Optional.empty(), members.membership(BEN, semi.id()));
    assertEquals(Optional.empty(), members.membership(Actor.anonymous(), open.id()));
  }

  @Test
  @DisplayName("one's communities are the visible ones, by community id, in whatever state")
  void communitiesOf() {
    Community secret = w.community("secret", b -> b.purpose(Purpose.HIDDEN_GROUP));
    members.join(OLGA, open.id());
    members.request(OLGA, semi.id(), Optional.empty());
    members.block(ADA, secret.id(), id(OLGA));
    members.block(ADA, open.id(), id(BEN));
    List<String> olga = members.communitiesOf(OLGA).stream().map(m -> m.community() + " " + m.state()).toList();
    assertEquals(List.of(open.id() + " ACTIVE", semi.id() + " REQUESTED"), olga);
    assertEquals(List.of(open.id()), members.communitiesOf(BEN).stream().map(Membership::community).toList());
    assertEquals(List.of(open.id(), semi.id(), listed.id(), secret.id()),
        members.communitiesOf(ADA).stream().map(Membership::community).toList());
    assertEquals(List.of(), members.communitiesOf(Actor.anonymous()));
  }

  @Test
  @DisplayName("moderators see every state; members and outsiders of a public community see active members only")
  void memberListByRole() {
    populate(listed);
    List<String> everyone = List.of("ada ACTIVE", "ben ACTIVE", "carl REQUESTED", "dora INVITED", "eve BLOCKED",
        "olga ACTIVE");
    assertEquals(everyone, list(ADA, listed, ALL));
    assertEquals(everyone, list(BEN, listed, ALL));
    assertEquals(List.of("carl REQUESTED"), list(BEN, listed, ALL.withStates(MembershipState.REQUESTED)));
    List<String> active = List.of("ada ACTIVE", "ben ACTIVE", "olga ACTIVE");
    assertEquals(active, list(OLGA, listed, ALL));
    assertEquals(active, list(Actor.user("zoe"), listed, ALL));
    assertEquals(active, list(CARL, listed, ALL));
    assertEquals(List.of("ben ACTIVE"), list(Actor.user("zoe"), listed, ALL.withRoles(Role.MODERATOR)));
    assertEquals(active, list(OLGA, listed, MemberQuery.active()));
    assertThrows(AccessDeniedException.class, () -> list(OLGA, listed, ALL.withStates(MembershipState.REQUESTED)));
    assertThrows(AccessDeniedException.class,
        () -> list(OLGA, listed, ALL.withStates(MembershipState.ACTIVE, MembershipState.BLOCKED)));
    assertThrows(AccessDeniedException.class, () -> list(Actor.anonymous(), listed, ALL));
  }

  @Test
  @DisplayName("a closed community's member list is for its active members; moderators still see requests once it is archived")
  void closedAndArchived() {
    populate(semi);
    assertThrows(AccessDeniedException.class, () -> list(CARL, semi, ALL));
    assertThrows(AccessDeniedException.class, () -> list(Actor.user("zoe"), semi, ALL));
    assertEquals(List.of("ada ACTIVE", "ben ACTIVE", "olga ACTIVE"), list(OLGA, semi, ALL));
    w.communities.archive(ADA, semi.id());
    assertEquals(List.of("carl REQUESTED"), list(BEN, semi, ALL.withStates(MembershipState.REQUESTED)));
  }

  @Test
  @DisplayName("a platform admin sees every state, and that sight is audited")
  void platformAdmin() {
    populate(listed);
    w.transitions();
    assertEquals(6, list(PAT, listed, ALL).size());
    w.saw("listed: PLATFORM_ADMIN_ACCESS by pat (VIEW_MEMBERS in every state)");
    assertEquals(3, list(PAT, listed, MemberQuery.active()).size());
    w.sawNothing();
  }

  @Test
  @DisplayName("member lists are paged by user id")
  void paging() {
    for (int i = 0; i < 7; i++) {
      members.join(Actor.user("u" + i), open.id());
    }
    CommunityId c = open.id();
    Page<Membership> first = members.members(OLGA, c, ALL, PageRequest.first(5));
    assertEquals(5, first.items().size());
    Page<Membership> second = members.members(OLGA, c, ALL, PageRequest.first(5).after(first.next().orElseThrow()));
    assertEquals(List.of("u4", "u5", "u6"), second.items().stream().map(m -> m.user().value()).toList());
  }
}
