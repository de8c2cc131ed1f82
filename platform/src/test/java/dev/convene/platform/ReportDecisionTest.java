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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Report;
import dev.convene.storage.ReportOutcome;
import dev.convene.storage.ReportReason;
import dev.convene.search.SearchHit;
import dev.convene.search.SearchRequest;
import org.apache.lucene.store.ByteBuffersDirectory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportDecisionTest {
  private final ReportWorld world = new ReportWorld();
  private final ReportService reports = world.reports();
  private final ContentService content = world.convene.content();
  private final Community water = world.community("water");
  private final Item pumps = world.doc(MEL, water, "Pumps", Visibility.MEMBERS);
  private final Item talk = world.talk(MAX, water, "Wells", Visibility.MEMBERS);
  private final Reply reply = world.reply(MEL, talk, "Buy my pumps");

  private void reportBoth() {
    world.file(MAX, target(pumps), ReportReason.SPAM, "");
    world.file(RITA, target(pumps), ReportReason.SPAM, "");
    world.file(RITA, target(talk, reply), ReportReason.SPAM, "");
  }

  private List<Optional<ReportOutcome>> outcomes(Actor reporter) {
    return reports.mine(reporter).stream().map(Report::outcome).toList();
  }

  @Test
  @DisplayName("dismissing closes the target's open reports and leaves the content; a second dismissal finds none")
  void dismiss() {
    reportBoth();
    assertEquals(new ReportsClosed(target(pumps), ReportOutcome.DISMISSED, 2), reports.dismiss(MO, target(pumps)));
    assertEquals(ReviewState.PUBLISHED, content.get(MEL, pumps.id()).reviewState());
    assertEquals(List.of(Optional.of(ReportOutcome.DISMISSED)), outcomes(MAX));
    assertEquals(List.of(target(talk, reply)), world.queue(MO, water).stream().map(ReportedTarget::target).toList());
    assertEquals("no open reports of item " + pumps.id(), assertThrows(NotFoundException.class,
        () -> reports.dismiss(MO, target(pumps))).getMessage());
  }

  @Test
  @DisplayName("hiding an item archives it: gone for readers, kept for moderators")
  void hideItem() {
    reportBoth();
    assertEquals(2, reports.hide(MO, target(pumps)).closed());
    assertEquals(ReviewState.ARCHIVED, content.get(MO, pumps.id()).reviewState());
    assertThrows(NotFoundException.class, () -> content.get(MEL, pumps.id()));
    assertThrows(NotFoundException.class, () -> content.get(MAX, pumps.id()));
    assertEquals(List.of(Optional.of(ReportOutcome.HIDDEN)), outcomes(MAX));
  }

  @Test
  @DisplayName("a hidden item leaves the readers' searches at once and stays in the moderators'")
  void hiddenFromSearch() {
    reportBoth();
    try (Convene searching = Convene.builder().storage(world.storage).clock(world.clock)
        .outbox(OutboxSettings.defaults().withBackground(false)).search(new ByteBuffersDirectory()).build()) {
      assertEquals(List.of("Pumps"), titles(searching, MEL, ReviewState.PUBLISHED));
      reports.hide(MO, target(pumps));
      assertEquals(List.of(), titles(searching, MEL, ReviewState.PUBLISHED));
      assertEquals(List.of(), titles(searching, MEL, ReviewState.ARCHIVED));
      assertEquals(List.of("Pumps"), titles(searching, MO, ReviewState.ARCHIVED));
    }
  }

  private static List<String> titles(Convene searching, Actor actor, ReviewState state) {
    assertTrue(searching.awaitSearchable(Duration.ofSeconds(30)), "the index caught up");
    return searching.search(actor, SearchRequest.builder().text("pumps").reviewStates(state).build()).hits().stream()
        .map(SearchHit::title).filter("Pumps"::equals).toList(); // the reply "Buy my pumps" matches too
  }

  @Test
  @DisplayName("hiding a reply uses its hidden flag: gone for members, kept for moderators")
  void hideReply() {
    reportBoth();
    assertEquals(1, reports.hide(MO, target(talk, reply)).closed());
    assertEquals(List.of(), ((Discussion) content.get(MAX, talk.id())).replies());
    assertEquals(List.of(true), ((Discussion) content.get(MO, talk.id())).replies().stream().map(Reply::hidden)
        .toList());
    assertEquals(List.of(Optional.empty(), Optional.of(ReportOutcome.HIDDEN)), outcomes(RITA));
  }

  @Test
  @DisplayName("removing an item deletes it, and its reports with it")
  void removeItem() {
    reportBoth();
    assertEquals(new ReportsClosed(target(pumps), ReportOutcome.REMOVED, 2), reports.remove(MO, target(pumps)));
    for (Actor anyone : List.of(MO, ADA, MEL)) {
      assertThrows(NotFoundException.class, () -> content.get(anyone, pumps.id()));
    }
    assertEquals(List.of(), reports.mine(MAX));
    assertEquals(1, reports.openCount(ADA, water.id()));
  }

  @Test
  @DisplayName("removing a reply takes it out of its discussion for everyone; the reporter sees the outcome")
  void removeReply() {
    reportBoth();
    assertEquals(1, reports.remove(MO, target(talk, reply)).closed());
    assertEquals(List.of(), ((Discussion) content.get(MO, talk.id())).replies());
    assertEquals(Optional.of(ReportOutcome.REMOVED), reports.mine(RITA).get(1).outcome());
  }

  @Test
  @DisplayName("blocking the author needs an admin: a moderator is refused and nothing changes; the admin blocks")
  void blockAuthor() {
    reportBoth();
    assertThrows(AccessDeniedException.class, () -> reports.blockAuthor(MO, target(talk, reply)));
    assertEquals(3, reports.openCount(ADA, water.id()));
    assertEquals(1, reports.blockAuthor(ADA, target(talk, reply)).closed());
    assertEquals(MembershipState.BLOCKED, world.convene.memberships().membership(MEL, water.id()).orElseThrow()
        .state());
    // the content stays; mel, blocked, no longer sees members-only items
    assertThrows(NotFoundException.class, () -> content.get(MEL, pumps.id()));
    assertEquals(1, ((Discussion) content.get(MAX, talk.id())).replies().size());
    // mel is blocked already: blocking again only closes the reports
    assertEquals(2, reports.blockAuthor(ADA, target(pumps)).closed());
    assertEquals(0, reports.openCount(ADA, water.id()));
  }

  @Test
  @DisplayName("a member is refused, an outsider told it was not found, the author told there are no reports")
  void whoDecides() {
    reportBoth();
    assertThrows(AccessDeniedException.class, () -> reports.dismiss(MAX, target(pumps)));
    assertThrows(AccessDeniedException.class, () -> reports.dismiss(MEL, target(talk, reply)));
    assertEquals("item " + pumps.id() + " not found", assertThrows(NotFoundException.class,
        () -> reports.dismiss(OLGA, target(pumps))).getMessage());
    assertEquals("item " + pumps.id() + " not found", assertThrows(NotFoundException.class,
        () -> reports.dismiss(ANON, target(pumps))).getMessage());
    // mo writes something reported: to mo it is exactly like something never reported
    Item rules = world.doc(MO, water, "Rules", Visibility.MEMBERS);
    Item quiet = world.doc(MO, water, "Quiet", Visibility.MEMBERS);
    world.file(MAX, target(rules), ReportReason.HARASSMENT, "");
    assertEquals("no open reports of item " + rules.id(), assertThrows(NotFoundException.class,
        () -> reports.hide(MO, target(rules))).getMessage());
    assertEquals("no open reports of item " + quiet.id(), assertThrows(NotFoundException.class,
        () -> reports.hide(MO, target(quiet))).getMessage());
    assertEquals(ReviewState.PUBLISHED, content.get(MO, rules.id()).reviewState());
    assertEquals(4, reports.openCount(ADA, water.id()));
    assertTrue(reports.dismiss(PAT, target(rules)).closed() == 1, "a platform admin decides anywhere");
  }
}
