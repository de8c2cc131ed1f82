package dev.convene.platform;

import static dev.convene.platform.ReportWorld.ADA;
import static dev.convene.platform.ReportWorld.MAX;
import static dev.convene.platform.ReportWorld.MEL;
import static dev.convene.platform.ReportWorld.MO;
import static dev.convene.platform.ReportWorld.RITA;
import static dev.convene.platform.ReportWorld.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Reply;
import dev.convene.core.model.Visibility;
import dev.convene.storage.ReportReason;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportNotificationTest {
  private final ReportWorld world = new ReportWorld();
  private final Community water = world.community("water");

  @Test
  @DisplayName("a report of an item reaches the community's moderators and admins through the outbox, naming no"
      + " reporter")
  void itemReported() {
    Item pumps = world.doc(MEL, water, "Pumps", Visibility.MEMBERS);
    world.file(MAX, target(pumps), ReportReason.SPAM, "max thinks so");
    world.deliver();
    assertEquals(List.of("ada", "mo"), world.sink.recipients("item.reported"));
    assertEquals(List.of("A document was reported in water: Pumps"), world.sink.to("mo"));
    world.sink.delivered.forEach(n -> {
      assertEquals(Optional.of(pumps.id()), n.item());
      assertFalse(n.summary().contains("max"), n.summary());
      assertEquals(Optional.empty(), n.actor(), "the reporter is never the actor");
      assertFalse(n.parameters().containsValue("max"), n.parameters().toString());
      assertFalse(n.summary(Locale.FRENCH).contains("max"), n.summary(Locale.FRENCH));
    });
  }

  @Test
  @DisplayName("the author of what was reported is never told, even as moderator or admin")
  void authorNotTold() {
    Item rules = world.doc(MO, water, "Rules", Visibility.PUBLIC);
    Item notice = world.doc(ADA, water, "Notice", Visibility.PUBLIC);
    world.file(MAX, target(rules), ReportReason.HARASSMENT, "");
    world.file(MAX, target(notice), ReportReason.HARASSMENT, "");
    world.deliver();
    assertEquals(List.of("ada", "mo"), world.sink.recipients("item.reported"));
    assertEquals(List.of("A document was reported in water: Rules"), world.sink.to("ada"));
    assertEquals(List.of("A document was reported in water: Notice"), world.sink.to("mo"));
  }

  @Test
  @DisplayName("a report of a reply is item.reply_reported, told to the moderators who did not write the reply")
  void replyReported() {
    Item talk = world.talk(MEL, water, "Wells", Visibility.MEMBERS);
    Reply byMo = world.reply(MO, talk, "Closing this");
    Reply byMel = world.reply(MEL, talk, "Buy my pumps");
    world.settle();
    world.file(RITA, target(talk, byMo), ReportReason.HARASSMENT, "");
    world.deliver();
    assertEquals(List.of("ada"), world.sink.recipients("item.reply_reported"));
    assertEquals(List.of("A reply was reported in water: Wells"), world.sink.to("ada"));
    world.sink.delivered.clear();
    world.file(RITA, target(talk, byMel), ReportReason.SPAM, "");
    world.deliver();
    assertEquals(List.of("ada", "mo"), world.sink.recipients("item.reply_reported"));
    assertEquals(List.of(), world.sink.recipients("item.reported"));
  }

  @Test
  @DisplayName("recipients are checked when the notification is sent: a report of content removed since reaches no one")
  void checkedWhenSent() {
    Item pumps = world.doc(MEL, water, "Pumps", Visibility.MEMBERS);
    world.file(MAX, target(pumps), ReportReason.SPAM, "");
    world.reports().remove(ADA, target(pumps));
    world.deliver();
    assertEquals(List.of(), world.sink.recipients("item.reported"));
  }
}
