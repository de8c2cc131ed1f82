package dev.convene.platform;

import static dev.convene.platform.ReportWorld.ADA;
import static dev.convene.platform.ReportWorld.MAX;
import static dev.convene.platform.ReportWorld.MEL;
import static dev.convene.platform.ReportWorld.MO;
import static dev.convene.platform.ReportWorld.PAT;
import static dev.convene.platform.ReportWorld.RITA;
import static dev.convene.platform.ReportWorld.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Reply;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.ReportReason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportAuditTest {
  /** A second admin of the community. */
  private static final Actor BEA = Actor.user("bea");
  private final ReportWorld world = new ReportWorld();
  private final Community water = world.community("water");

  private static List<String> lines(List<AuditEntry> entries) {
    return entries.stream().filter(e -> e.action().name().startsWith("REPORT_"))
        .map(e -> e.action() + " " + e.subject() + " by " + e.actor().map(Object::toString).orElse("nobody")
            + " " + e.after().orElse(""))
        .toList();
  }

  @Test
  @DisplayName("a filing is audited naming no actor; each decision names the moderator and the outcome")
  void audited() {
    Item pumps = world.doc(MEL, water, "Pumps", Visibility.MEMBERS);
    Item talk = world.talk(MEL, water, "Wells", Visibility.MEMBERS);
    Reply reply = world.reply(MEL, talk, "Buy my pumps");
    world.file(MAX, target(pumps), ReportReason.SPAM, "");
    world.file(RITA, target(pumps), ReportReason.HATE, "");
    world.file(RITA, target(talk, reply), ReportReason.SPAM, "");
    world.reports().dismiss(MO, target(pumps));
    world.reports().hide(MO, target(talk, reply));
    String r = "reply " + reply.id() + " of item " + talk.id();
    assertEquals(List.of(
        "REPORT_HIDDEN " + r + " by mo HIDDEN, 1 report",
        "REPORT_DISMISSED item " + pumps.id() + " by mo DISMISSED, 2 reports",
        "REPORT_FILED " + r + " by nobody SPAM",
        "REPORT_FILED item " + pumps.id() + " by nobody HATE",
        "REPORT_FILED item " + pumps.id() + " by nobody SPAM"), lines(world.audit(ADA, water)));
    assertEquals(List.of(Optional.empty()), world.audit(PAT, water).stream()
        .filter(e -> e.action() == AuditAction.REPORT_FILED).map(AuditEntry::actor).distinct().toList(),
        "not even a platform admin reads who reported");
  }

  @Test
  @DisplayName("once an item is removed on report, its report lines are listed to platform admins only")
  void removed() {
    Item pumps = world.doc(MEL, water, "Pumps", Visibility.MEMBERS);
    world.file(MAX, target(pumps), ReportReason.SPAM, "");
    world.reports().remove(MO, target(pumps));
    assertEquals(List.of(), lines(world.audit(ADA, water)));
    assertEquals(List.of("REPORT_REMOVED item " + pumps.id() + " by mo REMOVED, 1 report",
        "REPORT_FILED item " + pumps.id() + " by nobody SPAM"), lines(world.audit(PAT, water)));
    assertEquals(List.of(AuditAction.ITEM_DELETED), world.audit(ADA, water).stream().map(AuditEntry::action)
        .filter(a -> a == AuditAction.ITEM_DELETED).toList());
  }

  @Test
  @DisplayName("an admin reading the log never sees the lines about reports of what they wrote; another admin does")
  void authorAdmin() {
    world.member(water, BEA, Role.ADMIN);
    Item notice = world.doc(ADA, water, "Notice", Visibility.PUBLIC);
    Item talk = world.talk(MEL, water, "Wells", Visibility.MEMBERS);
    Reply byAda = world.reply(ADA, talk, "Calm down");
    world.file(MAX, target(notice), ReportReason.HARASSMENT, "");
    world.file(MAX, target(talk, byAda), ReportReason.HARASSMENT, "");
    world.reports().dismiss(BEA, target(notice));
    assertEquals(List.of(), lines(world.audit(ADA, water)));
    assertEquals(3, lines(world.audit(BEA, water)).size());
  }
}
