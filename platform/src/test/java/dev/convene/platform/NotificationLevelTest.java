package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.event.ItemChanged;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotificationLevelTest {
  private final NotificationWorld world = new NotificationWorld();
  private final Community water = world.community("Water", b -> b);

  @ParameterizedTest(name = "{0} level, {1} event: told = {2}")
  @DisplayName("a follower's level decides what they hear: ALL everything, IMPORTANT the important, NONE nothing")
  @CsvSource({
      // level,   event,                          told
      "ALL,       important (announcement),       true",
      "ALL,       routine (document),             true",
      "IMPORTANT, important (announcement),       true",
      "IMPORTANT, routine (document),             false",
      "NONE,      important (announcement),       false",
      "NONE,      routine (document),             false",
  })
  void levels(NotificationLevel level, String event, boolean told) {
    world.member(water, "mia", Role.MEMBER);
    world.follow("mia", water, level, Delivery.IMMEDIATE);
    ItemType type = event.startsWith("important") ? ItemType.ANNOUNCEMENT : ItemType.DOCUMENT;
    Item item = world.item(water, "ada", type, Visibility.PUBLIC, ReviewState.PUBLISHED, "Drought plan");
    world.itemEvent(item, ItemChanged.Kind.PUBLISHED, "ada");
    assertEquals(told ? List.of("mia") : List.of(), world.sink.recipients("item.published"));
  }

  @Test
  @DisplayName("members who never chose hear what is important at once; a builder setting changes that default")
  void memberDefault() {
    world.member(water, "mia", Role.MEMBER);
    Item notice = world.item(water, "ada", ItemType.ANNOUNCEMENT, Visibility.MEMBERS, ReviewState.PUBLISHED, "Meeting");
    Item paper = world.item(water, "ada", ItemType.DOCUMENT, Visibility.MEMBERS, ReviewState.PUBLISHED, "Paper");
    world.itemEvent(notice, ItemChanged.Kind.PUBLISHED, "ada");
    world.itemEvent(paper, ItemChanged.Kind.PUBLISHED, "ada");
    assertEquals(List.of("New announcement in Water: Meeting"), world.sink.to("mia"));

    NotificationWorld daily = new NotificationWorld(b -> b.memberNotifications(NotificationLevel.ALL, Delivery.DAILY));
    Community river = daily.community("River", b -> b);
    daily.member(river, "mia", Role.MEMBER);
    Item report = daily.item(river, "ada", ItemType.DOCUMENT, Visibility.MEMBERS, ReviewState.PUBLISHED, "Report");
    daily.itemEvent(report, ItemChanged.Kind.PUBLISHED, "ada");
    assertEquals(List.of(), daily.sink.delivered);
    assertEquals(1, daily.notifications.sendDigests(Delivery.DAILY, NotificationWorld.LATER));
    assertEquals("New document in River: Report", daily.sink.digests.get(0).get(0).summary());
  }

  @Test
  @DisplayName("what asks for someone's action reaches them at any level but NONE, even when it is routine")
  void tasksIgnoreLevelButNone() {
    Community reviewed = world.community("Reviewed", b -> b.reviewBeforePublication(true));
    world.member(reviewed, "mia", Role.MEMBER);
    world.member(reviewed, "max", Role.MEMBER);
    world.follow("max", reviewed, NotificationLevel.NONE, Delivery.IMMEDIATE);
    Item mine = world.item(reviewed, "mia", ItemType.DOCUMENT, Visibility.MEMBERS, ReviewState.PUBLISHED, "Mine");
    Item his = world.item(reviewed, "max", ItemType.DOCUMENT, Visibility.MEMBERS, ReviewState.PUBLISHED, "His");
    world.itemEvent(mine, ItemChanged.Kind.PUBLISHED, "ada");
    world.itemEvent(his, ItemChanged.Kind.PUBLISHED, "ada");
    assertEquals(List.of("Your document was published in Reviewed: Mine"), world.sink.to("mia"));
    assertEquals(List.of(), world.sink.to("max"));
  }
}
