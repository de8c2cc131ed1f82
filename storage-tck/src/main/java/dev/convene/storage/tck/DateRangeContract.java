package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.community;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Community;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The model's dates and times lie in the years 1 to 9999; a store keeps the ends of that range as it
 * keeps any other value (times to the millisecond at least), and sorts by them.
 */
abstract class DateRangeContract extends ContractSupport {
  /** The first and the last millisecond of the range: every store keeps at least milliseconds. */
  static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999Z");

  DateRangeContract(StorageContract kit) {
    super(kit);
  }

  @Test
  @DisplayName("items created in year 1 and year 9999, an event to the end of 9999, dates of both ends read back equal")
  void itemsAtTheEnds() {
    Community water = insert(community("water"));
    Item oldest = insert(Fixtures.document("old", water.id(), FIRST));
    Item newest = insert(Fixtures.document("new", water.id(), LAST));
    ItemHeader header = Fixtures.header("ev", water.id(), FIRST);
    Item event = insert(new Event(header, "", FIRST, LAST, ZoneId.of("Pacific/Kiritimati"), Optional.empty(),
        Optional.empty(), false));
    Item first = insert(new Document(Fixtures.header("d1", water.id(), Fixtures.T0), "", "", List.of(),
        Optional.empty(), Optional.of(LocalDate.of(1, 1, 1)), Optional.empty(), List.of()));
    Item last = insert(new Document(Fixtures.header("d9", water.id(), Fixtures.T0), "", "", List.of(),
        Optional.empty(), Optional.of(LocalDate.of(9999, 12, 31)), Optional.empty(), List.of()));
    for (Item item : List.of(oldest, newest, event, first, last)) {
      assertEquals(Optional.of(item), read(t -> t.items().get(item.id())), item.id().value());
    }
    List<ItemId> newestFirst = read(t -> t.items().list(ItemQuery.in(water.id()), PageRequest.first(10))).items()
        .stream().map(Item::id).toList();
    // newest first by creation, then by id, greatest first
    assertEquals(List.of(ItemId.of("new"), ItemId.of("d9"), ItemId.of("d1"), ItemId.of("old"), ItemId.of("ev")),
        newestFirst);
  }

  @Test
  @DisplayName("an invitation that expires at the end of 9999, sent in year 1, reads back equal")
  void membershipAtTheEnds() {
    Community water = insert(community("water"));
    Membership invited = insert(new Membership(water.id(), UserId.of("olga"), MembershipState.INVITED, Role.MEMBER,
        Optional.empty(), Optional.of(UserId.of("ada")), FIRST, Optional.of(LAST), 0));
    assertEquals(Optional.of(invited), read(t -> t.memberships().get(water.id(), UserId.of("olga"))));
  }
}
