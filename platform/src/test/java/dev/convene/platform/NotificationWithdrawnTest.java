package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.event.ItemChanged;
import dev.convene.core.model.Announcement;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Section;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Notifications follow the rule for withdrawn items: whoever may not see the item when the
 * notification is sent (a reader of a switched-off section, of an expired announcement) hears
 * nothing of it; moderators still do.
 */
class NotificationWithdrawnTest {
  private final NotificationWorld world = new NotificationWorld();
  private final Community water = world.community("Water", b -> b);

  private void followers() {
    world.member(water, "mia", Role.MEMBER);
    world.member(water, "mo", Role.MODERATOR);
    world.follow("mia", water, NotificationLevel.ALL, Delivery.IMMEDIATE);
    world.follow("mo", water, NotificationLevel.ALL, Delivery.IMMEDIATE);
  }

  @Test
  @DisplayName("a section switched off between the event and its sending: only the moderator is told")
  void switchedOffBeforeSending() {
    followers();
    Item report = world.item(water, "ada", ItemType.DOCUMENT, Visibility.PUBLIC, ReviewState.PUBLISHED, "Report");
    world.recordItemEvent(report, ItemChanged.Kind.PUBLISHED, "ada");
    Community current = world.convene.communities().get(NotificationWorld.ADA, water.id());
    world.convene.communities().update(NotificationWorld.ADA, water.id(), current.version(),
        b -> b.sections(EnumSet.complementOf(EnumSet.of(Section.DOCUMENTS))));
    world.deliver();
    assertEquals(List.of("mo"), world.sink.recipients("item.published"));
  }

  @Test
  @DisplayName("an announcement expired when the notification is sent reaches the moderator only")
  void expiredAnnouncement() {
    followers();
    Announcement fresh = (Announcement) world.item(water, "ada", ItemType.ANNOUNCEMENT, Visibility.PUBLIC,
        ReviewState.PUBLISHED, "Meeting tonight");
    Item expired = world.storage.inTransaction(tx -> tx.items().update(new Announcement(fresh.header(), fresh.body(),
        true, Optional.of(NotificationWorld.NOW))));
    world.itemEvent(expired, ItemChanged.Kind.PUBLISHED, "ada");
    assertEquals(List.of("mo"), world.sink.recipients("item.published"));
  }
}
