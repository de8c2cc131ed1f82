package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.event.ItemChanged.Kind;
import dev.convene.core.model.Community;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * News that keeps people up to date: new items, edits and uploads reach moderators and admins by
 * default and members at their chosen level; an upload and a hidden reply are kinds of their own.
 */
class NotificationKeepUpTest {
  private final NotificationWorld world = new NotificationWorld();
  private final Community water = world.community("Water", b -> b);

  NotificationKeepUpTest() {
    world.member(water, "mod", Role.MODERATOR);
    world.member(water, "mia", Role.MEMBER);     // never chose: IMPORTANT by default
    world.member(water, "max", Role.MEMBER);
    world.follow("max", water, NotificationLevel.ALL, Delivery.IMMEDIATE);
  }

  @Test
  @DisplayName("a new document, an edit and an upload reach the admin and the moderator by default, members by their level")
  void keepersByDefault() {
    Item report = world.item(water, "mia", ItemType.DOCUMENT, Visibility.MEMBERS, ReviewState.PUBLISHED, "Report");
    world.itemEvent(report, Kind.PUBLISHED, "mia");
    world.itemEvent(report, Kind.EDITED, "mia");
    world.itemEvent(report, Kind.ATTACHMENT_ADDED, "mia");
    // ada (admin) and mod (moderator) never chose; max chose ALL; mia is the actor
    assertEquals(List.of("ada", "max", "mod"), world.sink.recipients("item.published"));
    assertEquals(List.of("ada", "max", "mod"), world.sink.recipients("item.edited"));
    assertEquals(List.of("ada", "max", "mod"), world.sink.recipients("item.attachment_added"));
    assertEquals(List.of("New document in Water: Report", "A document was edited in Water: Report",
        "A file was added to the document in Water: Report"), world.sink.to("mod"));
  }

  @Test
  @DisplayName("a plain member who never chose hears only what is important; a moderator who chose hears by that choice")
  void choicesWin() {
    world.follow("mod", water, NotificationLevel.IMPORTANT, Delivery.IMMEDIATE);
    world.follow("ada", water, NotificationLevel.NONE, Delivery.IMMEDIATE);
    Item report = world.item(water, "max", ItemType.DOCUMENT, Visibility.PUBLIC, ReviewState.PUBLISHED, "Report");
    world.itemEvent(report, Kind.EDITED, "max");
    world.itemEvent(report, Kind.ATTACHMENT_ADDED, "max");
    assertEquals(List.of(), world.sink.recipients("item.edited"));
    assertEquals(List.of(), world.sink.recipients("item.attachment_added"));
    Item notice = world.item(water, "max", ItemType.ANNOUNCEMENT, Visibility.PUBLIC, ReviewState.PUBLISHED, "Closed");
    world.itemEvent(notice, Kind.PUBLISHED, "max");
    assertEquals(List.of("mia", "mod"), world.sink.recipients("item.published"));   // important: an announcement
  }

  @Test
  @DisplayName("a keeper hears only of what they may see when it is sent: an item archived since reaches no member")
  void keepersSeeIt() {
    Item report = world.item(water, "mia", ItemType.DOCUMENT, Visibility.MEMBERS, ReviewState.PUBLISHED, "Report");
    world.recordItemEvent(report, Kind.EDITED, "mia");
    world.change(report, h -> h.withReviewState(ReviewState.ARCHIVED, NotificationWorld.NOW));
    world.deliver();
    assertEquals(List.of("ada", "mod"), world.sink.recipients("item.edited"));   // moderators see archived items
    Community group = world.convene.communities().createWorkingGroup(NotificationWorld.ADA, water.id(), "inner",
        b -> b.name("Inner").privacy(Privacy.PRIVATE));
    world.member(group, "mia", Role.MODERATOR);
    Item minutes = world.item(group, "mia", ItemType.DOCUMENT, Visibility.MEMBERS, ReviewState.PUBLISHED, "Minutes");
    world.itemEvent(minutes, Kind.ATTACHMENT_ADDED, "ada");
    // the group's own moderator hears; water's moderator, no member of the group, hears nothing of it
    assertEquals(List.of("mia"), world.sink.recipients("item.attachment_added"));
  }

  @Test
  @DisplayName("hiding a reply is told to the other moderators and admins, never to readers as an edit")
  void hidingIsModeration() {
    Discussion talk = world.discussion(water, "max", Visibility.PUBLIC, "Pumps");
    world.itemEvent(talk, Kind.REPLY_HIDDEN, "mod");
    world.itemEvent(talk, Kind.REPLY_SHOWN, "mod");
    assertEquals(List.of("ada"), world.sink.recipients("item.reply_hidden"));
    assertEquals(List.of("ada"), world.sink.recipients("item.reply_shown"));
    assertEquals(List.of(), world.sink.recipients("item.edited"));
    assertEquals(List.of(), world.sink.to("max"));     // the discussion's author, following ALL, is not told
    assertEquals(List.of("A reply was hidden in Water: Pumps", "A hidden reply was shown again in Water: Pumps"),
        world.sink.to("ada"));
  }
}
