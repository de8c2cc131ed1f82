package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ADA;
import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.CURT;
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
import dev.convene.core.ConveneException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityState;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOption;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Section;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.PolicySettings;
import dev.convene.storage.PollVote;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Random worlds of communities (privacy, purpose, review, sections, archived or not), people in random
 * standings, and polls in random review states with random visibility, results setting, closing time
 * and votes. For every actor and poll, an oracle written here from the rules of docs/decisions.md
 * ("Who sees an item", "Polls") says who sees the poll, who may vote or add an idea and who sees the
 * counts; the services must answer exactly so, the counts must equal the votes, and no answer or
 * refusal may name a voter. The clock then moves past every closing time and everything is asked again.
 *
 * <p>The seed is printed; rerun one with {@code -Dconvene.poll.seed=<seed>}.
 */
class PollPrivacyRandomizedTest {
  private static final long SEED = Long.getLong("convene.poll.seed", 0x9011L);
  private static final int WORLDS = 100;
  private static final Actor BEA = Actor.user("bea");
  /** Those whose standing is drawn per community; ada founds every community and stays its admin. */
  private static final List<Actor> DRAWN = List.of(MO, MEL, MAX, BEA);
  private static final List<Actor> ACTORS = List.of(ADA, MO, MEL, MAX, BEA, OLGA, CURT, PAT, ANON);
  private static final Pattern NAMES = Pattern.compile("\\b(ada|mo|mel|max|bea|olga|curt|pat)\\b");

  private int ideas;
  /**
   * The polls whose counts a platform admin read by their override (held back, or of a poll only the
   * override shows): each such reading is audited.
   */
  private final Set<ItemId> audited = new java.util.HashSet<>();

  /** A person's standing in one community, as drawn. */
  private enum Drawn { OUTSIDER, MEMBER, MODERATOR, ADMIN, BLOCKED, INVITED, REQUESTED }

  @Test
  @DisplayName("who sees a poll, votes in it and sees its counts follows the documented rules, and no voter is named")
  void pollsFollowTheRules() {
    SeededWorlds.run("PollPrivacyRandomizedTest", "convene.poll.seed", SEED, WORLDS, this::world);
  }

  private void world(Random random) {
    audited.clear();
    boolean curate = random.nextInt(3) == 0;
    ContentFixture world = new ContentFixture(PolicySettings.defaults().withCuratePublicContent(curate));
    Instant start = world.clock.instant();
    List<ItemId> polls = new ArrayList<>();
    Map<ItemId, Map<UserId, PollOptionId>> votes = new HashMap<>();
    for (int c = 0; c < 3; c++) {
      boolean hidden = random.nextInt(4) == 0;
      Privacy privacy = hidden ? Privacy.PRIVATE : Privacy.values()[random.nextInt(Privacy.values().length)];
      boolean review = random.nextBoolean();
      String slug = "c" + c;
      Community community = world.convene.communities().create(ADA, slug, b -> b.name(slug)
          .purpose(hidden ? Purpose.HIDDEN_GROUP : Purpose.REPOSITORY).privacy(privacy)
          .joinPolicy(hidden ? JoinPolicy.INVITATION : privacy == Privacy.PUBLIC ? JoinPolicy.OPEN : JoinPolicy.REQUEST)
          .reviewBeforePublication(review));
      List<Actor> authors = new ArrayList<>(List.of(ADA));
      for (Actor who : DRAWN) {
        Drawn drawn = Drawn.values()[random.nextInt(Drawn.values().length)];
        put(world, community, who, drawn, start);
        if (drawn == Drawn.MEMBER || drawn == Drawn.MODERATOR || drawn == Drawn.ADMIN) {
          authors.add(who);
        }
      }
      for (int p = 0; p < 4; p++) {
        Actor author = authors.get(random.nextInt(authors.size()));
        ItemDraft.PollDraft draft = ItemDraft.poll("q" + c + p, Locale.ENGLISH,
            random.nextBoolean() ? Visibility.PUBLIC : Visibility.MEMBERS,
            random.nextBoolean() ? Poll.Mode.OPTIONS : Poll.Mode.IDEAS)
            .options(random.nextBoolean() ? new String[] {"yes", "no"} : new String[] {"red", "green", "blue"})
            .results(Poll.ResultsVisibility.values()[random.nextInt(Poll.ResultsVisibility.values().length)]);
        if (random.nextBoolean()) {
          draft.closes(start.plus(Duration.ofMinutes(1 + random.nextInt(600))));
        }
        ItemId id = world.content().create(author, community.id(), draft).id();
        ReviewState state = List.of(ReviewState.DRAFT, ReviewState.SUBMITTED, ReviewState.REJECTED,
            ReviewState.PUBLISHED, ReviewState.PUBLISHED, ReviewState.PUBLISHED, ReviewState.ARCHIVED)
            .get(random.nextInt(7));
        Map<UserId, PollOptionId> cast = new HashMap<>();
        world.storage.useTransaction(tx -> {
          Poll poll = (Poll) tx.items().get(id).orElseThrow();
          tx.items().update(poll.withReviewState(state, start));
          // votes cast earlier, perhaps by people whose standing has changed since
          for (Actor voter : ACTORS) {
            if (voter.user().isPresent() && random.nextInt(3) == 0) {
              PollOptionId option = poll.options().get(random.nextInt(poll.options().size())).id();
              tx.votes().put(new PollVote(id, ContentFixture.user(voter), option, start));
              cast.put(ContentFixture.user(voter), option);
            }
          }
        });
        polls.add(id);
        votes.put(id, cast);
      }
      boolean pollsOff = random.nextInt(5) == 0;
      boolean archived = random.nextInt(6) == 0;
      world.storage.useTransaction(tx -> {
        Community stored = tx.communities().get(community.id()).orElseThrow();
        Set<Section> sections = EnumSet.allOf(Section.class);
        if (pollsOff) {
          sections.remove(Section.POLLS);
        }
        tx.communities().update(stored.toBuilder().sections(sections)
            .state(archived ? CommunityState.ARCHIVED : CommunityState.ACTIVE).build());
      });
    }
    world.clock.advance(Duration.ofMinutes(random.nextInt(300)));
    ask(world, curate, random, polls, votes);
    world.clock.advance(Duration.ofMinutes(700));
    ask(world, curate, random, polls, votes);
    checkAudit(world, curate, polls);
  }

  /**
   * A platform admin's reading of counts by their override is a line about the poll (docs/decisions.md, "What
   * notifications, the audit log and refusals may name"): a community admin reads it only for a poll
   * they may see; a member's vote leaves no line, and a platform admin's names no choice.
   */
  private void checkAudit(ContentFixture world, boolean curate, List<ItemId> polls) {
    Convene convene = world.fresh();
    List<Community> communities = world.storage.read(tx -> tx.communities().list(
        dev.convene.storage.CommunityQuery.all(), dev.convene.storage.PageRequest.first(100))).items();
    for (Community community : communities) {
      for (Actor reader : ACTORS) {
        Optional<Membership> membership = reader.user()
            .flatMap(u -> world.storage.read(tx -> tx.memberships().get(community.id(), u)));
        boolean admin = reader.has(PlatformRole.PLATFORM_ADMIN)
            || membership.filter(m -> m.state() == MembershipState.ACTIVE && m.role() == Role.ADMIN).isPresent();
        if (!admin) {
          continue;
        }
        Set<String> expected = new java.util.TreeSet<>();
        for (ItemId id : polls) {
          Poll poll = (Poll) world.storage.read(tx -> tx.items().get(id)).orElseThrow();
          if (audited.contains(id) && poll.community().equals(community.id())
              && new Oracle(curate, reader, community, membership, poll, world.clock.instant()).sees()) {
            expected.add("item " + id.value());
          }
        }
        Set<String> listed = new java.util.TreeSet<>();
        for (dev.convene.storage.AuditEntry entry : convene.audit().list(reader, community.id(),
            dev.convene.storage.PageRequest.first(dev.convene.storage.PageRequest.MAX_LIMIT)).items()) {
          if (entry.reason().filter("VIEW_POLL_RESULTS"::equals).isPresent()) {
            assertEquals(PAT.user(), entry.actor(), "who read the counts: " + entry);
            listed.add(entry.subject());
          }
          // a vote or an idea is never a line, not even a platform admin's: they take part only as
          // members do, and a line next to a count that moved would tell who voted
          assertFalse(entry.reason().filter(r -> r.equals("VOTE") || r.equals("ADD_IDEA")).isPresent(),
              "a vote is audited: " + entry);
        }
        StringBuilder detail = new StringBuilder(" audited=" + audited);
        for (ItemId id : polls) {
          Poll poll = (Poll) world.storage.read(tx -> tx.items().get(id)).orElseThrow();
          if (poll.community().equals(community.id())) {
            detail.append(String.format(Locale.ROOT, "%n  %s by %s, %s %s, results %s", id.value(), poll.author().value(),
                poll.visibility(), poll.reviewState(), poll.results()));
          }
        }
        assertEquals(expected, listed, reader + " reads the audit of " + community.slug() + " as " + membership
            + " " + community.privacy() + " " + community.purpose() + " sections=" + community.sections() + detail);
      }
    }
  }

  private static void put(ContentFixture world, Community community, Actor who, Drawn drawn, Instant now) {
    MembershipState state = switch (drawn) {
      case OUTSIDER -> null;
      case MEMBER, MODERATOR, ADMIN -> MembershipState.ACTIVE;
      case BLOCKED -> MembershipState.BLOCKED;
      case INVITED -> MembershipState.INVITED;
      case REQUESTED -> MembershipState.REQUESTED;
    };
    if (state == null) {
      return;
    }
    Role role = drawn == Drawn.MODERATOR ? Role.MODERATOR : drawn == Drawn.ADMIN ? Role.ADMIN : Role.MEMBER;
    world.storage.useTransaction(tx -> tx.memberships().insert(new Membership(community.id(),
        ContentFixture.user(who), state, role, Optional.empty(),
        state == MembershipState.INVITED ? Optional.of(ContentFixture.user(ADA)) : Optional.empty(), now,
        state == MembershipState.INVITED ? Optional.of(now.plus(Duration.ofDays(30))) : Optional.empty(), 0)));
  }

  /** Asks every actor about every poll, in a random order, voting and withdrawing at random. */
  private void ask(ContentFixture world, boolean curate, Random random, List<ItemId> polls,
      Map<ItemId, Map<UserId, PollOptionId>> votes) {
    Convene convene = world.fresh();
    List<Actor> actors = new ArrayList<>(ACTORS);
    java.util.Collections.shuffle(actors, random);
    for (Actor actor : actors) {
      for (ItemId id : polls) {
        Poll poll = (Poll) world.storage.read(tx -> tx.items().get(id)).orElseThrow();
        Community community = world.storage.read(tx -> tx.communities().get(poll.community())).orElseThrow();
        Optional<Membership> membership = actor.user()
            .flatMap(u -> world.storage.read(tx -> tx.memberships().get(community.id(), u)));
        Map<UserId, PollOptionId> cast = votes.get(id);
        Oracle oracle = new Oracle(curate, actor, community,
            membership, poll, world.clock.instant());
        String where = actor + " on " + id + " (" + poll.reviewState() + ", " + poll.visibility() + ", "
            + poll.results() + ", closes " + poll.closes() + ") in " + community.privacy() + " "
            + community.purpose() + " review=" + community.reviewBeforePublication() + " sections="
            + community.sections() + " " + community.state() + " as " + membership;
        check(convene, actor, id, oracle.sees(), cast, oracle, where);

        if (random.nextBoolean()) {
          PollOptionId option = poll.options().get(random.nextInt(poll.options().size())).id();
          if (!oracle.sees()) {
            notFound(() -> convene.polls().vote(actor, id, option), id, where);
          } else if (oracle.votes()) {
            PollVote vote = convene.polls().vote(actor, id, option);
            assertEquals(option, vote.option(), where);
            cast.put(ContentFixture.user(actor), option);
          } else {
            quiet(assertThrows(AccessDeniedException.class, () -> convene.polls().vote(actor, id, option), where));
          }
        } else if (random.nextInt(3) == 0) {
          String idea = "idea " + ideas++;
          if (!oracle.sees()) {
            notFound(() -> convene.polls().addIdea(actor, id, idea), id, where);
          } else if (oracle.votes() && poll.mode() == Poll.Mode.IDEAS) {
            Poll changed = convene.polls().addIdea(actor, id, idea);
            PollOption added = changed.options().get(changed.options().size() - 1);
            assertEquals(idea, added.text(), where);
            assertEquals(poll.options().size() + 1, changed.options().size(), where);
          } else {
            quiet(assertThrows(AccessDeniedException.class, () -> convene.polls().addIdea(actor, id, idea), where));
          }
        } else if (random.nextInt(3) == 0) {
          if (!oracle.sees()) {
            notFound(() -> convene.polls().withdraw(actor, id), id, where);
          } else if (oracle.votes()) {
            assertEquals(cast.remove(ContentFixture.user(actor)) != null, convene.polls().withdraw(actor, id), where);
          } else {
            quiet(assertThrows(AccessDeniedException.class, () -> convene.polls().withdraw(actor, id), where));
          }
        }
        // the stored votes are exactly the model's, whatever was refused
        Map<UserId, PollOptionId> stored = new HashMap<>();
        world.storage.read(tx -> tx.votes().forPoll(id)).forEach(v -> stored.put(v.user(), v.option()));
        assertEquals(cast, stored, "votes after " + where);
        check(convene, actor, id, oracle.sees(), cast, oracle, where);
      }
    }
  }

  /** What the actor is shown of the poll: the poll itself, their own vote and the counts. */
  private void check(Convene convene, Actor actor, ItemId id, boolean sees, Map<UserId, PollOptionId> cast,
      Oracle oracle, String where) {
    if (!sees) {
      notFound(() -> convene.content().get(actor, id), id, where);
      notFound(() -> convene.polls().myVote(actor, id), id, where);
      notFound(() -> convene.polls().results(actor, id), id, where);
      notFound(() -> convene.polls().resultsIfVisible(actor, id), id, where);
      return;
    }
    Item item = convene.content().get(actor, id);
    assertEquals(id, item.id(), where);
    assertEquals(actor.user().map(cast::get), convene.polls().myVote(actor, id).map(PollVote::option), where);
    boolean voted = actor.user().map(cast::containsKey).orElse(false);
    if (oracle.seesCounts(voted)) {
      PollResults results = convene.polls().results(actor, id);
      // a platform admin who needed their override, to see the poll or its counts, is audited
      if (oracle.platformAdmin() && !(oracle.seesAsUser() && oracle.bySetting(voted))) {
        audited.add(id);
      }
      assertEquals(expectedCounts((Poll) item, cast), counts(results), "counts for " + where);
      assertEquals(cast.size(), results.voters(), "voters for " + where);
      assertEquals(oracle.closed(), results.closed(), where);
      assertTrue(convene.polls().resultsIfVisible(actor, id).isPresent(), where);
    } else {
      PollResultsHiddenException hidden = assertThrows(PollResultsHiddenException.class,
          () -> convene.polls().results(actor, id), where);
      assertEquals(((Poll) item).results(), hidden.setting(), where);
      quiet(hidden);
      assertFalse(convene.polls().resultsIfVisible(actor, id).isPresent(), where);
    }
  }

  private static Map<PollOptionId, Integer> expectedCounts(Poll poll, Map<UserId, PollOptionId> cast) {
    Map<PollOptionId, Integer> counts = new HashMap<>();
    for (PollOption option : poll.options()) {
      counts.put(option.id(), (int) cast.values().stream().filter(option.id()::equals).count());
    }
    return counts;
  }

  private static Map<PollOptionId, Integer> counts(PollResults results) {
    Map<PollOptionId, Integer> counts = new HashMap<>();
    results.options().forEach(o -> counts.put(o.option().id(), o.votes()));
    return counts;
  }

  /** A refusal worded exactly as for a poll that does not exist. */
  private static void notFound(org.junit.jupiter.api.function.Executable call, ItemId id, String where) {
    NotFoundException e = assertThrows(NotFoundException.class, call, where);
    assertEquals("item " + id.value() + " not found", e.getMessage(), where);
  }

  /** A refusal names nobody. */
  private static void quiet(ConveneException e) {
    assertFalse(NAMES.matcher(String.valueOf(e.getMessage())).find(), "a refusal names someone: " + e.getMessage());
  }

  /**
   * The documented rules, written out on their own: whether the actor sees the poll (docs/decisions.md,
   * "Who sees an item" and "Items out of readers' sight"), may vote, and sees the counts ("Polls").
   */
  private record Oracle(boolean curate, Actor actor, Community community, Optional<Membership> membership,
      Poll poll, Instant now) {

    boolean platformAdmin() {
      return actor.has(PlatformRole.PLATFORM_ADMIN);
    }

    boolean member() {
      return membership.map(m -> m.state() == MembershipState.ACTIVE).orElse(false);
    }

    boolean moderates() {
      return member() && membership.get().role() != Role.MEMBER;
    }

    boolean findsCommunity() {
      if (community.purpose() == Purpose.HIDDEN_GROUP) {
        return member() || membership.map(m -> m.state() == MembershipState.INVITED
            && m.expiry().map(now::isBefore).orElse(true)).orElse(false);
      }
      return !(community.privacy() == Privacy.PRIVATE && actor.isAnonymous());
    }

    boolean sees() {
      return platformAdmin() || seesAsUser();
    }

    /** Whether the actor sees the poll by their standing alone, without a platform admin's override. */
    boolean seesAsUser() {
      if (!findsCommunity()) {
        return false;
      }
      Visibility effective = community.privacy() == Privacy.PRIVATE ? Visibility.MEMBERS : poll.visibility();
      boolean author = actor.user().map(poll.author()::equals).orElse(false) && member();
      boolean curated = curate && effective == Visibility.PUBLIC;
      boolean reviewer = curated ? actor.has(PlatformRole.CURATOR)
          : community.reviewBeforePublication() && moderates();
      boolean seen = switch (poll.reviewState()) {
        case DRAFT -> author;
        case SUBMITTED, REJECTED -> author || reviewer;
        case PUBLISHED -> effective == Visibility.PUBLIC || member();
        case ARCHIVED -> moderates();
      };
      return seen && (community.sections().contains(Section.POLLS) || moderates());
    }

    boolean closed() {
      return poll.closes().map(c -> !now.isBefore(c)).orElse(false);
    }

    /**
     * Whether a vote or a withdrawal goes through: only for active members, platform admins too, since
     * voting is participation, which no platform admin's override grants.
     */
    boolean votes() {
      boolean open = poll.reviewState() == ReviewState.PUBLISHED && community.sections().contains(Section.POLLS)
          && !closed();
      return sees() && open && member() && !community.isArchived();
    }

    /** Whether the poll's setting shows the counts to whoever sees the poll. */
    boolean bySetting(boolean voted) {
      return switch (poll.results()) {
        case ALWAYS -> true;
        case AFTER_VOTING -> voted;
        case AFTER_CLOSING -> closed();
      };
    }

    boolean seesCounts(boolean voted) {
      return sees() && (bySetting(voted) || moderates() || platformAdmin());
    }
  }
}
