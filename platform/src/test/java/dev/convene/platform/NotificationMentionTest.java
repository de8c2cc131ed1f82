package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.event.ItemChanged;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Mentions;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Mentions tell their users of a post only if they may see it when the notification is sent, and
 * never let them see it otherwise. Water is a public community; Bob (member) and Max (moderator)
 * follow it for important news only, Olga and Pat are outsiders who follow nothing, so whatever
 * reaches them of a discussion or a reply comes from a mention alone.
 */
@DisplayName("a mention tells its user of a post only if they may see it when told")
class NotificationMentionTest {
  private static final Actor BOB = Actor.user("bob");
  private static final Actor MAX = Actor.user("max");
  private static final Actor OLGA = Actor.user("olga");
  private static final UserId OLGA_ID = UserId.of("olga");
  private static final UserId PAT_ID = UserId.of("pat");

  private final NotificationWorld world = new NotificationWorld();
  private final Community water = world.community("Water", b -> b);

  NotificationMentionTest() {
    world.member(water, "bob", Role.MEMBER);
    world.member(water, "max", Role.MODERATOR);
    // the members hear only important news as followers, and neither a discussion nor a reply is
    // important: only mentions are at work
    for (String user : List.of("ada", "bob", "max")) {
      world.follow(user, water, NotificationLevel.IMPORTANT, Delivery.IMMEDIATE);
    }
  }

  /** A published discussion by ada whose opening post mentions {@code mentions}, its publication not yet sent. */
  private Discussion published(Visibility visibility, Set<UserId> mentions) {
    ItemHeader header = new ItemHeader(ItemId.of("talk-" + visibility), water.id(), UserId.of("ada"), "Pumps",
        Locale.ENGLISH, visibility, ReviewState.PUBLISHED, Set.of(), NotificationWorld.NOW, NotificationWorld.NOW, 0);
    Discussion discussion = (Discussion) world.storage.inTransaction(tx -> tx.items().insert(
        new Discussion(header, "Which pump, @olga @pat?", false, List.of(), mentions)));
    world.recordItemEvent(discussion, ItemChanged.Kind.PUBLISHED, "ada");
    return discussion;
  }

  /** Who was told at once of {@code kind}, in user order. */
  private List<String> told(String kind) {
    world.deliver();
    return world.sink.recipients(kind).stream().sorted().toList();
  }

  @Test
  @DisplayName("the users a public discussion mentions are told of its publication; the text alone tells nobody")
  void publicationReachesMentioned() {
    published(Visibility.PUBLIC, Set.of(OLGA_ID));
    assertEquals(List.of("olga"), told("item.published"), "pat is written in the body, not mentioned");
  }

  @Test
  @DisplayName("a user mentioned in a members-only discussion they may not see is told nothing and still cannot read it")
  void membersOnlyPublication() {
    Discussion talk = published(Visibility.MEMBERS, Set.of(OLGA_ID, UserId.of("bob")));
    assertEquals(List.of("bob"), told("item.published"));
    assertEquals(List.of(), world.sink.to("olga"));
    assertThrows(NotFoundException.class, () -> world.convene.content().get(OLGA, talk.id()));
  }

  @Test
  @DisplayName("a discussion made members-only before its publication is sent tells the outsider it mentions nothing")
  void hiddenBeforeSending() {
    Discussion talk = published(Visibility.PUBLIC, Set.of(OLGA_ID, UserId.of("bob")));
    world.change(talk, h -> h.withVisibility(Visibility.MEMBERS, NotificationWorld.NOW));
    assertEquals(List.of("bob"), told("item.published"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Delivery.class, names = {"IMMEDIATE", "DAILY"})
  @DisplayName("the users a reply mentions are told of it, at once or in their digest, the replier never")
  void replyReachesMentioned(Delivery delivery) {
    Discussion talk = published(Visibility.PUBLIC, Set.of());
    world.deliver();
    world.follow("olga", water, NotificationLevel.IMPORTANT, delivery);
    Reply reply = world.convene.content().reply(BOB, talk.id(), "@olga, @bob: the north pump", Set.of(OLGA_ID,
        UserId.of("bob")));
    assertEquals(Set.of(OLGA_ID, UserId.of("bob")), reply.mentions());
    world.deliver();
    world.notifications.sendDigests(Delivery.DAILY, NotificationWorld.LATER);
    List<String> replied = delivery == Delivery.IMMEDIATE ? world.sink.recipients("item.replied")
        : world.sink.digests.stream().flatMap(List::stream).filter(n -> n.kind().equals("item.replied"))
            .map(n -> n.recipient().value()).toList();
    assertEquals(List.of("olga"), replied);
  }

  @Test
  @DisplayName("a reply hidden before it is sent tells the user it mentions nothing, unless they moderate")
  void hiddenReply() {
    Discussion talk = published(Visibility.PUBLIC, Set.of());
    world.deliver();
    Reply reply = world.convene.content().reply(BOB, talk.id(), "@olga @max look", Set.of(OLGA_ID,
        UserId.of("max")));
    world.convene.content().hideReply(MAX, talk.id(), reply.id(), true);
    // max, mentioned, may see hidden replies: he is told, though he hid it (the news is bob's act)
    assertEquals(List.of("max"), told("item.replied"));
  }

  @Test
  @DisplayName("a reply in a discussion made members-only before sending tells the outsider it mentions nothing")
  void discussionHiddenBeforeReplySent() {
    Discussion talk = published(Visibility.PUBLIC, Set.of());
    world.deliver();
    world.convene.content().reply(BOB, talk.id(), "@olga look", Set.of(OLGA_ID));
    Item now = world.storage.read(tx -> tx.items().get(talk.id())).orElseThrow();
    world.change(now, h -> h.withVisibility(Visibility.MEMBERS, NotificationWorld.NOW));
    assertEquals(List.of(), told("item.replied"));
    assertThrows(NotFoundException.class, () -> world.convene.content().get(OLGA, talk.id()));
  }

  @Test
  @DisplayName("a draft keeps the users it mentions as given; too many mentions are refused, naming the field")
  void draftMentions() {
    Item created = world.convene.content().create(BOB, water.id(),
        ItemDraft.discussion("Pumps", Locale.ENGLISH, Visibility.MEMBERS, "Hello @olga").mentions(OLGA_ID, PAT_ID));
    assertEquals(Set.of(OLGA_ID, PAT_ID), ((Discussion) world.convene.content().get(BOB, created.id())).mentions());
    assertEquals(List.of(), told("item.created"));
    Set<UserId> many = IntStream.rangeClosed(0, Mentions.MAX).mapToObj(i -> UserId.of("u" + i))
        .collect(Collectors.toSet());
    Discussion talk = published(Visibility.PUBLIC, Set.of());
    ValidationException e = assertThrows(ValidationException.class,
        () -> world.convene.content().reply(BOB, talk.id(), "Everyone!", many));
    assertEquals("mentions", e.field());
    assertEquals(List.of(), ((Discussion) world.convene.content().get(BOB, talk.id())).replies());
  }
}
