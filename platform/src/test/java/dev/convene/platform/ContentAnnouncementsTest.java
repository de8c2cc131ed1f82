package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ADA;
import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.MAX;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.MO;
import static dev.convene.platform.ContentFixture.OLGA;
import static dev.convene.platform.ContentFixture.PAT;
import static dev.convene.platform.ContentFixture.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.Visibility;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Announcements: pinned ones first in listings; an expired one leaves readers' sight at its expiry. */
class ContentAnnouncementsTest {
  private final ContentFixture world = new ContentFixture();
  private final ContentService content = world.content();
  private final Community water = world.community("water");

  private Item announce(String title, boolean pinned, Duration expiresIn) {
    ItemDraft.AnnouncementDraft draft = ItemDraft.announcement(title, Locale.ENGLISH, Visibility.PUBLIC, "News.")
        .pinned(pinned);
    if (!expiresIn.isZero()) {
      draft.expires(world.clock.instant().plus(expiresIn));
    }
    Item item = world.published(MO, water, draft);
    world.clock.advance(Duration.ofMinutes(1)); // distinct creation times: newest first is well defined
    return item;
  }

  private Item document(String title) {
    Item item = world.published(MEL, water, doc(title, Visibility.PUBLIC));
    world.clock.advance(Duration.ofMinutes(1));
    return item;
  }

  private List<ItemId> listed(Actor actor, int pageSize) {
    return world.all(actor, water, pageSize).stream().map(Item::id).toList();
  }

  @Test
  @DisplayName("pinned announcements come first, newest first, then everything else newest first, at every page size")
  void pinnedFirst() {
    Item oldPin = announce("Old pin", true, Duration.ZERO);
    Item report = document("Report");
    Item plain = announce("Plain", false, Duration.ZERO);
    Item newPin = announce("New pin", true, Duration.ZERO);
    Item notes = document("Notes");
    List<ItemId> expected = List.of(newPin.id(), oldPin.id(), notes.id(), plain.id(), report.id());
    for (int size = 1; size <= 6; size++) {
      assertEquals(expected, listed(ANON, size), "pages of " + size);
    }
    Page<Item> onlyAnnouncements = content.list(MEL, water.id(),
        ItemQuery.in(water.id()).withTypes(ItemType.ANNOUNCEMENT), PageRequest.first(10));
    assertEquals(List.of(newPin.id(), oldPin.id(), plain.id()), onlyAnnouncements.items().stream().map(Item::id).toList());
    Page<Item> onlyDocuments = content.list(MEL, water.id(),
        ItemQuery.in(water.id()).withTypes(ItemType.DOCUMENT), PageRequest.first(10));
    assertEquals(List.of(notes.id(), report.id()), onlyDocuments.items().stream().map(Item::id).toList());
  }

  @Test
  @DisplayName("an announcement leaves readers' listings and reads at its expiry, with nothing rewritten; moderators keep reading it")
  void expires() {
    Item report = document("Report");
    Item pin = announce("Meeting tonight", true, Duration.ofHours(2));
    long version = world.stored(pin);
    world.clock.advance(Duration.ofHours(2).minus(Duration.ofMinutes(2))); // one minute before
    assertEquals(List.of(pin.id(), report.id()), listed(MEL, 1));
    world.clock.advance(Duration.ofMinutes(1)); // its expiry, to the instant
    for (Actor reader : List.of(ANON, OLGA, MEL, MAX)) {
      assertEquals(List.of(report.id()), listed(reader, 1), reader + "'s listing");
      assertThrows(NotFoundException.class, () -> content.get(reader, pin.id()));
    }
    for (Actor moderating : List.of(MO, ADA, PAT)) {
      // no longer pinned to the top once expired
      assertEquals(List.of(pin.id(), report.id()), listed(moderating, 1), moderating + "'s listing");
      assertEquals(pin.id(), content.get(moderating, pin.id()).id());
    }
    assertEquals(version, world.stored(pin));
  }

  @Test
  @DisplayName("a listing's cursor that it did not give out is refused")
  void foreignCursor() {
    document("Report");
    assertThrows(ValidationException.class, () -> content.list(ANON, water.id(), ItemQuery.in(water.id()),
        PageRequest.first(1).after("x-something")));
  }
}
