package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Community;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.PendingNotification;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * News of a new working group is about the group itself: only a follower of the parent who may see
 * the group, when the notification is sent, hears of it.
 */
@DisplayName("a new working group is told only to the parent's followers who may see the group")
class NotificationWorkingGroupTest {
  private final NotificationWorld world = new NotificationWorld();
  private final Community water = world.community("Water", b -> b);

  NotificationWorkingGroupTest() {
    world.member(water, "mia", Role.MEMBER);
    world.follow("olga", water, NotificationLevel.ALL, Delivery.IMMEDIATE);
    world.follow("mia", water, NotificationLevel.ALL, Delivery.IMMEDIATE);
  }

  /** Creates the group and delivers what its creation put in the outbox. */
  private Community group(String name, Purpose purpose) {
    Community group = world.convene.communities().createWorkingGroup(NotificationWorld.ADA, water.id(),
        name.toLowerCase(java.util.Locale.ROOT), b -> b.name(name).purpose(purpose));
    world.deliver();
    return group;
  }

  @Test
  @DisplayName("a hidden working group is told to nobody who follows the parent, member or outsider")
  void hiddenGroupIsNotTold() {
    group("Cabinet", Purpose.HIDDEN_GROUP);
    assertEquals(List.of(), world.sink.recipients("community.working_group_created"));
  }

  @Test
  @DisplayName("a public working group is told to the parent's followers, by its name and the parent's")
  void publicGroupIsTold() {
    Community drafting = group("Drafting", Purpose.WORKING_GROUP);
    assertEquals(List.of("mia", "olga"), world.sink.recipients("community.working_group_created"));
    assertEquals(List.of("Working group Drafting was created in Water"), world.sink.to("olga"));
    assertEquals(List.of(drafting.id(), drafting.id()), world.sink.delivered.stream()
        .map(Notification::community).toList());
  }

  @Test
  @DisplayName("a private working group is told to the parent's followers, who may know it exists")
  void privateGroupIsTold() {
    world.convene.communities().createWorkingGroup(NotificationWorld.ADA, water.id(), "budget",
        b -> b.name("Budget").purpose(Purpose.WORKING_GROUP).privacy(Privacy.PRIVATE));
    world.deliver();
    assertEquals(List.of("mia", "olga"), world.sink.recipients("community.working_group_created"));
  }

  @Test
  @DisplayName("in a digest, a working group hidden between the event and the sending is not told")
  void hiddenBeforeTheDigest() {
    world.follow("olga", water, NotificationLevel.ALL, Delivery.DAILY);
    world.follow("mia", water, NotificationLevel.ALL, Delivery.DAILY);
    Community drafting = group("Drafting", Purpose.WORKING_GROUP);
    assertEquals(2, world.pending(Delivery.DAILY).size());
    world.convene.communities().update(NotificationWorld.ADA, drafting.id(), drafting.version(),
        b -> b.purpose(Purpose.HIDDEN_GROUP).privacy(Privacy.PRIVATE).joinPolicy(JoinPolicy.INVITATION));
    assertEquals(0, world.notifications.sendDigests(Delivery.DAILY, NotificationWorld.LATER));
    assertEquals(List.of(), world.sink.digests);
    assertEquals(List.of(), world.pending(Delivery.DAILY));
  }

  @Test
  @DisplayName("a digest entry that names the parent, not a group, is dropped rather than told")
  void entryAboutTheParentIsDropped() {
    world.storage.useTransaction(tx -> tx.digests().add(new PendingNotification(0, UserId.of("olga"), Delivery.DAILY,
        water.id(), "community.working_group_created", Optional.empty(), Optional.empty(), NotificationWorld.NOW,
        "community.working_group_created")));
    assertEquals(0, world.notifications.sendDigests(Delivery.DAILY, NotificationWorld.LATER));
    assertEquals(List.of(), world.sink.digests);
    assertEquals(List.of(), world.pending(Delivery.DAILY));
  }
}
