package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.community;
import static dev.convene.storage.tck.Fixtures.withVersion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.UserId;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Items: every type round-trips exactly; create, read, update and delete. */
abstract class ItemContract extends ContractSupport {
  private CommunityId alpha;

  ItemContract(StorageContract kit) {
    super(kit);
  }

  @BeforeEach
  void communities() {
    alpha = insert(community("alpha")).id();
    insert(community("beta"));
  }

  @TestFactory
  @DisplayName("every type of item is stored at version 1 and read back equal, every field kept")
  Stream<DynamicTest> roundTrip() {
    return Stream.of(Fixtures.fullDocument("doc", alpha), Fixtures.event("event", alpha),
            Fixtures.allDayEvent("day", alpha), Fixtures.announcement("news", alpha), Fixtures.discussion("talk", alpha),
            Fixtures.poll("poll", alpha))
        .map(item -> DynamicTest.dynamicTest(item.type().toString(), () -> {
          Item stored = insert(item);
          assertEquals(withVersion(item, 1), stored);
          assertEquals(Optional.of(stored), read(t -> t.items().get(item.id())));
        }));
  }

  @Test
  @DisplayName("a discussion's replies are stored with it, in order, hidden ones included")
  void replies() {
    Discussion talk = (Discussion) insert(Fixtures.discussion("talk", alpha));
    Discussion answered = talk.withReply(new Reply(ReplyId.of("r3"), UserId.of("olga"), "Merci !", Fixtures.at(9),
        false)).withReplyHidden(ReplyId.of("r1"), true);
    Item stored = tx(t -> t.items().update(answered));
    assertEquals(withVersion(answered, 2), stored);
    assertEquals(Optional.of(stored), read(t -> t.items().get(talk.id())));
  }

  @Test
  @DisplayName("an update stores the next version; a delete removes the item")
  void updateAndDelete() {
    Item stored = insert(Fixtures.document("d1", alpha, Fixtures.T0));
    Item archived = stored.withReviewState(ReviewState.ARCHIVED, Fixtures.at(30));
    Item updated = tx(t -> t.items().update(archived));
    assertEquals(withVersion(archived, 2), updated);
    assertEquals(Optional.of(updated), read(t -> t.items().get(stored.id())));
    use(t -> t.items().delete(stored.id(), 2));
    assertEquals(Optional.empty(), read(t -> t.items().get(stored.id())));
  }

  @Test
  @DisplayName("an item keeps its community and its type")
  void communityAndTypeAreFixed() {
    Document stored = (Document) insert(Fixtures.document("d1", alpha, Fixtures.T0));
    Snapshot before = snapshot();
    Document moved = stored.withHeader(Fixtures.header("d1", CommunityId.of("beta"), Fixtures.T0).withVersion(1));
    assertInvalid("community", () -> tx(t -> t.items().update(moved)));
    Item retyped = Fixtures.announcement("d1", alpha).withHeader(stored.header());
    assertInvalid("type", () -> tx(t -> t.items().update(retyped)));
    assertEquals(before, snapshot());
  }

  @Test
  @DisplayName("an item with an id already taken is refused; an item needs a community that exists")
  void insertRefusals() {
    insert(Fixtures.document("d1", alpha, Fixtures.T0));
    Snapshot before = snapshot();
    assertThrows(ConflictException.class, () -> insert(Fixtures.event("d1", alpha)));
    assertThrows(NotFoundException.class, () -> insert(Fixtures.document("d2", CommunityId.of("nowhere"),
        Fixtures.T0)));
    assertEquals(before, snapshot());
  }

  @Test
  @DisplayName("an update or delete of an item that does not exist is not found")
  void missing() {
    Item never = withVersion(Fixtures.document("never", alpha, Fixtures.T0), 1);
    Snapshot before = snapshot();
    assertThrows(NotFoundException.class, () -> tx(t -> t.items().update(never)));
    assertThrows(NotFoundException.class, () -> use(t -> t.items().delete(ItemId.of("never"), 1)));
    assertEquals(before, snapshot());
  }
}
