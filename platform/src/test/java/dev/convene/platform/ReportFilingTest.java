package dev.convene.platform;

import static dev.convene.platform.ReportWorld.ADA;
import static dev.convene.platform.ReportWorld.ANON;
import static dev.convene.platform.ReportWorld.MAX;
import static dev.convene.platform.ReportWorld.MEL;
import static dev.convene.platform.ReportWorld.MO;
import static dev.convene.platform.ReportWorld.OLGA;
import static dev.convene.platform.ReportWorld.RITA;
import static dev.convene.platform.ReportWorld.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Report;
import dev.convene.storage.ReportReason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportFilingTest {
  private final ReportWorld world = new ReportWorld();
  private final ReportService reports = world.reports();
  private final Community water = world.community("water");

  @Test
  @DisplayName("a member reports a members-only document: the report is open, names them, and is theirs to list")
  void fileAndList() {
    Item doc = world.doc(MEL, water, "Pumps", Visibility.MEMBERS);
    Report report = world.file(MAX, target(doc), ReportReason.SPAM, "Selling pumps again");
    assertTrue(report.isOpen());
    assertEquals(Optional.of(ReportWorld.user(MAX)), report.reporter());
    assertEquals(water.id(), report.community());
    assertEquals(doc.id(), report.item());
    assertEquals(Optional.empty(), report.reply());
    assertEquals(List.of(report), reports.mine(MAX));
    assertEquals(List.of(), reports.mine(RITA));
    assertEquals(List.of(), reports.mine(ANON));
    assertEquals(1, reports.openCount(ADA, water.id()));
  }

  @Test
  @DisplayName("an outsider reporting what they may not see, or what does not exist, is told it was not found, alike")
  void unseenTargets() {
    Item members = world.doc(MEL, water, "Pumps", Visibility.MEMBERS);
    assertEquals("item " + members.id() + " not found", assertThrows(NotFoundException.class,
        () -> world.file(OLGA, target(members), ReportReason.SPAM, "")).getMessage());
    assertEquals("item " + members.id() + " not found", assertThrows(NotFoundException.class,
        () -> world.file(ANON, target(members), ReportReason.SPAM, "")).getMessage());
    assertEquals("item no-such-item not found", assertThrows(NotFoundException.class,
        () -> world.file(MAX, ReportTarget.item(ReportWorld.missing()), ReportReason.SPAM, "")).getMessage());
    assertEquals(0, reports.openCount(ADA, water.id()));
  }

  @Test
  @DisplayName("a hidden reply is not found for a member, worded as a reply that does not exist; a moderator may report it")
  void hiddenReply() {
    Item talk = world.talk(MEL, water, "Wells", Visibility.MEMBERS);
    Reply reply = world.reply(RITA, talk, "Nonsense");
    world.convene.content().hideReply(MO, talk.id(), reply.id(), true);
    assertEquals("reply " + reply.id() + " of item " + talk.id() + " not found", assertThrows(NotFoundException.class,
        () -> world.file(MAX, target(talk, reply), ReportReason.HATE, "")).getMessage());
    assertEquals("reply nowhere of item " + talk.id() + " not found", assertThrows(NotFoundException.class,
        () -> world.file(MAX, ReportTarget.reply(talk.id(), ReplyId.of("nowhere")), ReportReason.HATE, ""))
        .getMessage());
    Report byModerator = world.file(MO, target(talk, reply), ReportReason.HATE, "");
    assertEquals(Optional.of(reply.id()), byModerator.reply());
  }

  @Test
  @DisplayName("the items of a hidden group are not found for those outside it")
  void hiddenGroup() {
    Community cabinet = world.convene.communities().create(ADA, "cabinet",
        b -> b.name("Cabinet").purpose(Purpose.HIDDEN_GROUP));
    world.member(cabinet, MEL, dev.convene.core.model.Role.MEMBER);
    Item doc = world.doc(MEL, cabinet, "Plans", Visibility.MEMBERS);
    assertEquals("item " + doc.id() + " not found", assertThrows(NotFoundException.class,
        () -> world.file(OLGA, target(doc), ReportReason.PRIVACY, "")).getMessage());
    assertEquals("item " + doc.id() + " not found", assertThrows(NotFoundException.class,
        () -> world.file(MAX, target(doc), ReportReason.PRIVACY, "")).getMessage());
  }

  @Test
  @DisplayName("an anonymous visitor who sees a public item is refused, asked to sign in")
  void anonymous() {
    Item doc = world.doc(MEL, water, "Pumps", Visibility.PUBLIC);
    AccessDeniedException refused = assertThrows(AccessDeniedException.class,
        () -> world.file(ANON, target(doc), ReportReason.SPAM, ""));
    assertTrue(refused.getMessage().contains("sign in"), refused.getMessage());
    world.file(OLGA, target(doc), ReportReason.SPAM, "a signed-in outsider may report what they see");
    assertEquals(1, reports.openCount(ADA, water.id()));
  }

  @Test
  @DisplayName("a second open report of the same item or reply by the same person is refused; another target is not")
  void twice() {
    Item talk = world.talk(MEL, water, "Wells", Visibility.MEMBERS);
    Reply reply = world.reply(RITA, talk, "Nonsense");
    world.file(MAX, target(talk), ReportReason.SPAM, "");
    ValidationException again = assertThrows(ValidationException.class,
        () -> world.file(MAX, target(talk), ReportReason.OFF_TOPIC, "really"));
    assertEquals("target", again.field());
    assertEquals("already-reported", again.rule());
    world.file(MAX, target(talk, reply), ReportReason.HATE, "the reply is another target");
    world.file(RITA, target(talk), ReportReason.SPAM, "another reporter");
    assertEquals(3, reports.openCount(ADA, water.id()));
    reports.dismiss(ADA, target(talk));
    world.file(MAX, target(talk), ReportReason.OFF_TOPIC, "once decided, it may be reported again");
    assertEquals(3, reports.mine(MAX).size());
  }

  @Test
  @DisplayName("bad input is refused with the field and rule, and changes nothing")
  void badInput() {
    Item doc = world.doc(MEL, water, "Pumps", Visibility.PUBLIC);
    ValidationException tooLong = assertThrows(ValidationException.class,
        () -> reports.file(MAX, target(doc), ReportReason.OTHER, "x".repeat(Report.MAX_TEXT_LENGTH + 1)));
    assertEquals("text", tooLong.field());
    assertEquals("max-length", tooLong.rule());
    assertEquals("reason", assertThrows(ValidationException.class,
        () -> reports.file(MAX, target(doc), null, "")).field());
    assertEquals("text", assertThrows(ValidationException.class,
        () -> reports.file(MAX, target(doc), ReportReason.OTHER, null)).field());
    assertEquals(List.of(), reports.mine(MAX));
    reports.file(MAX, target(doc), ReportReason.OTHER, "x".repeat(Report.MAX_TEXT_LENGTH));
  }

  @Test
  @DisplayName("an archived community takes no reports")
  void archived() {
    Item doc = world.doc(MEL, water, "Pumps", Visibility.PUBLIC);
    world.convene.communities().archive(ADA, water.id());
    assertThrows(AccessDeniedException.class, () -> world.file(MAX, target(doc), ReportReason.SPAM, ""));
    assertEquals(List.of(), reports.mine(MAX));
  }
}
