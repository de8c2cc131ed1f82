package dev.convene.platform;

import static dev.convene.platform.ReportWorld.ADA;
import static dev.convene.platform.ReportWorld.ANON;
import static dev.convene.platform.ReportWorld.MAX;
import static dev.convene.platform.ReportWorld.MEL;
import static dev.convene.platform.ReportWorld.MO;
import static dev.convene.platform.ReportWorld.OLGA;
import static dev.convene.platform.ReportWorld.PAT;
import static dev.convene.platform.ReportWorld.RITA;
import static dev.convene.platform.ReportWorld.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Reply;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import dev.convene.storage.AuditAction;
import dev.convene.storage.PageRequest;
import dev.convene.storage.ReportReason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportQueueTest {
  private final ReportWorld world = new ReportWorld();
  private final ReportService reports = world.reports();
  private final Community water = world.community("water");

  @Test
  @DisplayName("open reports are grouped per item or reply, counted per reason, oldest first, with no reporter")
  void grouped() {
    Item pumps = world.doc(MEL, water, "Pumps", Visibility.MEMBERS);
    Item talk = world.talk(MEL, water, "Wells", Visibility.PUBLIC);
    Reply reply = world.reply(MEL, talk, "Buy my pumps");
    world.file(MAX, target(talk, reply), ReportReason.SPAM, "an advert");
    world.file(MAX, target(pumps), ReportReason.SPAM, "adverts");
    world.file(RITA, target(pumps), ReportReason.SPAM, "");
    world.file(OLGA, target(talk, reply), ReportReason.SPAM, "");
    world.file(RITA, target(talk, reply), ReportReason.OFF_TOPIC, "not about wells");
    world.file(RITA, target(talk), ReportReason.OTHER, "whole thread");

    List<ReportedTarget> queue = world.queue(MO, water);
    assertEquals(List.of(target(talk, reply), target(pumps), target(talk)),
        queue.stream().map(ReportedTarget::target).toList());
    ReportedTarget first = queue.get(0);
    assertEquals(ItemType.DISCUSSION, first.type());
    assertEquals("Wells", first.title());
    assertEquals(Map.of(ReportReason.SPAM, 2, ReportReason.OFF_TOPIC, 1), first.byReason());
    assertEquals(List.of("an advert", "", "not about wells"), first.reports().stream().map(ReportNote::text).toList());
    assertEquals(3, first.total());
    assertEquals(Map.of(ReportReason.SPAM, 2), queue.get(1).byReason());
    assertEquals(6, reports.openCount(MO, water.id()));
    assertEquals(queue, world.queue(ADA, water));
    for (String reporter : List.of("max", "rita", "olga")) {
      assertFalse(queue.toString().contains(reporter), "the queue names " + reporter);
    }
  }

  @Test
  @DisplayName("pages follow one another by the oldest report, even when a row is closed between pages")
  void paging() {
    List<Item> docs = List.of(world.doc(MEL, water, "A", Visibility.PUBLIC), world.doc(MEL, water, "B",
        Visibility.PUBLIC), world.doc(MEL, water, "C", Visibility.PUBLIC));
    docs.forEach(d -> world.file(MAX, target(d), ReportReason.SPAM, ""));
    var first = reports.queue(MO, water.id(), PageRequest.first(2));
    assertEquals(List.of(target(docs.get(0)), target(docs.get(1))),
        first.items().stream().map(ReportedTarget::target).toList());
    reports.dismiss(ADA, target(docs.get(1)));
    var second = reports.queue(MO, water.id(), first.next().map(PageRequest.first(2)::after).orElseThrow());
    assertEquals(List.of(target(docs.get(2))), second.items().stream().map(ReportedTarget::target).toList());
    assertEquals(false, second.hasNext());
    assertEquals("page", assertThrows(ValidationException.class,
        () -> reports.queue(MO, water.id(), PageRequest.first(2).after("not-a-cursor"))).field());
  }

  @Test
  @DisplayName("a moderator never sees reports of what they wrote, nor counts them; the admin does")
  void ownContent() {
    Item mine = world.doc(MO, water, "Moderation rules", Visibility.PUBLIC);
    Item talk = world.talk(MEL, water, "Wells", Visibility.PUBLIC);
    Reply reply = world.reply(MO, talk, "Closing this");
    world.file(MAX, target(mine), ReportReason.HARASSMENT, "");
    world.file(RITA, target(talk, reply), ReportReason.HARASSMENT, "");
    world.file(RITA, target(talk), ReportReason.OFF_TOPIC, "");
    assertEquals(List.of(target(talk)), world.queue(MO, water).stream().map(ReportedTarget::target).toList());
    assertEquals(1, reports.openCount(MO, water.id()));
    assertEquals(List.of(target(mine), target(talk, reply), target(talk)),
        world.queue(ADA, water).stream().map(ReportedTarget::target).toList());
    assertEquals(3, reports.openCount(ADA, water.id()));
  }

  @Test
  @DisplayName("only moderators and admins read the queue; a hidden group's is not found for outsiders")
  void whoReads() {
    world.file(MAX, target(world.doc(MEL, water, "Pumps", Visibility.PUBLIC)), ReportReason.SPAM, "");
    for (Actor refused : List.of(MEL, MAX, OLGA, ANON)) {
      assertThrows(AccessDeniedException.class, () -> reports.queue(refused, water.id(), PageRequest.first(5)),
          refused.toString());
      assertThrows(AccessDeniedException.class, () -> reports.openCount(refused, water.id()), refused.toString());
    }
    Community cabinet = world.convene.communities().create(ADA, "cabinet",
        b -> b.name("Cabinet").purpose(Purpose.HIDDEN_GROUP));
    world.member(cabinet, MEL, Role.MEMBER);
    for (Actor outsider : List.of(OLGA, MAX, ANON)) {
      assertEquals("community " + cabinet.id() + " not found", assertThrows(NotFoundException.class,
          () -> reports.openCount(outsider, cabinet.id())).getMessage());
    }
    assertThrows(AccessDeniedException.class, () -> reports.openCount(MEL, cabinet.id()));
    assertEquals(0, reports.openCount(ADA, cabinet.id()));
  }

  @Test
  @DisplayName("a platform admin reads any queue, and the reading is audited")
  void platformAdmin() {
    world.file(MAX, target(world.doc(MEL, water, "Pumps", Visibility.MEMBERS)), ReportReason.SPAM, "");
    assertEquals(1, world.queue(PAT, water).size());
    assertEquals(true, world.audit(ADA, water).stream().anyMatch(e -> e.action() == AuditAction.PLATFORM_ADMIN_ACCESS
        && e.actor().equals(PAT.user()) && e.subject().equals("reports of community " + water.id())));
  }
}
