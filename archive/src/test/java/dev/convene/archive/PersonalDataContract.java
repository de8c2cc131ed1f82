package dev.convene.archive;

import static dev.convene.archive.PersonWorld.ADA;
import static dev.convene.archive.PersonWorld.BOB;
import static dev.convene.archive.PersonWorld.CID;
import static dev.convene.archive.PersonWorld.EVE;
import static dev.convene.archive.PersonWorld.HIDDEN;
import static dev.convene.archive.PersonWorld.ROOT;
import static dev.convene.archive.PersonWorld.WATER;
import static dev.convene.archive.PersonWorld.WG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOption;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.platform.ItemDraft;
import dev.convene.platform.Convene;
import dev.convene.platform.OutboxSettings;
import dev.convene.search.SearchHit;
import dev.convene.search.SearchRequest;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.ChangeKind;
import dev.convene.storage.EntityKind;
import dev.convene.storage.Delivery;
import dev.convene.storage.Guidelines;
import dev.convene.storage.GuidelinesAcceptance;
import dev.convene.storage.PageRequest;
import dev.convene.storage.PendingNotification;
import dev.convene.storage.PollVote;
import dev.convene.storage.Registration;
import dev.convene.storage.Report;
import dev.convene.storage.ReportId;
import dev.convene.storage.ReportOutcome;
import dev.convene.storage.ReportReason;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A person's export and erasure across communities, on one kind of store. */
abstract class PersonalDataContract {
  private static final UserId FORMER = ErasureOptions.FORMER_MEMBER;
  private TestStores.Opened opened;
  PersonWorld world;

  abstract TestStores.Opened open();

  @BeforeEach
  void createWorld() {
    opened = open();
    world = PersonWorld.on(opened.storage());
  }

  @AfterEach
  void dropWorld() {
    world.close();
    opened.drop().run();
  }

  private List<String> titles(Actor actor, String text) {
    return titles(actor, text, ReviewState.PUBLISHED);
  }

  private List<String> titles(Actor actor, String text, ReviewState state) {
    assertTrue(world.convene.awaitSearchable(Duration.ofSeconds(30)), "the index caught up");
    return world.convene.search(actor, SearchRequest.builder().text(text).reviewStates(state).build()).hits().stream()
        .map(SearchHit::title).sorted().toList();
  }

  private static List<UserId> replyAuthors(Optional<Item> item) {
    return ((Discussion) item.orElseThrow()).replies().stream().map(Reply::author).toList();
  }

  @Test
  @DisplayName("a last admin with no one to take over is refused, naming the communities, and nothing changes")
  void lastAdminRefused() {
    PersonSnapshot before = PersonSnapshot.of(world.storage);
    ConflictException e = assertThrows(ConflictException.class,
        () -> world.data.erase(ROOT, ADA, ErasureOptions.anonymise()));
    assertTrue(e.getMessage().contains("water, wg"), e.getMessage());
    assertEquals(before, PersonSnapshot.of(world.storage));
    // a successor who is not an active member takes over nowhere
    e = assertThrows(ConflictException.class,
        () -> world.data.erase(ROOT, ADA, ErasureOptions.anonymise().withSuccessor(UserId.of("u-zed"))));
    assertTrue(e.getMessage().contains("water, wg"), e.getMessage());
    // u-cid is only invited to the working group: its parent's admins (u-cid, the successor) cannot simply join
    e = assertThrows(ConflictException.class, () -> world.data.erase(ROOT, ADA,
        ErasureOptions.anonymise().withSuccessor(CID).withWorkingGroupsToParentAdmins()));
    assertTrue(e.getMessage().contains("of wg:"), e.getMessage());
    assertEquals(before, PersonSnapshot.of(world.storage));
  }

  @Test
  @DisplayName("only a platform admin erases, and never into a pseudonym that is someone's or the person's own")
  void erasureRefusals() {
    PersonSnapshot before = PersonSnapshot.of(world.storage);
    ErasureOptions options = ErasureOptions.anonymise().withSuccessor(BOB);
    assertThrows(AccessDeniedException.class, () -> world.data.erase(Actor.user(ADA), ADA, options));
    assertThrows(AccessDeniedException.class, () -> world.data.erase(Actor.user(BOB), ADA, options));
    assertThrows(AccessDeniedException.class, () -> world.data.erase(Actor.anonymous(), ADA, options));
    ConflictException taken = assertThrows(ConflictException.class,
        () -> world.data.erase(ROOT, ADA, options.withPseudonym(EVE)));
    assertTrue(taken.getMessage().contains("u-eve is a member of water"), taken.getMessage());
    assertEquals("pseudonym", assertThrows(ValidationException.class,
        () -> world.data.erase(ROOT, ADA, options.withPseudonym(ADA))).field());
    assertEquals("successor", assertThrows(ValidationException.class,
        () -> world.data.erase(ROOT, ADA, ErasureOptions.anonymise().withSuccessor(ADA))).field());
    assertEquals(before, PersonSnapshot.of(world.storage));
  }

  @Test
  @DisplayName("erasing with content kept: the pseudonym writes it, the person is in no community, list or log")
  void eraseKeepingContent() {
    assertEquals(List.of("Unfinished aquifer study"), titles(Actor.user(ADA), "aquifer", ReviewState.DRAFT),
        "an author sees their draft");
    long sequence = lastSequence();
    ErasureResult result = world.data.erase(ROOT, ADA, ErasureOptions.anonymise().withSuccessor(BOB));

    assertEquals(new ErasureResult(FORMER, Set.of(WATER, WG, HIDDEN), 2, Map.of(WATER, Set.of(BOB), WG, Set.of(BOB)),
        4, 0, 3, 0, 2, 1, 0, 0, 0, 2, 2, 3), result);
    world.storage.read(tx -> {
      assertEquals(List.of(), tx.memberships().ofUser(ADA));
      assertEquals(List.of(), tx.subscriptions().forUser(ADA));
      assertEquals(List.of(), tx.items().involving(ADA, PageRequest.first(10)).items());
      assertEquals(List.of(), tx.audit().about(ADA, PageRequest.first(10)).items());
      assertEquals(1, tx.outbox().countUpTo(Long.MAX_VALUE));
      return null;
    });
    assertEquals(Role.ADMIN, world.membership(WATER, BOB).orElseThrow().role());
    assertEquals(Role.ADMIN, world.membership(WG, BOB).orElseThrow().role());
    assertEquals(Optional.of(FORMER), world.membership(WATER, BOB).orElseThrow().inviter());
    assertEquals(Optional.of(FORMER), world.membership(WG, CID).orElseThrow().inviter());
    for (String id : List.of("report", "note", "thread", "draft")) {
      assertEquals(FORMER, world.item(id).orElseThrow().author(), id);
    }
    assertEquals(List.of(BOB, FORMER), replyAuthors(world.item("thread")));
    assertEquals(List.of(FORMER, EVE), replyAuthors(world.item("question")));
    assertEquals(List.of(FORMER), replyAuthors(world.item("secret")));
    assertEquals(List.of(EVE), pendingRecipients());

    assertErasureAudited(List.of(WATER, WG, HIDDEN));
    // the index follows: the draft is no longer the person's, the rest is still found
    assertEquals(Map.of("draft", ChangeKind.UPDATED, "note", ChangeKind.UPDATED, "question", ChangeKind.UPDATED,
        "report", ChangeKind.UPDATED, "secret", ChangeKind.UPDATED, "thread", ChangeKind.UPDATED), itemChanges(sequence));
    assertEquals(List.of(), titles(Actor.user(ADA), "aquifer", ReviewState.DRAFT));
    assertEquals(List.of("Annual water report"), titles(ROOT, "report"));
  }

  private long lastSequence() {
    return world.storage.read(tx -> tx.changes().lastSequence());
  }

  /** The last change of each item after {@code sequence}: what the search index applies. */
  private Map<String, ChangeKind> itemChanges(long sequence) {
    Map<String, ChangeKind> changes = new TreeMap<>();
    world.storage.read(tx -> tx.changes().since(sequence, 1_000)).stream()
        .filter(c -> c.kind() == EntityKind.ITEM).forEach(c -> changes.put(c.id(), c.op()));
    return changes;
  }

  @Test
  @DisplayName("erasing removes the person's event registrations and no one else's")
  void eraseRegistrations() {
    Item event = world.convene.content().create(Actor.user(ADA), WATER, ItemDraft.event("Assembly", Locale.ENGLISH,
        Visibility.MEMBERS, Instant.parse("2026-04-01T10:00:00Z"), Instant.parse("2026-04-01T12:00:00Z"),
        ZoneId.of("Europe/Paris")).capacity(1));
    Registration bob = new Registration(event.id(), BOB, Registration.State.WAITING,
        Instant.parse("2026-03-01T10:00:00Z"));
    world.storage.useTransaction(tx -> {
      tx.registrations().put(new Registration(event.id(), ADA, Registration.State.ATTENDING,
          Instant.parse("2026-03-01T09:00:00Z")));
      tx.registrations().put(bob);
    });
    ErasureResult result = world.data.erase(ROOT, ADA, ErasureOptions.anonymise().withSuccessor(BOB));
    assertEquals(1, result.registrations());
    assertEquals(List.of(), world.storage.read(tx -> tx.registrations().forUser(ADA)));
    assertEquals(List.of(bob), world.storage.read(tx -> tx.registrations().forEvent(event.id())));
  }

  @Test
  @DisplayName("the export lists the person's acceptances of guidelines; erasing removes them and no one else's")
  void guidelinesAcceptances() throws Exception {
    Instant at = Instant.parse("2026-03-01T09:00:00Z");
    GuidelinesAcceptance bob = new GuidelinesAcceptance(WATER, BOB, 1, at.plusSeconds(60));
    world.storage.useTransaction(tx -> {
      tx.guidelines().publish(new Guidelines(WATER, 1, LocalizedText.of("en", "Be kind."), ADA, at));
      tx.guidelines().accept(new GuidelinesAcceptance(WATER, ADA, 1, at));
      tx.guidelines().accept(bob);
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    world.data.export(Actor.user(ADA), ADA, out);
    JsonNode accepted = JsonMapper.builder().build().readTree(out.toByteArray()).get("guidelinesAcceptances");
    assertEquals(1, accepted.size());
    assertEquals("water", accepted.get(0).get("community").asString());
    assertEquals(1, accepted.get(0).get("version").asInt());
    assertEquals("2026-03-01T09:00:00Z", accepted.get(0).get("at").asString());

    ErasureResult result = world.data.erase(ROOT, ADA, ErasureOptions.anonymise().withSuccessor(BOB));
    assertEquals(1, result.acceptances());
    assertEquals(List.of(), world.storage.read(tx -> tx.guidelines().forUser(ADA)));
    assertEquals(List.of(bob), world.storage.read(tx -> tx.guidelines().acceptances(WATER)));
    assertEquals(1, world.storage.read(tx -> tx.guidelines().versions(WATER)).size(), "the guidelines stay");
  }

  @Test
  @DisplayName("erasing removes the person's poll votes and no one else's; their ideas in others' polls stay, by the pseudonym")
  void erasePollVotesAndIdeas() {
    Poll poll = new Poll(new ItemHeader(ItemId.of("where"), WATER, BOB, "Where shall we meet?", Locale.ENGLISH,
        Visibility.MEMBERS, ReviewState.PUBLISHED, Set.of(), PersonWorld.T0, PersonWorld.T0, 0), "", Poll.Mode.IDEAS,
        List.of(PollOption.fixed(PollOptionId.of("1"), "Geneva"),
            PollOption.idea(PollOptionId.of("2"), "Lyon", ADA)), Optional.empty(), Poll.ResultsVisibility.ALWAYS);
    PollVote bobs = new PollVote(poll.id(), BOB, PollOptionId.of("2"), PersonWorld.T0);
    world.storage.useTransaction(tx -> {
      tx.items().insert(poll);
      tx.votes().put(new PollVote(poll.id(), ADA, PollOptionId.of("1"), PersonWorld.T0));
      tx.votes().put(bobs);
    });
    ErasureResult result = world.data.erase(ROOT, ADA, ErasureOptions.remove().withSuccessor(BOB));
    assertEquals(1, result.votes());
    assertEquals(List.of(), world.storage.read(tx -> tx.votes().forUser(ADA)));
    assertEquals(List.of(bobs), world.storage.read(tx -> tx.votes().forPoll(poll.id())));
    Poll after = (Poll) world.storage.read(tx -> tx.items().get(poll.id())).orElseThrow();
    assertEquals(List.of(Optional.empty(), Optional.of(FORMER)),
        after.options().stream().map(PollOption::author).toList());
  }

  @Test
  @DisplayName("the person's own export holds their ideas in others' polls and their votes, naming no other voter")
  void exportPollIdeasAndVotes() throws Exception {
    Poll poll = new Poll(new ItemHeader(ItemId.of("where"), WATER, BOB, "Where shall we meet?", Locale.ENGLISH,
        Visibility.MEMBERS, ReviewState.PUBLISHED, Set.of(), PersonWorld.T0, PersonWorld.T0, 0), "", Poll.Mode.IDEAS,
        List.of(PollOption.fixed(PollOptionId.of("1"), "Geneva"),
            PollOption.idea(PollOptionId.of("2"), "Lyon", ADA)), Optional.empty(), Poll.ResultsVisibility.ALWAYS);
    world.storage.useTransaction(tx -> {
      tx.items().insert(poll);
      tx.votes().put(new PollVote(poll.id(), ADA, PollOptionId.of("1"), PersonWorld.T0));
      tx.votes().put(new PollVote(poll.id(), EVE, PollOptionId.of("2"), PersonWorld.T0));
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    world.data.export(Actor.user(ADA), ADA, out);
    JsonNode root = JsonMapper.builder().build().readTree(out.toByteArray());
    JsonNode ideas = root.get("ideas");
    assertEquals(1, ideas.size());
    assertEquals("Lyon", ideas.get(0).get("text").asString());
    assertEquals("Where shall we meet?", ideas.get(0).get("question").asString());
    JsonNode votes = root.get("votes");
    assertEquals(1, votes.size());
    assertEquals("1", votes.get(0).get("option").asString());
    assertEquals("Geneva", votes.get(0).get("optionText").asString());
    assertFalse(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains(EVE.value()),
        "another voter is never named");
  }

  @Test
  @DisplayName("the person's reports are in their export, what they no longer see withheld; erasing keeps the"
      + " reports, naming no one")
  void reports() {
    Instant at = Instant.parse("2026-03-01T09:00:00Z");
    Report ofReply = Report.open(ReportId.of("rep1"), WATER, ItemId.of("question"), Optional.of(ReplyId.of("r2")),
        ADA, ReportReason.HATE, "rude", at);
    Report ofSecret = Report.open(ReportId.of("rep2"), HIDDEN, ItemId.of("secret"), Optional.empty(), ADA,
        ReportReason.SPAM, "", at.plusSeconds(60));
    Report bobs = Report.open(ReportId.of("rep3"), WATER, ItemId.of("question"), Optional.empty(), BOB,
        ReportReason.OFF_TOPIC, "", at.plusSeconds(120));
    world.storage.useTransaction(tx -> List.of(ofReply, ofSecret, bobs).forEach(tx.reports()::add));
    world.storage.useTransaction(tx -> tx.reports().close(ItemId.of("secret"), Optional.empty(),
        ReportOutcome.DISMISSED, at.plusSeconds(180)));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    world.data.export(Actor.user(ADA), ADA, out);
    JsonNode reports = JsonMapper.builder().build().readTree(out.toByteArray()).get("reports");
    assertEquals(2, reports.size());
    assertEquals(List.of("rep1", "reply r2 of item question", "HATE", "rude", "open"), List.of(
        reports.get(0).get("id").asString(), reports.get(0).get("target").asString(),
        reports.get(0).get("reason").asString(), reports.get(0).get("text").asString(),
        reports.get(0).get("outcome").isNull() ? "open" : "closed"));
    assertEquals(List.of("withheld", "DISMISSED"), List.of(reports.get(1).get("target").asString(),
        reports.get(1).get("outcome").asString()));

    world.data.erase(ROOT, ADA, ErasureOptions.anonymise().withSuccessor(BOB));
    assertEquals(List.of(), world.storage.read(tx -> tx.reports().filedBy(ADA)));
    assertEquals(Optional.of(Optional.empty()), world.storage.read(tx -> tx.reports().get(ofReply.id()))
        .map(Report::reporter));
    assertEquals(List.of(ofReply.withoutReporter()), world.storage.read(tx -> tx.reports()
        .openOn(ItemId.of("question"), Optional.of(ReplyId.of("r2")))));
    assertEquals(List.of(bobs), world.storage.read(tx -> tx.reports().filedBy(BOB)));
  }

  @Test
  @DisplayName("erasing with content removed: their items and replies are gone from the store and the index")
  void eraseRemovingContent() {
    assertEquals(List.of("Annual water report", "Where do rivers go"), titles(ROOT, "rivers"));
    long sequence = lastSequence();
    ErasureResult result = world.data.erase(ROOT, ADA, ErasureOptions.remove().withSuccessor(BOB));

    assertEquals(4, result.itemsRemoved());
    assertEquals(2, result.repliesRemoved());
    assertEquals(0, result.itemsKept() + result.repliesKept());
    for (String id : List.of("report", "note", "thread", "draft")) {
      assertEquals(Optional.empty(), world.item(id), id);
    }
    assertEquals(List.of(EVE), replyAuthors(world.item("question")));
    assertEquals(List.of(), replyAuthors(world.item("secret")));
    assertEquals(List.of(), world.storage.read(tx -> tx.audit().about(ADA, PageRequest.first(10)).items()));
    assertErasureAudited(List.of(WATER, WG, HIDDEN));
    assertEquals(Map.of("draft", ChangeKind.DELETED, "note", ChangeKind.DELETED, "question", ChangeKind.UPDATED,
        "report", ChangeKind.DELETED, "secret", ChangeKind.UPDATED, "thread", ChangeKind.DELETED), itemChanges(sequence));
    assertEquals(List.of("Where do rivers go"), titles(ROOT, "rivers"));
    assertEquals(0, world.convene.search(ROOT, SearchRequest.builder().text("report").build()).total());
  }

  /** A discussion by u-eve mentioning u-ada and u-cid, with a reply by u-bob mentioning u-ada. */
  private void insertMentions() {
    Instant at = PersonWorld.T0.plus(Duration.ofMinutes(30));
    ItemHeader header = new ItemHeader(ItemId.of("mentions"), WATER, EVE, "Who measures?", Locale.ENGLISH,
        Visibility.MEMBERS, ReviewState.PUBLISHED, Set.of(), at, at, 0);
    world.storage.inTransaction(tx -> tx.items().insert(new Discussion(header, "@u-ada or @u-cid?", false,
        List.of(new Reply(ReplyId.of("r9"), BOB, "@u-ada did last year", at, false, Set.of(ADA))), Set.of(ADA, CID))));
  }

  private Discussion mentions() {
    return (Discussion) world.item("mentions").orElseThrow();
  }

  @Test
  @DisplayName("erasing with content kept: the person leaves every mention set, the pseudonym enters none")
  void eraseKeepingContentDropsMentions() {
    insertMentions();
    world.data.erase(ROOT, ADA, ErasureOptions.anonymise().withSuccessor(BOB));

    assertEquals(Set.of(CID), mentions().mentions());
    assertEquals(Set.of(), mentions().replies().get(0).mentions());
    assertEquals(List.of(BOB), replyAuthors(world.item("mentions")));
    assertEquals(List.of(), world.storage.read(tx -> tx.items().involving(ADA, PageRequest.first(10)).items()));
  }

  @Test
  @DisplayName("erasing with content removed: where others mention the person, the mention is gone, the rest stays")
  void eraseRemovingContentDropsMentions() {
    insertMentions();
    world.data.erase(ROOT, ADA, ErasureOptions.remove().withSuccessor(BOB));

    assertEquals(Set.of(CID), mentions().mentions());
    assertEquals(Set.of(), mentions().replies().get(0).mentions());
    assertEquals("@u-ada did last year", mentions().replies().get(0).body(), "others' words are theirs to keep");
    assertEquals(List.of(), world.storage.read(tx -> tx.items().involving(ADA, PageRequest.first(10)).items()));
  }

  @Test
  @DisplayName("a working group passes to its parent's admins when the options say so")
  void workingGroupToParentAdmins() {
    ErasureResult result = world.data.erase(ROOT, ADA,
        ErasureOptions.anonymise().withSuccessor(EVE).withWorkingGroupsToParentAdmins());
    assertEquals(Map.of(WATER, Set.of(EVE), WG, Set.of(EVE)), result.newAdmins());
    assertTrue(world.membership(WATER, EVE).orElseThrow().hasRole(Role.ADMIN));
    Membership joined = world.membership(WG, EVE).orElseThrow();
    assertTrue(joined.hasRole(Role.ADMIN), joined.toString());
    List<AuditEntry> wg = world.storage.read(tx -> tx.audit().forCommunity(WG, PageRequest.first(10)).items());
    assertTrue(wg.stream().anyMatch(e -> e.action() == AuditAction.MEMBERSHIP_CHANGED && e.subject().equals("u-eve")
        && e.after().equals(Optional.of("ACTIVE ADMIN"))), wg.toString());
  }

  @Test
  @DisplayName("an erasure that fails midway changes nothing")
  void allOrNothing() {
    PersonSnapshot before = PersonSnapshot.of(world.storage);
    FailingStorage failing = new FailingStorage(world.storage,
        () -> new IllegalStateException("the audit log is unavailable"), 1);
    assertThrows(IllegalStateException.class, () -> erase(failing, ErasureOptions.remove().withSuccessor(BOB)));
    assertEquals(before, PersonSnapshot.of(world.storage));
    assertEquals(List.of("Annual water report", "Where do rivers go"), titles(ROOT, "rivers"));
  }

  @Test
  @DisplayName("a conflict the store reports runs the erasure again, which then completes")
  void storeConflictRetried() {
    FailingStorage failing = new FailingStorage(world.storage,
        () -> new ConflictException(ConflictException.CONCURRENT_CHANGE, Map.of(),
            "changed by a concurrent transaction"), 1);
    ErasureResult result = erase(failing, ErasureOptions.remove().withSuccessor(BOB));
    assertEquals(2, failing.asked.get());
    assertEquals(4, result.itemsRemoved());
    assertEquals(List.of(), world.storage.read(tx -> tx.memberships().ofUser(ADA)));
  }

  @Test
  @DisplayName("a conflict that keeps coming is given up after three runs, and nothing changes")
  void storeConflictGivenUp() {
    PersonSnapshot before = PersonSnapshot.of(world.storage);
    FailingStorage stuck = new FailingStorage(world.storage,
        () -> new ConflictException(ConflictException.CONCURRENT_CHANGE, Map.of(), "again"), 10);
    assertThrows(ConflictException.class, () -> erase(stuck, ErasureOptions.anonymise().withSuccessor(BOB)));
    assertEquals(3, stuck.asked.get());
    assertEquals(before, PersonSnapshot.of(world.storage));
  }

  private ErasureResult erase(FailingStorage storage, ErasureOptions options) {
    try (Convene failing = Convene.builder().storage(storage)
        .outbox(OutboxSettings.defaults().withBackground(false)).build()) {
      return PersonalData.of(failing).erase(ROOT, ADA, options);
    }
  }

  @Test
  @DisplayName("the person's own export holds their data and nothing they may not see")
  void ownExport() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    world.data.export(Actor.user(ADA), ADA, out);
    ExportChecks.own(out.toByteArray());
  }

  @Test
  @DisplayName("a platform admin's export shows everything and is audited in every community it names")
  void adminExport() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    world.data.export(ROOT, ADA, out);
    ExportChecks.admin(out.toByteArray());
    for (var community : List.of(WATER, WG, HIDDEN)) {
      AuditEntry newest = world.storage.read(tx -> tx.audit().forCommunity(community, PageRequest.first(1)))
          .items().get(0);
      assertEquals(AuditAction.PLATFORM_ADMIN_ACCESS, newest.action(), community.value());
      assertEquals(Optional.of(UserId.of("root")), newest.actor());
      assertEquals("u-ada", newest.subject());
    }
  }

  @Test
  @DisplayName("no one else may export a person's data, and nothing is written for them")
  void exportRefusals() {
    for (Actor someone : List.of(Actor.user(BOB), Actor.anonymous(), Actor.user(EVE,
        dev.convene.core.model.PlatformRole.CURATOR))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThrows(AccessDeniedException.class, () -> world.data.export(someone, ADA, out));
      assertEquals(0, out.size());
    }
  }

  private List<UserId> pendingRecipients() {
    return world.storage.read(tx -> tx.digests().due(Delivery.DAILY, PersonWorld.T0.plusSeconds(86_400))).stream()
        .map(PendingNotification::recipient).toList();
  }

  private void assertErasureAudited(List<dev.convene.core.model.CommunityId> communities) {
    for (var community : communities) {
      List<AuditEntry> erased = world.storage.read(tx -> tx.audit().forCommunity(community, PageRequest.first(20)))
          .items().stream().filter(e -> e.action() == AuditAction.PERSON_ERASED).toList();
      assertEquals(1, erased.size(), community.value());
      assertEquals(Optional.of(UserId.of("root")), erased.get(0).actor());
      assertEquals(FORMER.value(), erased.get(0).subject());
      assertFalse(erased.get(0).toString().contains("u-ada"), erased.get(0).toString());
    }
  }
}
