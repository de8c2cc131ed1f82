package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.community;
import static dev.convene.storage.tck.Fixtures.withName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ConflictException;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.ReviewState;
import dev.convene.storage.CommunityQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Optimistic concurrency: stale writes are refused, and concurrent writers lose nothing. */
abstract class ConcurrencyContract extends ContractSupport {
  private static final int THREADS = 16;
  private static final int INCREMENTS = 25;

  ConcurrencyContract(StorageContract kit) {
    super(kit);
  }

  @Test
  @DisplayName("a stale update of a community, membership or item is refused and changes nothing")
  void staleUpdates() {
    OneOfEach first = insertOneOfEach();
    OneOfEach second = updateEach(first);
    Snapshot before = snapshot();
    Community alpha = first.community();
    assertThrows(ConflictException.class, () -> tx(t -> t.communities().update(withName(alpha, "Stale"))));
    assertThrows(ConflictException.class, () -> tx(t -> t.memberships().update(
        Fixtures.membership(alpha.id(), "ada", MembershipState.BLOCKED).withVersion(1))));
    assertThrows(ConflictException.class, () -> tx(t -> t.items().update(
        first.item().withReviewState(ReviewState.ARCHIVED, Fixtures.at(1)))));
    assertThrows(ConflictException.class, () -> tx(t -> t.communities().update(second.community().withVersion(3))));
    assertEquals(before, snapshot());
    assertEquals(List.of(2L, 2L, 2L),
        List.of(second.community().version(), second.membership().version(), second.item().version()));
  }

  @Test
  @DisplayName("a stale delete of a community, membership or item is refused and changes nothing")
  void staleDeletes() {
    OneOfEach stored = updateEach(insertOneOfEach());
    CommunityId alpha = stored.community().id();
    Snapshot before = snapshot();
    assertThrows(ConflictException.class, () -> use(t -> t.communities().delete(alpha, 1)));
    assertThrows(ConflictException.class, () -> use(t -> t.memberships().delete(alpha, stored.membership().user(), 1)));
    assertThrows(ConflictException.class, () -> use(t -> t.items().delete(stored.item().id(), 3)));
    assertEquals(before, snapshot());
  }

  @Test
  @DisplayName("two writers of the same version at the same time: exactly one wins")
  void twoWritersOneWinner() throws InterruptedException {
    CommunityId id = insert(community("alpha")).id();
    for (int round = 0; round < 10; round++) {
      Community read = readCommunity(id).orElseThrow();
      List<Optional<Throwable>> outcomes = Race.run(2, writer ->
          tx(t -> t.communities().update(withName(read, "writer " + writer))));
      long conflicts = outcomes.stream().flatMap(Optional::stream).peek(failure -> {
        if (!(failure instanceof ConflictException)) {
          throw new AssertionError("a losing writer gets a ConflictException", failure);
        }
      }).count();
      assertEquals(1, conflicts, "round " + round);
      assertEquals(read.version() + 1, readCommunity(id).orElseThrow().version());
    }
  }

  @Test
  @DisplayName("16 threads incrementing a community's counter by read, update and retry lose no increment")
  void noLostUpdate() throws InterruptedException {
    CommunityId id = insert(withName(community("counter"), "0")).id();
    List<Optional<Throwable>> outcomes = Race.run(THREADS, writer -> {
      for (int i = 0; i < INCREMENTS; i++) {
        Race.retryOnConflict(() -> tx(t -> {
          Community c = t.communities().get(id).orElseThrow();
          return t.communities().update(withName(c, Integer.toString(counter(c) + 1)));
        }));
      }
      return null;
    });
    assertEquals(List.of(), outcomes.stream().flatMap(Optional::stream).toList());
    Community result = readCommunity(id).orElseThrow();
    assertEquals(THREADS * INCREMENTS, counter(result));
    assertEquals(1 + THREADS * INCREMENTS, result.version());
  }

  @Test
  @DisplayName("two inserts of the same slug at the same time: exactly one wins")
  void sameSlugRace() throws InterruptedException {
    List<Optional<Throwable>> outcomes = Race.run(2, writer -> insert(Community.builder(
        CommunityId.of("writer" + writer), "contested").name("Writer " + writer).build()));
    assertEquals(1, outcomes.stream().filter(Optional::isEmpty).count());
    outcomes.stream().flatMap(Optional::stream).forEach(failure -> assertEquals(ConflictException.class,
        failure.getClass()));
    assertEquals(1, walk((t, page) -> t.communities().list(CommunityQuery.all(), page), 10)
        .size());
  }

  @Test
  @DisplayName("a reader never sees half of another transaction's writes")
  void readersSeeWholeTransactions() throws InterruptedException {
    CommunityId a = insert(withName(community("side-a"), "0")).id();
    CommunityId b = insert(withName(community("side-b"), "0")).id();
    List<Optional<Throwable>> outcomes = Race.run(4, thread -> {
      for (int i = 0; i < 50; i++) {
        if (thread == 0) {
          Race.retryOnConflict(() -> tx(t -> {
            for (CommunityId id : List.of(a, b)) {
              Community c = t.communities().get(id).orElseThrow();
              t.communities().update(withName(c, Integer.toString(counter(c) + 1)));
            }
            return null;
          }));
        } else {
          List<Integer> seen = read(t -> List.of(counter(t.communities().get(a).orElseThrow()),
              counter(t.communities().get(b).orElseThrow())));
          assertEquals(seen.get(0), seen.get(1), "both sides of one transaction");
        }
      }
      return null;
    });
    assertEquals(List.of(), outcomes.stream().flatMap(Optional::stream).toList());
  }

  private static int counter(Community community) {
    return Integer.parseInt(community.name().get(Locale.ENGLISH).orElseThrow());
  }
}
