package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ADA;
import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.OLGA;
import static dev.convene.platform.ContentFixture.doc;
import static dev.convene.platform.ContentFixture.talk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Decision;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.Delivery;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.PageRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hidden working group inside a public community is checked as itself, never through its parent:
 * to a member of the parent who is not in the group, to an outsider and to an anonymous visitor,
 * every call on the group or its items answers as for an id that does not exist, and no listing
 * names it. Ada founds both and is the group's only member.
 */
@DisplayName("a hidden working group is not found by those outside it, whatever they see of its parent")
class HiddenWorkingGroupTest {
  private final ContentFixture world = new ContentFixture();
  private final Convene convene = world.convene;
  private final ContentService content = world.content();
  private final Community parent = world.community("parent");
  private final Community cabinet = convene.communities().createWorkingGroup(ADA, parent.id(), "cabinet",
      b -> b.name("Cabinet").purpose(Purpose.HIDDEN_GROUP));
  private final Item minutes = content.publish(ADA, content.create(ADA, cabinet.id(), talk("Minutes",
      Visibility.MEMBERS)).id());

  private static Actor actor(String who) {
    return switch (who) {
      case "mel" -> MEL; // a member of the parent
      case "olga" -> OLGA;
      default -> ANON;
    };
  }

  private Map<String, Executable> onCommunity(Actor actor, CommunityId c) {
    Map<String, Executable> calls = new LinkedHashMap<>();
    CommunityService communities = convene.communities();
    calls.put("get", () -> communities.get(actor, c));
    calls.put("workingGroups", () -> communities.workingGroups(actor, c));
    calls.put("update", () -> communities.update(actor, c, 1, b -> b));
    calls.put("archive", () -> communities.archive(actor, c));
    calls.put("restore", () -> communities.restore(actor, c));
    calls.put("createWorkingGroup", () -> communities.createWorkingGroup(actor, c, "inner", b -> b.name("Inner")));
    calls.put("list", () -> content.list(actor, c, ItemQuery.in(c), PageRequest.first(10)));
    calls.put("reviewQueue", () -> content.reviewQueue(actor, c, PageRequest.first(10)));
    calls.put("create", () -> content.create(actor, c, doc("Leak", Visibility.PUBLIC)));
    calls.put("subscribe",
        () -> convene.notifications().subscribe(actor, c, NotificationLevel.ALL, Delivery.IMMEDIATE));
    calls.put("subscription", () -> convene.notifications().subscription(actor, c));
    calls.put("audit", () -> convene.audit().list(actor, c, PageRequest.first(10)));
    return calls;
  }

  private Map<String, Executable> onItem(Actor actor, ItemId i) {
    Map<String, Executable> calls = new LinkedHashMap<>();
    calls.put("get", () -> content.get(actor, i));
    calls.put("tag", () -> content.tag(actor, i, Set.of()));
    calls.put("delete", () -> content.delete(actor, i, 1));
    calls.put("submit", () -> content.submit(actor, i));
    calls.put("publish", () -> content.publish(actor, i));
    calls.put("review", () -> content.review(actor, i, ContentService.Verdict.APPROVE, Optional.empty()));
    calls.put("archive", () -> content.archive(actor, i));
    calls.put("restore", () -> content.restore(actor, i));
    calls.put("reply", () -> content.reply(actor, i, "Hello"));
    calls.put("hideReply", () -> content.hideReply(actor, i, ReplyId.of("r1"), true));
    calls.put("lock", () -> content.lock(actor, i, true));
    return calls;
  }

  private static void sameAsUnknown(Map<String, Executable> onHidden, Map<String, Executable> onUnknown,
      String hiddenId, String unknownId) {
    onHidden.forEach((name, call) -> {
      String seen = assertThrows(NotFoundException.class, call, name).getMessage();
      String missing = assertThrows(NotFoundException.class, onUnknown.get(name), name).getMessage();
      assertEquals(missing.replace(unknownId, "X"), seen.replace(hiddenId, "X"), name);
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mel", "olga", "anonymous"})
  @DisplayName("every call on the group or its items is not-found, worded as for an unknown id")
  void notFound(String who) {
    Actor actor = actor(who);
    sameAsUnknown(onCommunity(actor, cabinet.id()), onCommunity(actor, CommunityId.of("nope")), cabinet.id().value(),
        "nope");
    sameAsUnknown(onItem(actor, minutes.id()), onItem(actor, ItemId.of("nope")), minutes.id().value(), "nope");
    assertEquals(convene.decide(actor, Action.VIEW_COMMUNITY, CommunityId.of("nope")),
        convene.decide(actor, Action.VIEW_COMMUNITY, cabinet.id()));
    assertEquals(Decision.Outcome.NOT_FOUND, convene.decide(actor, Action.VIEW_COMMUNITY, cabinet.id()).outcome());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mel", "olga", "anonymous"})
  @DisplayName("no listing names the group")
  void notListed(String who) {
    Actor actor = actor(who);
    assertEquals(List.of(), convene.communities().workingGroups(actor, parent.id()));
    assertEquals(List.of(parent.id()), convene.communities().list(actor, CommunityQuery.all(), PageRequest.first(1))
        .items().stream().map(Community::id).toList());
    assertEquals(List.of(cabinet.id()), convene.communities().workingGroups(ADA, parent.id()).stream()
        .map(Community::id).toList());
  }
}
