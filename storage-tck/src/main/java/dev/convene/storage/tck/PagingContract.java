package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.at;
import static dev.convene.storage.tck.Fixtures.community;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.Role;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Transaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Paging: keyset cursors, in order, each row once, stable while rows come and go. */
abstract class PagingContract extends ContractSupport {
  private static final int[] PAGE_SIZES = {1, 2, 3, 7, 12, 13, 1000};

  PagingContract(StorageContract kit) {
    super(kit);
  }

  @Test
  @DisplayName("walking every page of a listing returns each row once, in order, whatever the page size")
  void walkEveryListing() {
    CommunityId alpha = insert(community("alpha")).id();
    for (int i = 0; i < 12; i++) {
      insert(community("c" + (i * 7 % 12)));
      insert(Fixtures.member(alpha, "user" + (i * 5 % 12), Role.MEMBER));
      insert(Fixtures.document("d" + (i * 5 % 12), alpha, at(i % 4)));
      use(t -> t.audit().append(Fixtures.audit(alpha, "entry")));
    }
    assertWalks((t, page) -> t.communities().list(CommunityQuery.all(), page), 13);
    assertWalks((t, page) -> t.memberships().members(alpha, MemberQuery.all(), page), 12);
    assertWalks((t, page) -> t.items().list(ItemQuery.in(alpha), page), 12);
    assertWalks((t, page) -> t.audit().forCommunity(alpha, page), 12);
  }

  private <T> void assertWalks(BiFunction<Transaction, PageRequest, Page<T>> listing, int rows) {
    List<T> all = read(t -> listing.apply(t, PageRequest.first(PageRequest.MAX_LIMIT)).items());
    assertEquals(rows, all.size());
    for (int size : PAGE_SIZES) {
      assertEquals(all, walk(listing, size), "pages of " + size);
    }
  }

  @Test
  @DisplayName("a listing shorter than the page is one page with no next cursor; an empty one, one empty page")
  void lastPage() {
    CommunityId alpha = insert(community("alpha")).id();
    Page<Item> empty = read(t -> t.items().list(ItemQuery.in(alpha), PageRequest.first(10)));
    assertEquals(List.of(), empty.items());
    assertFalse(empty.hasNext());
    insert(Fixtures.document("d1", alpha, at(1)));
    Page<Item> one = read(t -> t.items().list(ItemQuery.in(alpha), PageRequest.first(10)));
    assertEquals(1, one.items().size());
    assertFalse(one.hasNext());
    insert(Fixtures.document("d2", alpha, at(2)));
    assertTrue(read(t -> t.items().list(ItemQuery.in(alpha), PageRequest.first(1))).hasNext());
  }

  @Test
  @DisplayName("rows inserted during a walk do not disturb it: every row present throughout comes once, none twice")
  void insertDuringWalk() {
    CommunityId alpha = insert(community("alpha")).id();
    List<Item> present = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      present.add(insert(Fixtures.document("m" + i, alpha, at(100 + i))));
    }
    List<Item> seen = new ArrayList<>();
    Optional<PageRequest> request = Optional.of(PageRequest.first(3));
    int round = 0;
    while (request.isPresent()) {
      PageRequest current = request.get();
      Page<Item> page = read(t -> t.items().list(ItemQuery.in(alpha), current));
      seen.addAll(page.items());
      round++;
      insert(Fixtures.document("newer" + round, alpha, at(1000 + round)));
      insert(Fixtures.document("older" + round, alpha, at(round)));
      insert(Fixtures.document("m" + (round % 10) + "x", alpha, at(100 + round % 10)));
      request = current.next(page);
    }
    assertEquals(seen.size(), new HashSet<>(seen).size(), "no row twice");
    present.forEach(item -> assertEquals(1, seen.stream().filter(item::equals).count(), item.id().value()));
  }

  @Test
  @DisplayName("rows deleted during a walk do not break it, even the row the cursor points at")
  void deleteDuringWalk() {
    List<CommunityId> ids = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      ids.add(insert(community("c" + i)).id());
    }
    Page<Community> first =
        read(t -> t.communities().list(CommunityQuery.all(), PageRequest.first(3)));
    use(t -> t.communities().delete(CommunityId.of("c2"), 1));
    use(t -> t.communities().delete(CommunityId.of("c4"), 1));
    List<CommunityId> rest = new ArrayList<>();
    Optional<PageRequest> request = PageRequest.first(3).next(first);
    while (request.isPresent()) {
      PageRequest current = request.get();
      Page<Community> page = read(t -> t.communities().list(CommunityQuery.all(), current));
      page.items().forEach(c -> rest.add(c.id()));
      request = current.next(page);
    }
    assertEquals(List.of(ids.get(3), ids.get(5), ids.get(6), ids.get(7), ids.get(8)), rest);
  }

  @Test
  @DisplayName("a cursor the listing did not give out is refused")
  void malformedCursor() {
    CommunityId alpha = insert(community("alpha")).id();
    for (String cursor : List.of("not a cursor", "%%%", "AAAA.BBBB.CCCC.DDDD.EEEE")) {
      PageRequest request = PageRequest.first(10).after(cursor);
      assertInvalid("after", () -> read(t -> t.items().list(ItemQuery.in(alpha), request)));
      assertInvalid("after", () -> read(t -> t.communities().list(CommunityQuery.all(), request)));
      assertInvalid("after", () -> read(t -> t.memberships().members(alpha, MemberQuery.all(), request)));
      assertInvalid("after", () -> read(t -> t.audit().forCommunity(alpha, request)));
    }
  }

  @Test
  @DisplayName("a page holds 1 to 1000 rows")
  void limits() {
    assertInvalid("limit", () -> PageRequest.first(0));
    assertInvalid("limit", () -> PageRequest.first(PageRequest.MAX_LIMIT + 1));
    assertInvalid("after", () -> PageRequest.first(10).after(" "));
    assertEquals(PageRequest.MAX_LIMIT, PageRequest.first(PageRequest.MAX_LIMIT).limit());
  }
}
