package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Reply;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * News of a reply is about the reply as well as its discussion: between the reply and the sending,
 * a moderator may hide it or it may be taken out, and then it reaches only those who may still see
 * it. Bob replies to a public discussion of Water; Mia (member), Max (moderator) and Olga (outsider)
 * follow Water at every level, each test once at once and once by daily digest.
 */
@DisplayName("news of a reply reaches only those who may see the reply itself when it is sent")
class NotificationReplyTest {
  private static final Actor BOB = Actor.user("bob");
  private static final Actor MAX = Actor.user("max");
  private static final String NEWS = "New reply by bob in Water: Pumps";

  private final NotificationWorld world = new NotificationWorld();
  private final Community water = world.community("Water", b -> b);
  private final Discussion pumps;

  NotificationReplyTest() {
    world.member(water, "bob", Role.MEMBER);
    world.member(water, "mia", Role.MEMBER);
    world.member(water, "max", Role.MODERATOR);
    pumps = world.discussion(water, "ada", Visibility.PUBLIC, "Pumps");
  }

  private void everyoneFollows(Delivery delivery) {
    for (String user : List.of("mia", "max", "olga")) {
      world.follow(user, water, NotificationLevel.ALL, delivery);
    }
  }

  /** Who heard of the reply, at once or in the daily digest, each with the line they read. */
  private List<String> told(Delivery delivery) {
    if (delivery == Delivery.IMMEDIATE) {
      world.deliver();
      return world.sink.delivered.stream().filter(n -> n.kind().equals("item.replied"))
          .map(n -> n.recipient().value() + ": " + n.summary()).toList();
    }
    world.deliver();
    world.notifications.sendDigests(Delivery.DAILY, NotificationWorld.LATER);
    assertEquals(List.of(), world.pending(Delivery.DAILY), "every digest entry is sent or dropped");
    return world.sink.digests.stream().flatMap(List::stream).filter(n -> n.kind().equals("item.replied"))
        .map(n -> n.recipient().value() + ": " + n.summary()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Delivery.class, names = {"IMMEDIATE", "DAILY"})
  @DisplayName("a visible reply reaches every follower who may see the discussion, never its writer")
  void visibleReply(Delivery delivery) {
    everyoneFollows(delivery);
    world.follow("bob", water, NotificationLevel.ALL, delivery);
    world.convene.content().reply(BOB, pumps.id(), "The north pump is fixed.");
    assertEquals(List.of("max: " + NEWS, "mia: " + NEWS, "olga: " + NEWS), told(delivery));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Delivery.class, names = {"IMMEDIATE", "DAILY"})
  @DisplayName("a reply hidden before it is sent reaches only those who may see hidden replies")
  void hiddenReply(Delivery delivery) {
    everyoneFollows(delivery);
    Reply reply = world.convene.content().reply(BOB, pumps.id(), "Buy my pumps!");
    world.convene.content().hideReply(MAX, pumps.id(), reply.id(), true);
    assertEquals(List.of("max: " + NEWS), told(delivery));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Delivery.class, names = {"IMMEDIATE", "DAILY"})
  @DisplayName("a reply hidden and shown again before it is sent reaches every follower again")
  void shownAgain(Delivery delivery) {
    everyoneFollows(delivery);
    Reply reply = world.convene.content().reply(BOB, pumps.id(), "The north pump is fixed.");
    world.convene.content().hideReply(MAX, pumps.id(), reply.id(), true);
    world.convene.content().hideReply(MAX, pumps.id(), reply.id(), false);
    assertEquals(List.of("max: " + NEWS, "mia: " + NEWS, "olga: " + NEWS), told(delivery));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Delivery.class, names = {"IMMEDIATE", "DAILY"})
  @DisplayName("a reply taken out of its discussion before it is sent reaches nobody, moderators included")
  void removedReply(Delivery delivery) {
    everyoneFollows(delivery);
    Reply reply = world.convene.content().reply(BOB, pumps.id(), "Call me on 555 0100.");
    world.removeReply(pumps, reply.id());
    assertEquals(List.of(), told(delivery));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Delivery.class, names = {"IMMEDIATE", "DAILY"})
  @DisplayName("a reply whose discussion was deleted before it is sent reaches nobody")
  void deletedDiscussion(Delivery delivery) {
    everyoneFollows(delivery);
    world.convene.content().reply(BOB, pumps.id(), "The north pump is fixed.");
    Discussion now = (Discussion) world.convene.content().get(NotificationWorld.ADA, pumps.id());
    world.convene.content().delete(NotificationWorld.ADA, pumps.id(), now.version());
    assertEquals(List.of(), told(delivery));
  }
}
