package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ADA;
import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.MAX;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.MO;
import static dev.convene.platform.ContentFixture.OLGA;
import static dev.convene.platform.ContentFixture.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOption;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Section;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.PageRequest;
import dev.convene.storage.PollVote;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Polls: creation and review, voting, ideas, and who sees the counts (docs/decisions.md, polls). */
class PollServiceTest {
  private static final PollOptionId ONE = PollOptionId.of("1");
  private static final PollOptionId TWO = PollOptionId.of("2");

  private final ContentFixture world = new ContentFixture();
  private final Community water = world.community("water");

  private PollService polls() {
    return world.convene.polls();
  }

  private static ItemDraft.PollDraft where(Visibility visibility) {
    return ItemDraft.poll("Where shall we meet?", Locale.ENGLISH, visibility, Poll.Mode.OPTIONS)
        .options("Geneva", "Lyon");
  }

  private ItemId published(Visibility visibility, Poll.ResultsVisibility results, Optional<Duration> open) {
    ItemDraft.PollDraft draft = where(visibility).results(results);
    open.ifPresent(d -> draft.closes(world.clock.instant().plus(d)));
    return world.published(MEL, water, draft).id();
  }

  private static List<Integer> counts(PollResults results) {
    return results.options().stream().map(PollResults.OptionCount::votes).toList();
  }

  @Test
  @DisplayName("a poll is created as a draft, reviewed and published as any item; it takes votes only once published")
  void reviewAndPublish() {
    Community reviewing = world.community("reviewing", b -> b.reviewBeforePublication(true));
    Poll draft = (Poll) world.content().create(MEL, reviewing.id(), where(Visibility.MEMBERS)
        .description("For the spring meeting").closes(Instant.parse("2026-03-09T09:00:00Z")));
    assertEquals(ItemType.POLL, draft.type());
    assertEquals(ReviewState.DRAFT, draft.reviewState());
    assertEquals(List.of(PollOption.fixed(ONE, "Geneva"), PollOption.fixed(TWO, "Lyon")), draft.options());
    assertEquals(Poll.ResultsVisibility.ALWAYS, draft.results());
    assertThrows(AccessDeniedException.class, () -> polls().vote(MEL, draft.id(), ONE),
        "not even its author votes in a draft");
    assertThrows(NotFoundException.class, () -> polls().vote(MAX, draft.id(), ONE), "a draft is its author's only");
    assertThrows(NotFoundException.class, () -> polls().results(MAX, draft.id()));

    world.content().submit(MEL, draft.id());
    world.content().review(MO, draft.id(), ContentService.Verdict.APPROVE, Optional.empty());
    assertEquals(ONE, polls().vote(MAX, draft.id(), ONE).option());
    assertEquals(List.of(1, 0), counts(polls().results(MEL, draft.id())));
  }

  @Test
  @DisplayName("a poll needs two fixed options, distinct ones, and a closing time after its creation")
  void draftsAreChecked() {
    ValidationException one = assertThrows(ValidationException.class, () -> world.content().create(MEL, water.id(),
        ItemDraft.poll("Yes?", Locale.ENGLISH, Visibility.MEMBERS, Poll.Mode.OPTIONS).options("Yes")));
    assertEquals("at-least-two", one.rule());
    assertEquals("unique-text", assertThrows(ValidationException.class,
        () -> where(Visibility.MEMBERS).options("Lyon", " lyon")).rule());
    ValidationException past = assertThrows(ValidationException.class, () -> world.content().create(MEL, water.id(),
        where(Visibility.MEMBERS).closes(world.clock.instant())));
    assertEquals("closes", past.field());
    assertEquals(0, world.all(MEL, water, 10).size(), "nothing was stored");
  }

  @Test
  @DisplayName("one vote per member: voting again replaces it, withdrawing removes it; the voter alone sees their choice")
  void oneVoteEach() {
    ItemId poll = published(Visibility.MEMBERS, Poll.ResultsVisibility.ALWAYS, Optional.empty());
    polls().vote(MEL, poll, ONE);
    polls().vote(MAX, poll, TWO);
    world.clock.advance(Duration.ofMinutes(1));
    polls().vote(MEL, poll, TWO);
    PollResults results = polls().results(MO, poll);
    assertEquals(List.of(0, 2), counts(results));
    assertEquals(2, results.voters());
    assertFalse(results.closed());
    assertEquals(Optional.of(TWO), polls().myVote(MEL, poll).map(PollVote::option));
    assertEquals(Optional.empty(), polls().myVote(MO, poll));
    assertTrue(polls().withdraw(MAX, poll));
    assertFalse(polls().withdraw(MAX, poll));
    assertEquals(List.of(0, 1), counts(polls().results(MO, poll)));
    assertEquals("poll-option", assertThrows(ValidationException.class,
        () -> polls().vote(MEL, poll, PollOptionId.of("3"))).rule());
    assertEquals(List.of(), world.audit(water).stream().filter(e -> e.subject().contains(poll.value())).toList(),
        "votes are not audited: not even the audit log tells who chose what");
  }

  @Test
  @DisplayName("a closed poll takes no vote, withdrawal or idea, from anyone; the votes cast stay")
  void closedPoll() {
    ItemId poll = published(Visibility.PUBLIC, Poll.ResultsVisibility.ALWAYS, Optional.of(Duration.ofHours(1)));
    polls().vote(MAX, poll, ONE);
    world.clock.advance(Duration.ofHours(1));
    for (Actor actor : List.of(MEL, MAX, MO, ADA)) {
      AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> polls().vote(actor, poll, TWO));
      assertTrue(refused.getMessage().contains("closed"), refused.getMessage());
    }
    assertThrows(AccessDeniedException.class, () -> polls().withdraw(MAX, poll));
    assertEquals(List.of(1, 0), counts(polls().results(ANON, poll)));
    assertTrue(polls().results(ANON, poll).closed());
  }

  @Test
  @DisplayName("outsiders, anonymous visitors and blocked members do not vote, not even in a public poll")
  void nonMembers() {
    ItemId open = published(Visibility.PUBLIC, Poll.ResultsVisibility.ALWAYS, Optional.empty());
    ItemId members = published(Visibility.MEMBERS, Poll.ResultsVisibility.ALWAYS, Optional.empty());
    assertThrows(AccessDeniedException.class, () -> polls().vote(OLGA, open, ONE));
    assertThrows(AccessDeniedException.class, () -> polls().vote(ANON, open, ONE));
    Item ideas = world.published(MO, water, ItemDraft.poll("Ideas?", Locale.ENGLISH, Visibility.PUBLIC,
        Poll.Mode.IDEAS));
    assertThrows(AccessDeniedException.class, () -> polls().addIdea(OLGA, ideas.id(), "Outsider's idea"));
    assertThrows(AccessDeniedException.class, () -> polls().addIdea(ANON, ideas.id(), "Visitor's idea"));
    assertEquals(Optional.empty(), polls().myVote(ANON, open));
    world.block(water, MAX);
    world.convene = world.fresh();
    assertThrows(AccessDeniedException.class, () -> polls().vote(MAX, open, ONE));
    assertEquals("item " + members + " not found",
        assertThrows(NotFoundException.class, () -> polls().vote(MAX, members, ONE)).getMessage(),
        "a blocked member is an outsider: the members-only poll is hidden from them");
    assertEquals(List.of(0, 0), counts(polls().results(MEL, open)));
  }

  @Test
  @DisplayName("with the polls section off, no poll is created or voted in, and members no longer see polls")
  void sectionOff() {
    ItemId poll = published(Visibility.MEMBERS, Poll.ResultsVisibility.ALWAYS, Optional.empty());
    Community current = world.convene.communities().get(ADA, water.id());
    world.convene.communities().update(ADA, water.id(), current.version(),
        b -> b.sections(EnumSet.complementOf(EnumSet.of(Section.POLLS))));
    assertThrows(AccessDeniedException.class, () -> world.content().create(MEL, water.id(), where(Visibility.MEMBERS)));
    assertThrows(NotFoundException.class, () -> polls().vote(MEL, poll, ONE));
    assertThrows(NotFoundException.class, () -> polls().results(MEL, poll));
    AccessDeniedException admin = assertThrows(AccessDeniedException.class, () -> polls().vote(ADA, poll, ONE));
    assertTrue(admin.getMessage().contains("switched off"), admin.getMessage());
  }

  @Test
  @DisplayName("members add ideas to an ideas poll, numbered after its options, each once, and vote for them")
  void ideas() {
    Poll poll = (Poll) world.published(MO, water, ItemDraft.poll("What should we study next?", Locale.ENGLISH,
        Visibility.MEMBERS, Poll.Mode.IDEAS).options("Tariffs"));
    Poll withIdea = polls().addIdea(MEL, poll.id(), "  Drought insurance ");
    assertEquals(List.of(PollOption.fixed(ONE, "Tariffs"), PollOption.idea(TWO, "Drought insurance",
        UserId.of("mel"))), withIdea.options());
    assertEquals("unique-text", assertThrows(ValidationException.class,
        () -> polls().addIdea(MAX, poll.id(), "DROUGHT insurance")).rule());
    assertEquals("text", assertThrows(ValidationException.class, () -> polls().addIdea(MAX, poll.id(), " ")).field());
    assertEquals("text", assertThrows(ValidationException.class,
        () -> polls().addIdea(MAX, poll.id(), "x".repeat(PollOption.MAX_TEXT_LENGTH + 1))).field());
    assertThrows(NotFoundException.class, () -> polls().addIdea(OLGA, poll.id(), "Outsider's idea"),
        "a members-only poll is hidden from outsiders");
    polls().vote(MAX, poll.id(), TWO);
    assertEquals(List.of(0, 1), counts(polls().results(MEL, poll.id())));
    assertEquals(2, ((Poll) world.content().get(MAX, poll.id())).options().size(), "refused ideas left nothing");

    ItemId fixed = published(Visibility.MEMBERS, Poll.ResultsVisibility.ALWAYS, Optional.empty());
    AccessDeniedException refused = assertThrows(AccessDeniedException.class,
        () -> polls().addIdea(MEL, fixed, "Paris"));
    assertTrue(refused.getMessage().contains("fixed"), refused.getMessage());
  }

  @Test
  @DisplayName("an edit changes the question, description, closing time and setting, never the mode or options")
  void editsKeepOptions() {
    Poll poll = (Poll) world.content().get(MEL, published(Visibility.MEMBERS, Poll.ResultsVisibility.ALWAYS,
        Optional.empty()));
    polls().vote(MAX, poll.id(), TWO);
    Poll changed = new Poll(poll.header(), "Now with dates", Poll.Mode.IDEAS,
        List.of(PollOption.fixed(ONE, "Paris"), PollOption.fixed(TWO, "Rome")),
        Optional.of(Instant.parse("2026-04-01T00:00:00Z")), Poll.ResultsVisibility.AFTER_CLOSING);
    Poll edited = (Poll) world.content().edit(MEL, changed);
    assertEquals("Now with dates", edited.description());
    assertEquals(Poll.Mode.OPTIONS, edited.mode());
    assertEquals(poll.options(), edited.options());
    assertEquals(Optional.of(Instant.parse("2026-04-01T00:00:00Z")), edited.closes());
    assertEquals(Poll.ResultsVisibility.AFTER_CLOSING, edited.results());
    assertEquals(Optional.of(TWO), polls().myVote(MAX, poll.id()).map(PollVote::option));
  }

  @Test
  @DisplayName("ALWAYS: the counts are shown to whoever may see the poll, anonymous visitors included")
  void always() {
    ItemId poll = published(Visibility.PUBLIC, Poll.ResultsVisibility.ALWAYS, Optional.empty());
    polls().vote(MAX, poll, ONE);
    for (Actor actor : List.of(ANON, OLGA, MEL, MAX, MO, ADA)) {
      assertEquals(List.of(1, 0), counts(polls().results(actor, poll)), actor.toString());
    }
  }

  @Test
  @DisplayName("AFTER_VOTING: the counts are shown to those who voted, and to moderators and admins, not to others")
  void afterVoting() {
    ItemId poll = published(Visibility.PUBLIC, Poll.ResultsVisibility.AFTER_VOTING, Optional.empty());
    polls().vote(MAX, poll, ONE);
    for (Actor hidden : List.of(ANON, OLGA, MEL)) {
      PollResultsHiddenException e = assertThrows(PollResultsHiddenException.class,
          () -> polls().results(hidden, poll), hidden.toString());
      assertEquals(Poll.ResultsVisibility.AFTER_VOTING, e.setting());
      assertFalse(e.getMessage().matches(".*\\d+ vote.*"), e.getMessage());
      assertEquals(Optional.empty(), polls().resultsIfVisible(hidden, poll));
    }
    for (Actor shown : List.of(MAX, MO, ADA)) {
      assertEquals(List.of(1, 0), counts(polls().results(shown, poll)), shown.toString());
    }
    polls().vote(MEL, poll, TWO);
    assertEquals(List.of(1, 1), counts(polls().resultsIfVisible(MEL, poll).orElseThrow()));
  }

  @Test
  @DisplayName("AFTER_CLOSING: the counts are shown to readers once the poll closes, to moderators and admins at any time")
  void afterClosing() {
    ItemId poll = published(Visibility.PUBLIC, Poll.ResultsVisibility.AFTER_CLOSING, Optional.of(Duration.ofDays(1)));
    polls().vote(MAX, poll, TWO);
    for (Actor hidden : List.of(ANON, OLGA, MEL, MAX)) {
      assertEquals(Poll.ResultsVisibility.AFTER_CLOSING, assertThrows(PollResultsHiddenException.class,
          () -> polls().results(hidden, poll), hidden.toString()).setting());
    }
    assertEquals(List.of(0, 1), counts(polls().results(MO, poll)));
    assertEquals(List.of(0, 1), counts(polls().results(ADA, poll)));
    world.clock.advance(Duration.ofDays(1));
    for (Actor shown : List.of(ANON, OLGA, MEL, MAX)) {
      assertEquals(List.of(0, 1), counts(polls().results(shown, poll)), shown.toString());
    }
  }

  @Test
  @DisplayName("a platform admin sees counts the setting holds back, and the access is audited")
  void platformAdmin() {
    ItemId poll = published(Visibility.MEMBERS, Poll.ResultsVisibility.AFTER_CLOSING, Optional.empty());
    polls().vote(MEL, poll, ONE);
    assertEquals(List.of(1, 0), counts(polls().results(PAT, poll)));
    List<AuditEntry> audited = world.audit(water, AuditAction.PLATFORM_ADMIN_ACCESS);
    assertEquals(Optional.of("VIEW_POLL_RESULTS"), audited.get(audited.size() - 1).reason());
    assertEquals("item " + poll, audited.get(audited.size() - 1).subject());
  }

  @Test
  @DisplayName("a platform admin votes and adds ideas only as a member: no override, nothing audited")
  void platformAdminTakesPartOnlyAsAMember() {
    ItemId members = published(Visibility.MEMBERS, Poll.ResultsVisibility.ALWAYS, Optional.empty());
    Item ideas = world.published(MO, water, ItemDraft.poll("Ideas?", Locale.ENGLISH, Visibility.MEMBERS,
        Poll.Mode.IDEAS));
    int linesBefore = world.audit(water).size();
    // pat sees the members-only polls by the override, so the refusal is a refusal, not "not found"
    AccessDeniedException vote = assertThrows(AccessDeniedException.class, () -> polls().vote(PAT, members, ONE));
    assertTrue(vote.getMessage().contains("only active members"), vote.getMessage());
    assertThrows(AccessDeniedException.class, () -> polls().withdraw(PAT, members));
    assertThrows(AccessDeniedException.class, () -> polls().addIdea(PAT, ideas.id(), "An admin's idea"));
    assertEquals(List.of(0, 0), counts(polls().results(MEL, members)));
    assertEquals(((Poll) ideas).options().size(), ((Poll) world.content().get(MEL, ideas.id())).options().size(),
        "no idea was added");
    assertEquals(linesBefore, world.audit(water).size(), "a refused vote writes no line");

    world.member(water, PAT, Role.MEMBER);
    world.convene = world.fresh();
    int linesAsMember = world.audit(water).size();
    polls().vote(PAT, members, TWO);
    polls().addIdea(PAT, ideas.id(), "An admin's idea");
    assertEquals(List.of(0, 1), counts(polls().results(MEL, members)));
    assertEquals(linesAsMember, world.audit(water).size(), "a platform admin's vote as a member is not audited");
  }

  @Test
  @DisplayName("a platform admin's reading of a draft poll's counts is listed to the community's admins only if they may see the poll")
  void platformAdminReadingADraft() {
    Item draft = world.content().create(MEL, water.id(), where(Visibility.MEMBERS)
        .results(Poll.ResultsVisibility.AFTER_CLOSING));
    assertEquals(List.of(0, 0), counts(polls().results(PAT, draft.id())));
    assertTrue(world.audit(water, AuditAction.PLATFORM_ADMIN_ACCESS).stream()
        .anyMatch(e -> e.subject().equals("item " + draft.id())), "the access is audited");
    List<AuditEntry> listed = world.convene.audit().list(ADA, water.id(), PageRequest.first(100)).items();
    assertFalse(listed.stream().anyMatch(e -> e.subject().contains(draft.id().value())),
        "ada may not see mel's draft, so the line about it is not listed to her");
  }

  @Test
  @DisplayName("in a private community, outsiders and anonymous visitors find no poll: every call is not found")
  void privateCommunity() {
    Community closed = world.community("closed", b -> b.privacy(Privacy.PRIVATE).joinPolicy(JoinPolicy.REQUEST));
    ItemId poll = world.published(MEL, closed, where(Visibility.PUBLIC).results(Poll.ResultsVisibility.ALWAYS)).id();
    polls().vote(MAX, poll, ONE);
    for (Actor outsider : List.of(OLGA, ANON)) {
      List<Executable> calls = List.of(() -> polls().vote(outsider, poll, ONE), () -> polls().withdraw(outsider, poll),
          () -> polls().addIdea(outsider, poll, "Bern"), () -> polls().results(outsider, poll),
          () -> polls().resultsIfVisible(outsider, poll), () -> polls().myVote(outsider, poll));
      for (Executable call : calls) {
        assertEquals("item " + poll + " not found", assertThrows(NotFoundException.class, call).getMessage(),
            outsider.toString());
      }
    }
    assertEquals("item nowhere not found", assertThrows(NotFoundException.class,
        () -> polls().results(MEL, ItemId.of("nowhere"))).getMessage());
  }

  @Test
  @DisplayName("only polls take votes and ideas")
  void onlyPolls() {
    Item doc = world.published(MEL, water, ContentFixture.doc("Notes", Visibility.MEMBERS));
    assertEquals("poll", assertThrows(ValidationException.class, () -> polls().vote(MEL, doc.id(), ONE)).rule());
    assertEquals("poll", assertThrows(ValidationException.class, () -> polls().addIdea(MEL, doc.id(), "x")).rule());
    assertEquals("poll", assertThrows(ValidationException.class, () -> polls().results(MEL, doc.id())).rule());
  }

  @Test
  @DisplayName("16 members adding ideas at once: every idea is kept, each with its own number")
  void concurrentIdeas() throws Exception {
    Poll poll = (Poll) world.published(MO, water, ItemDraft.poll("Ideas?", Locale.ENGLISH, Visibility.MEMBERS,
        Poll.Mode.IDEAS));
    List<Actor> members = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      Actor member = Actor.user("member" + i);
      world.member(water, member, dev.convene.core.model.Role.MEMBER);
      members.add(member);
    }
    world.convene = world.fresh();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Poll>> calls = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        Actor member = members.get(i);
        String idea = "Idea " + i;
        calls.add(() -> polls().addIdea(member, poll.id(), idea));
      }
      for (Future<Poll> result : pool.invokeAll(calls)) {
        result.get();
      }
    } finally {
      pool.shutdown();
    }
    Poll stored = (Poll) world.content().get(MEL, poll.id());
    assertEquals(16, stored.options().size());
    assertEquals(16, stored.options().stream().map(PollOption::text).distinct().count());
    assertEquals(16, stored.options().stream().map(PollOption::id).distinct().count());
  }
}
