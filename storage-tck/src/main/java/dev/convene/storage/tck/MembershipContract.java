package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.community;
import static dev.convene.storage.tck.Fixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.membership.Change;
import dev.convene.core.membership.Roster;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.MemberQuery;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Memberships: create, read, update and delete, one per user and community. */
abstract class MembershipContract extends ContractSupport {
  private CommunityId alpha;
  private CommunityId beta;

  MembershipContract(StorageContract kit) {
    super(kit);
  }

  @BeforeEach
  void communities() {
    alpha = insert(community("alpha")).id();
    beta = insert(community("beta")).id();
  }

  @Test
  @DisplayName("an inserted membership is stored at version 1 and read back equal")
  void insertAndRead() {
    Membership invitation = Fixtures.invited(alpha, "olga");
    Membership stored = insert(invitation);
    assertEquals(invitation.withVersion(1), stored);
    assertEquals(Optional.of(stored), read(t -> t.memberships().get(alpha, UserId.of("olga"))));
    assertEquals(Optional.empty(), read(t -> t.memberships().get(beta, UserId.of("olga"))));
  }

  @Test
  @DisplayName("a user has one membership per community, and may have one in each")
  void onePerUserAndCommunity() {
    insert(member(alpha, "ada", Role.ADMIN));
    Snapshot before = snapshot();
    assertThrows(ConflictException.class,
        () -> insert(Fixtures.membership(alpha, "ada", MembershipState.REQUESTED)));
    assertEquals(before, snapshot());
    assertEquals(1, insert(member(beta, "ada", Role.MEMBER)).version());
  }

  @Test
  @DisplayName("a membership needs a community that exists")
  void communityMustExist() {
    Snapshot before = snapshot();
    assertThrows(NotFoundException.class, () -> insert(member(CommunityId.of("nowhere"), "ada", Role.ADMIN)));
    assertEquals(before, snapshot());
  }

  @Test
  @DisplayName("an update stores the next version; a delete removes the membership")
  void updateAndDelete() {
    Membership stored = insert(Fixtures.membership(alpha, "olga", MembershipState.REQUESTED));
    Membership approved = new Membership(alpha, stored.user(), MembershipState.ACTIVE, Role.MODERATOR,
        Optional.empty(), Optional.empty(), Fixtures.at(10), Optional.empty(), stored.version());
    Membership updated = tx(t -> t.memberships().update(approved));
    assertEquals(approved.withVersion(2), updated);
    assertEquals(Optional.of(updated), read(t -> t.memberships().get(alpha, stored.user())));
    use(t -> t.memberships().delete(alpha, stored.user(), 2));
    assertEquals(Optional.empty(), read(t -> t.memberships().get(alpha, stored.user())));
  }

  @Test
  @DisplayName("an update or delete of a membership that does not exist is not found")
  void missing() {
    Membership stored = insert(member(alpha, "ada", Role.ADMIN));
    assertThrows(NotFoundException.class,
        () -> tx(t -> t.memberships().update(member(beta, "ada", Role.ADMIN).withVersion(1))));
    assertThrows(NotFoundException.class, () -> use(t -> t.memberships().delete(beta, stored.user(), 1)));
    assertThrows(NotFoundException.class, () -> use(t -> t.memberships().delete(alpha, UserId.of("bob"), 1)));
  }

  @Test
  @DisplayName("the memberships of a user are listed across communities, by community id")
  void ofUser() {
    Membership inBeta = insert(member(beta, "ada", Role.MEMBER));
    Membership inAlpha = insert(member(alpha, "ada", Role.ADMIN));
    insert(member(alpha, "bob", Role.MEMBER));
    assertEquals(List.of(inAlpha, inBeta), read(t -> t.memberships().ofUser(UserId.of("ada"))));
    assertEquals(List.of(), read(t -> t.memberships().ofUser(UserId.of("nobody"))));
  }

  @Test
  @DisplayName("memberships are counted per community by state and role, as a roster view needs its admins")
  void count() {
    insert(member(alpha, "ada", Role.ADMIN));
    insert(member(alpha, "bob", Role.ADMIN));
    insert(member(alpha, "cid", Role.MODERATOR));
    insert(Fixtures.membership(alpha, "olga", MembershipState.REQUESTED));
    insert(Fixtures.invited(alpha, "pia"));
    insert(member(beta, "ada", Role.ADMIN));
    MemberQuery admins = MemberQuery.active().withRoles(Role.ADMIN);
    assertEquals(2L, (long) read(t -> t.memberships().count(alpha, admins)));
    assertEquals(1L, (long) read(t -> t.memberships().count(beta, admins)));
    assertEquals(0L, (long) read(t -> t.memberships().count(CommunityId.of("nowhere"), admins)));
    assertEquals(5L, (long) read(t -> t.memberships().count(alpha, MemberQuery.all())));
    assertEquals(2L, (long) read(t -> t.memberships().count(alpha,
        MemberQuery.all().withStates(MembershipState.REQUESTED, MembershipState.INVITED))));
    assertEquals(3L, (long) read(t -> t.memberships().count(alpha, MemberQuery.all().withRoles(Role.ADMIN, Role.MODERATOR))));
    Membership bob = read(t -> t.memberships().get(alpha, UserId.of("bob"))).orElseThrow();
    tx(t -> t.memberships().update(new Membership(alpha, bob.user(), MembershipState.ACTIVE, Role.MEMBER,
        Optional.empty(), Optional.empty(), bob.since(), Optional.empty(), bob.version())));
    assertEquals(1L, (long) read(t -> t.memberships().count(alpha, admins)));
    use(t -> t.memberships().delete(alpha, UserId.of("ada"), 1));
    assertEquals(0L, (long) read(t -> t.memberships().count(alpha, admins)));
  }

  @Test
  @DisplayName("a view of a few memberships and the admin count decides as the whole roster does")
  void viewMakesARoster() {
    Membership olga = insert(Fixtures.membership(alpha, "olga", MembershipState.REQUESTED));
    insert(member(alpha, "ada", Role.ADMIN));
    long admins = read(t -> t.memberships().count(alpha, MemberQuery.active().withRoles(Role.ADMIN)));
    Roster view = Roster.view(alpha, List.of(olga.user()),
        read(t -> t.memberships().get(alpha, olga.user())).stream().toList(), admins);
    Change approval = view.approve(olga.user(), Fixtures.at(5));
    assertEquals(Roster.of(alpha, read(t -> t.memberships().all(alpha))).approve(olga.user(), Fixtures.at(5)).after(),
        approval.after());
    assertEquals(2, tx(t -> t.memberships().update(approval.after().orElseThrow())).version());
  }

  @Test
  @DisplayName("all the memberships of a community, by user id, make the roster the core works with")
  void allMakeARoster() {
    Membership olga = insert(Fixtures.membership(alpha, "olga", MembershipState.REQUESTED));
    Membership ada = insert(member(alpha, "ada", Role.ADMIN));
    insert(member(beta, "bob", Role.ADMIN));
    List<Membership> all = read(t -> t.memberships().all(alpha));
    assertEquals(List.of(ada, olga), all);
    Change approval = Roster.of(alpha, all).approve(olga.user(), Fixtures.at(5));
    Membership approved = tx(t -> t.memberships().update(approval.after().orElseThrow()));
    assertEquals(MembershipState.ACTIVE, approved.state());
    assertEquals(2, approved.version());
  }
}
