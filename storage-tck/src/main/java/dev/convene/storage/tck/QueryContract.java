package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.at;
import static dev.convene.storage.tck.Fixtures.community;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.CommunityState;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.ParentFilter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Listings: what each filter keeps, and the order of each listing. */
abstract class QueryContract extends ContractSupport {
  QueryContract(StorageContract kit) {
    super(kit);
  }

  @Test
  @DisplayName("communities are listed by slug, filtered by purpose, privacy, state, parent and concept")
  void communities() {
    Community repo = insert(community("repo").toBuilder().concepts(Set.of(ConceptId.of("pensions"))).build());
    Community hidden = insert(Community.builder(CommunityId.of("hidden"), "hidden").name("Hidden")
        .purpose(Purpose.HIDDEN_GROUP).build());
    Community group = insert(Fixtures.workingGroup("group", repo.id()));
    Community archived = insert(community("archived").withState(CommunityState.ARCHIVED));
    assertEquals(List.of(archived, group, hidden, repo), list(CommunityQuery.all()));
    assertEquals(List.of(hidden), list(CommunityQuery.all().withPurposes(Purpose.HIDDEN_GROUP)));
    assertEquals(List.of(group, hidden), list(CommunityQuery.all().withPrivacies(Privacy.PRIVATE)));
    assertEquals(List.of(archived), list(CommunityQuery.all().withState(CommunityState.ARCHIVED)));
    assertEquals(List.of(archived, hidden, repo), list(CommunityQuery.all().withParent(ParentFilter.topLevel())));
    assertEquals(List.of(group), list(CommunityQuery.all().withParent(ParentFilter.workingGroupsOf(repo.id()))));
    assertEquals(List.of(repo), list(CommunityQuery.all().withConcept(ConceptId.of("pensions"))));
    assertEquals(List.of(hidden), list(CommunityQuery.all().withParent(ParentFilter.topLevel())
        .withPrivacies(Privacy.PRIVATE, Privacy.SEMI_PRIVATE).withState(CommunityState.ACTIVE)));
  }

  @Test
  @DisplayName("members are listed by user id, filtered by state and role")
  void members() {
    CommunityId alpha = insert(community("alpha")).id();
    CommunityId beta = insert(community("beta")).id();
    Membership zoe = insert(Fixtures.member(alpha, "zoe", Role.ADMIN));
    Membership bob = insert(Fixtures.member(alpha, "bob", Role.MEMBER));
    Membership olga = insert(Fixtures.membership(alpha, "olga", MembershipState.REQUESTED));
    Membership eve = insert(Fixtures.membership(alpha, "eve", MembershipState.BLOCKED));
    insert(Fixtures.member(beta, "ada", Role.ADMIN));
    assertEquals(List.of(bob, eve, olga, zoe), members(alpha, MemberQuery.all()));
    assertEquals(List.of(bob, zoe), members(alpha, MemberQuery.active()));
    assertEquals(List.of(zoe), members(alpha, MemberQuery.active().withRoles(Role.ADMIN, Role.MODERATOR)));
    assertEquals(List.of(eve, olga), members(alpha,
        MemberQuery.all().withStates(MembershipState.REQUESTED, MembershipState.BLOCKED)));
    assertEquals(List.of(), members(CommunityId.of("nowhere"), MemberQuery.all()));
  }

  @Test
  @DisplayName("items are listed newest first, then by id, filtered by community, type and review state")
  void items() {
    CommunityId alpha = insert(community("alpha")).id();
    CommunityId beta = insert(community("beta")).id();
    Item old = insert(Fixtures.document("a-old", alpha, at(1)));
    Item sameTimeLow = insert(Fixtures.document("b-same", alpha, at(5)));
    Item sameTimeHigh = insert(Fixtures.event("c-same", alpha).withHeader(Fixtures.header("c-same", alpha, at(5))));
    Item draft = insert(Fixtures.document("d-draft", alpha, at(3)).withReviewState(ReviewState.DRAFT, at(3)));
    Item elsewhere = insert(Fixtures.document("e-beta", beta, at(4)));
    assertEquals(List.of(sameTimeHigh, sameTimeLow, elsewhere, draft, old), items(ItemQuery.all()));
    assertEquals(List.of(sameTimeHigh, sameTimeLow, draft, old), items(ItemQuery.in(alpha)));
    assertEquals(List.of(sameTimeHigh), items(ItemQuery.in(alpha).withTypes(ItemType.EVENT)));
    assertEquals(List.of(draft), items(ItemQuery.in(alpha).withReviewStates(ReviewState.DRAFT)));
    assertEquals(List.of(sameTimeLow, old), items(ItemQuery.in(alpha).withTypes(ItemType.DOCUMENT)
        .withReviewStates(ReviewState.PUBLISHED, ReviewState.SUBMITTED)));
  }

  @Test
  @DisplayName("items tagged with a concept are listed newest first, in every community and state")
  void byConcept() {
    CommunityId alpha = insert(community("alpha")).id();
    CommunityId beta = insert(community("beta")).id();
    ConceptId pensions = ConceptId.of("pensions");
    Item first = insert(tagged(Fixtures.document("d1", alpha, at(1)), pensions));
    Item second = insert(tagged(Fixtures.document("d2", beta, at(2)), pensions, ConceptId.of("health"))
        .withReviewState(ReviewState.DRAFT, at(2)));
    insert(tagged(Fixtures.document("d3", alpha, at(3)), ConceptId.of("health")));
    insert(Fixtures.document("d4", alpha, at(4)));
    assertEquals(List.of(second, first), walk((t, page) -> t.items().byConcept(pensions, page), 10));
    assertEquals(List.of(), walk((t, page) -> t.items().byConcept(ConceptId.of("unused"), page), 10));
  }

  private static Item tagged(Item item, ConceptId... concepts) {
    return item.withHeader(item.header().withConcepts(Set.of(concepts), item.updated()));
  }

  private List<Community> list(CommunityQuery query) {
    return walk((t, page) -> t.communities().list(query, page), 100);
  }

  private List<Membership> members(CommunityId community, MemberQuery query) {
    return walk((t, page) -> t.memberships().members(community, query, page), 100);
  }

  private List<Item> items(ItemQuery query) {
    return walk((t, page) -> t.items().list(query, page), 100);
  }
}
