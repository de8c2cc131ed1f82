package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Role;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A member's memberships are read from the store on their first search and after a change to one
 * of them, not on every search; a change still counts from the very next search.
 */
class MembershipCacheTest {
  private final Fixture world = new Fixture();
  private final PoisonStorage store = new PoisonStorage(world.storage);

  private List<String> found(SearchIndex index, Actor actor) {
    return index.search(actor, SearchRequest.builder().text("report").kinds(HitKind.ITEM).build()).hits().stream()
        .map(h -> h.item().orElseThrow().value()).sorted().toList();
  }

  @Test
  @DisplayName("a member's searches read their memberships once, again after a join or a leave, which count at once")
  void readOnceAndForgottenOnChange() {
    world.community("open", c -> c);
    world.community("closed", c -> c.privacy(Privacy.PRIVATE));
    world.document("o1", "open", "Open report", "text");
    world.document("c1", "closed", "Closed report", "text");
    world.member("open", "ann", Role.MEMBER);
    Actor ann = Actor.user("ann");
    Actor bob = Actor.user("bob");
    try (SearchIndex index = SearchIndex.builder().storage(store).directory(new ByteBuffersDirectory())
        .clock(world.clock).build()) {
      index.catchUp();
      int before = store.membershipReads.get();
      assertEquals(List.of("o1"), found(index, ann));
      assertEquals(List.of("o1"), found(index, ann));
      assertEquals(List.of("o1"), found(index, bob));
      assertEquals(List.of("o1"), found(index, bob));
      assertEquals(2, store.membershipReads.get() - before, "one read for ann, one for bob");

      world.member("closed", "ann", Role.MEMBER);
      assertEquals(List.of("c1", "o1"), found(index, ann), "the join counts from the next search");
      assertEquals(List.of("c1", "o1"), found(index, ann));
      assertEquals(List.of("o1"), found(index, bob), "bob's memberships did not change");
      assertEquals(3, store.membershipReads.get() - before, "ann's read again after her join, bob's kept");

      world.leave("closed", "ann");
      assertEquals(List.of("o1"), found(index, ann), "the leave counts from the next search");
      assertEquals(4, store.membershipReads.get() - before);
      assertEquals(List.of("o1"), found(index, Actor.anonymous()));
      assertEquals(4, store.membershipReads.get() - before, "an anonymous visitor has no memberships to read");
    }
  }
}
