package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.event.ItemChanged;
import dev.convene.core.membership.MembershipEvent;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Section;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NotificationTaskTest {
  private final NotificationWorld world = new NotificationWorld();
  private final Community forum = world.community("Forum", b -> b.privacy(Privacy.SEMI_PRIVATE)
      .reviewBeforePublication(true));

  NotificationTaskTest() {
    world.member(forum, "mod", Role.MODERATOR);
    world.member(forum, "mia", Role.MEMBER);
    world.follow("mia", forum, NotificationLevel.ALL, Delivery.IMMEDIATE);
  }

  @Test
  @DisplayName("a membership request reaches the moderators and admins, not plain members, not the requester")
  void requestsReachModerators() {
    world.put(forum, "olga", MembershipState.REQUESTED, Role.MEMBER);
    world.membershipEvent(forum, "olga", MembershipEvent.REQUESTED, "olga");
    assertEquals(List.of("ada", "mod"), world.sink.recipients("membership.requested"));
    assertEquals(List.of("olga asked to join Forum"), world.sink.to("mod"));
  }

  @Test
  @DisplayName("the admins of a parent community are told of requests to join its working groups")
  void parentAdminsDecideWorkingGroupRequests() {
    Community group = world.convene.communities().createWorkingGroup(NotificationWorld.ADA, forum.id(), "drafting",
        b -> b.name("Drafting").privacy(Privacy.PRIVATE).sections(EnumSet.of(Section.DOCUMENTS)));
    world.member(group, "mod", Role.ADMIN);
    world.storage.useTransaction(tx -> tx.memberships().delete(group.id(), NotificationWorld.ADA.user().orElseThrow(),
        1));
    world.put(group, "mia", MembershipState.REQUESTED, Role.MEMBER);
    world.membershipEvent(group, "mia", MembershipEvent.REQUESTED, "mia");
    assertEquals(List.of("ada", "mod"), world.sink.recipients("membership.requested"));
  }

  @Test
  @DisplayName("an item submitted for review reaches its reviewers among the members, not plain members")
  void submissionsReachReviewers() {
    Item draft = world.item(forum, "mia", ItemType.DOCUMENT, Visibility.MEMBERS, ReviewState.SUBMITTED, "Budget");
    world.itemEvent(draft, ItemChanged.Kind.SUBMITTED, "mia");
    assertEquals(List.of("ada", "mod"), world.sink.recipients("item.submitted"));
    assertEquals(List.of("A document awaits your review in Forum: Budget"), world.sink.to("mod"));
  }

  @Test
  @DisplayName("the author is told when a reviewer sends their item back or publishes it; followers of the publication")
  void authorsHearOfReviews() {
    world.member(forum, "max", Role.MEMBER);
    Item sentBack = world.item(forum, "max", ItemType.DOCUMENT, Visibility.MEMBERS, ReviewState.REJECTED, "Draft A");
    world.itemEvent(sentBack, ItemChanged.Kind.REJECTED, "mod");
    Item published = world.item(forum, "max", ItemType.DOCUMENT, Visibility.MEMBERS, ReviewState.PUBLISHED, "Draft B");
    world.itemEvent(published, ItemChanged.Kind.PUBLISHED, "mod");
    assertEquals(List.of("max"), world.sink.recipients("item.rejected"));
    assertEquals(List.of("Your document was sent back by a reviewer in Forum: Draft A",
        "Your document was published in Forum: Draft B"), world.sink.to("max"));
    // ada, the admin who never chose, keeps up with new items by default; mod published it
    assertEquals(List.of("ada", "max", "mia"), world.sink.recipients("item.published"));
  }

  @Test
  @DisplayName("an invitee is told of their invitation though not a member, even to a hidden group")
  void inviteesHearOfInvitations() {
    Community hidden = world.community("Cabinet", b -> b.purpose(Purpose.HIDDEN_GROUP));
    world.put(hidden, "olga", MembershipState.INVITED, Role.MEMBER);
    world.membershipEvent(hidden, "olga", MembershipEvent.INVITED, "ada");
    assertEquals(List.of("olga"), world.sink.recipients("membership.invited"));
    assertEquals(List.of("You are invited to join Cabinet"), world.sink.to("olga"));
  }

  @Test
  @DisplayName("nobody is told of their own action, whatever their level")
  void neverTheActor() {
    world.follow("ada", forum, NotificationLevel.ALL, Delivery.IMMEDIATE);
    Item notice = world.item(forum, "ada", ItemType.ANNOUNCEMENT, Visibility.PUBLIC, ReviewState.PUBLISHED, "Agenda");
    world.itemEvent(notice, ItemChanged.Kind.PUBLISHED, "ada");
    world.membershipEvent(forum, "mod", MembershipEvent.ROLE_CHANGED, "ada");
    assertEquals(List.of("mia", "mod"), world.sink.recipients("item.published"));
    assertEquals("New announcement in Forum: Agenda", world.sink.to("mia").get(0));
    assertEquals(List.of("mia", "mod"), world.sink.recipients("membership.role_changed"));
    assertEquals(List.of(), world.sink.to("ada"));
    assertEquals("Your role in Forum changed", world.sink.to("mod").get(1));
  }
}
