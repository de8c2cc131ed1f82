package dev.convene.platform;

import static dev.convene.platform.ReportWorld.ADA;
import static dev.convene.platform.ReportWorld.ANON;
import static dev.convene.platform.ReportWorld.MAX;
import static dev.convene.platform.ReportWorld.MEL;
import static dev.convene.platform.ReportWorld.MO;
import static dev.convene.platform.ReportWorld.OLGA;
import static dev.convene.platform.ReportWorld.PAT;
import static dev.convene.platform.ReportWorld.RITA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConveneException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.membership.MembershipConflictException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Report;
import dev.convene.storage.ReportOutcome;
import dev.convene.storage.ReportReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Random worlds of communities (every privacy, some hidden groups), people in random standings,
 * documents and discussions in random review states and visibilities, replies, some hidden. Random
 * actors report random items and replies, moderators decide at random, and after each step an oracle
 * written here from docs/decisions.md ("Who sees an item", "Reports (safe spaces)", and the audit
 * rows of "What notifications, the audit log and refusals may name") says: a filing goes through
 * exactly when the actor may see the target, and is otherwise worded as for a missing id; each
 * actor's queue and open count hold exactly the open reports of what they moderate, see and did not
 * write; each reporter's own list holds their reports and outcomes; a decision (dismiss, hide,
 * remove, block the author) has the effect readers then see; and the community's audit log lists a line
 * about reports only to those who may see the item and did not write what it names, never naming a
 * reporter.
 *
 * <p>The seed is printed; rerun one with {@code -Dconvene.report.seed=<seed>}.
 */
class ReportPrivacyRandomizedTest {
  private static final long SEED = Long.getLong("convene.report.seed", 0x4E9047L);
  private static final int WORLDS = 80;
  /** Those whose standing is drawn per community; ada founds every community and stays its admin. */
  private static final List<Actor> DRAWN = List.of(MO, MEL, MAX, RITA);
  private static final List<Actor> ACTORS = List.of(ADA, MO, MEL, MAX, RITA, OLGA, PAT, ANON);
  private static final Pattern NAMES = Pattern.compile("\\b(ada|mo|mel|max|rita|olga|pat)\\b");
  private static final Set<AuditAction> REPORT_LINES = Set.of(AuditAction.REPORT_FILED,
      AuditAction.REPORT_DISMISSED, AuditAction.REPORT_HIDDEN, AuditAction.REPORT_REMOVED,
      AuditAction.REPORT_AUTHOR_BLOCKED);

  /** A person's standing in one community, as drawn. */
  private enum Drawn { OUTSIDER, MEMBER, MODERATOR, ADMIN, BLOCKED, INVITED }

  /** The model of one item, kept by the test as its decisions should leave it. */
  private static final class Model {
    final ItemId id;
    final Community community;
    final UserId author;
    final Visibility visibility;
    ReviewState state = ReviewState.PUBLISHED;
    boolean deleted;
    final Map<ReplyId, ReplyModel> replies = new LinkedHashMap<>();

    Model(Item item, Community community) {
      this.id = item.id();
      this.community = community;
      this.author = item.author();
      this.visibility = item.visibility();
    }
  }

  private static final class ReplyModel {
    final ReplyId id;
    final UserId author;
    boolean hidden;
    boolean removed;

    ReplyModel(Reply reply) {
      this.id = reply.id();
      this.author = reply.author();
    }
  }

  /** A report as filed; {@code seq} tells apart two alike, as after a decision the same person may report again. */
  private record Open(long seq, UserId reporter, ReportTarget target, ReportReason reason, String text) {}

  private record Closed(Open report, ReportOutcome outcome) {}

  private record Line(CommunityId community, AuditAction action, ReportTarget target) {}

  /** Everything the test expects, kept apart from the implementation. */
  private static final class Expected {
    final Map<CommunityId, Map<UserId, Drawn>> standings = new HashMap<>();
    final List<Community> communities = new ArrayList<>();
    final Map<ItemId, Model> items = new LinkedHashMap<>();
    final List<Open> open = new ArrayList<>();
    final List<Closed> closed = new ArrayList<>();
    long filed;
    final List<Line> lines = new ArrayList<>();
  }

  @Test
  @DisplayName("reports are filed, queued, decided and audited exactly as the documented rules say")
  void reportsFollowTheRules() {
    SeededWorlds.run("ReportPrivacyRandomizedTest", "convene.report.seed", SEED, WORLDS, this::world);
  }

  private void world(Random random) {
    ReportWorld world = new ReportWorld(new ReportLimit(ReportLimit.MAX_REPORTS, Duration.ofHours(1)));
    Expected model = new Expected();
    for (int c = 0; c < 3; c++) {
      boolean hidden = random.nextInt(4) == 0;
      Privacy privacy = hidden ? Privacy.PRIVATE : Privacy.values()[random.nextInt(Privacy.values().length)];
      String slug = "c" + c;
      Community community = world.convene.communities().create(ADA, slug, b -> b.name(slug)
          .purpose(hidden ? Purpose.HIDDEN_GROUP : Purpose.REPOSITORY).privacy(privacy)
          .joinPolicy(hidden ? JoinPolicy.INVITATION : privacy == Privacy.PUBLIC ? JoinPolicy.OPEN : JoinPolicy.REQUEST));
      model.communities.add(community);
      Map<UserId, Drawn> standings = new HashMap<>();
      standings.put(ReportWorld.user(ADA), Drawn.ADMIN);
      List<Actor> writers = new ArrayList<>(List.of(ADA));
      for (Actor who : DRAWN) {
        Drawn drawn = Drawn.values()[random.nextInt(Drawn.values().length)];
        put(world, community, who, drawn);
        standings.put(ReportWorld.user(who), drawn);
        if (drawn == Drawn.MEMBER || drawn == Drawn.MODERATOR || drawn == Drawn.ADMIN) {
          writers.add(who);
        }
      }
      model.standings.put(community.id(), standings);
      for (int i = 0; i < 4; i++) {
        Actor author = writers.get(random.nextInt(writers.size()));
        Visibility visibility = random.nextBoolean() ? Visibility.PUBLIC : Visibility.MEMBERS;
        boolean talk = random.nextBoolean();
        Item item = talk ? world.talk(author, community, "t" + c + i, visibility)
            : world.doc(author, community, "d" + c + i, visibility);
        Model m = new Model(item, community);
        if (talk) {
          for (int r = random.nextInt(3); r > 0; r--) {
            Reply reply = world.reply(writers.get(random.nextInt(writers.size())), item, "r" + r);
            m.replies.put(reply.id(), new ReplyModel(reply));
          }
        }
        ReviewState state = List.of(ReviewState.DRAFT, ReviewState.PUBLISHED, ReviewState.PUBLISHED,
            ReviewState.PUBLISHED, ReviewState.ARCHIVED).get(random.nextInt(5));
        m.state = state;
        m.replies.values().forEach(r -> r.hidden = random.nextInt(3) == 0);
        world.storage.useTransaction(tx -> {
          Item stored = tx.items().get(m.id).orElseThrow();
          if (stored instanceof Discussion d) {
            for (ReplyModel r : m.replies.values()) {
              d = d.withReplyHidden(r.id, r.hidden);
            }
            stored = d;
          }
          tx.items().update(stored.withReviewState(state, world.clock.instant()));
        });
        model.items.put(m.id, m);
      }
    }
    world.settle();
    world.convene = world.fresh();

    for (int step = 0; step < 4; step++) {
      for (int f = 0; f < 12; f++) {
        file(world, random, model);
      }
      checkQueues(world, model);
      for (int d = 0; d < 4; d++) {
        decide(world, random, model);
      }
      checkQueues(world, model);
      checkMine(world, model);
      checkReading(world, model);
      checkAudit(world, model);
    }
  }

  private static void put(ReportWorld world, Community community, Actor who, Drawn drawn) {
    MembershipState state = switch (drawn) {
      case OUTSIDER -> null;
      case MEMBER, MODERATOR, ADMIN -> MembershipState.ACTIVE;
      case BLOCKED -> MembershipState.BLOCKED;
      case INVITED -> MembershipState.INVITED;
    };
    if (state == null) {
      return;
    }
    Role role = drawn == Drawn.MODERATOR ? Role.MODERATOR : drawn == Drawn.ADMIN ? Role.ADMIN : Role.MEMBER;
    boolean invited = state == MembershipState.INVITED;
    world.storage.useTransaction(tx -> tx.memberships().insert(new Membership(community.id(), ReportWorld.user(who),
        state, role, Optional.empty(), invited ? Optional.of(ReportWorld.user(ADA)) : Optional.empty(),
        world.clock.instant(), invited ? Optional.of(world.clock.instant().plus(Duration.ofDays(300)))
        : Optional.empty(), 0)));
  }

  // ---- filing

  private static void file(ReportWorld world, Random random, Expected model) {
    Actor actor = ACTORS.get(random.nextInt(ACTORS.size()));
    ReportTarget target = anyTarget(random, model);
    ReportReason reason = ReportReason.values()[random.nextInt(ReportReason.values().length)];
    String text = random.nextBoolean() ? "" : "text " + random.nextInt(1000);
    String where = actor + " files on " + target.describe();
    if (!sees(model, actor, target)) {
      notFound(() -> world.file(actor, target, reason, text), describe(target) + " not found", where);
    } else if (actor.isAnonymous()) {
      quiet(assertThrows(AccessDeniedException.class, () -> world.file(actor, target, reason, text), where));
    } else if (model.open.stream().anyMatch(o -> o.target.equals(target) && actor.is(o.reporter))) {
      ValidationException e = assertThrows(ValidationException.class,
          () -> world.file(actor, target, reason, text), where);
      assertEquals("target", e.field(), where);
      assertEquals("already-reported", e.rule(), where);
    } else {
      Report report = world.file(actor, target, reason, text);
      assertEquals(target.item(), report.item(), where);
      assertEquals(target.reply(), report.reply(), where);
      model.open.add(new Open(model.filed++, ReportWorld.user(actor), target, reason, text));
      model.lines.add(new Line(model.items.get(target.item()).community.id(), AuditAction.REPORT_FILED, target));
    }
  }

  /** Mostly a target that exists; now and then an item or a reply that never did. */
  private static ReportTarget anyTarget(Random random, Expected model) {
    List<Model> items = new ArrayList<>(model.items.values());
    Model m = items.get(random.nextInt(items.size()));
    int pick = random.nextInt(10);
    if (pick == 0) {
      return ReportTarget.item(ReportWorld.missing());
    }
    if (pick == 1) {
      return ReportTarget.reply(m.id, ReplyId.of("no-such-reply"));
    }
    if (pick < 6 && !m.replies.isEmpty()) {
      List<ReplyId> replies = new ArrayList<>(m.replies.keySet());
      return ReportTarget.reply(m.id, replies.get(random.nextInt(replies.size())));
    }
    return ReportTarget.item(m.id);
  }

  // ---- queues

  private static void checkQueues(ReportWorld world, Expected model) {
    for (Actor actor : ACTORS) {
      for (Community community : model.communities) {
        String where = actor + " reads the queue of " + community.slug();
        if (!findsCommunity(model, actor, community)) {
          NotFoundException e = assertThrows(NotFoundException.class, () -> world.queue(actor, community), where);
          assertEquals(e.getMessage(), assertThrows(NotFoundException.class,
              () -> world.reports().openCount(actor, community.id()), where).getMessage(), where);
          continue;
        }
        if (!moderates(model, actor, community)) {
          quiet(assertThrows(AccessDeniedException.class, () -> world.queue(actor, community), where));
          quiet(assertThrows(AccessDeniedException.class, () -> world.reports().openCount(actor, community.id()),
              where));
          continue;
        }
        Map<ReportTarget, Map<ReportReason, Integer>> expected = new HashMap<>();
        Map<ReportTarget, List<String>> texts = new HashMap<>();
        int count = 0;
        for (Open open : model.open) {
          Model m = model.items.get(open.target.item());
          if (m.community.id().equals(community.id()) && sees(model, actor, open.target)
              && !wrote(actor, m, open.target)) {
            expected.computeIfAbsent(open.target, t -> new EnumMap<>(ReportReason.class))
                .merge(open.reason, 1, Integer::sum);
            texts.computeIfAbsent(open.target, t -> new ArrayList<>()).add(open.text);
            count++;
          }
        }
        Map<ReportTarget, Map<ReportReason, Integer>> listed = new HashMap<>();
        Map<ReportTarget, List<String>> listedTexts = new HashMap<>();
        for (ReportedTarget row : world.queue(actor, community)) {
          assertTrue(listed.put(row.target(), row.byReason()) == null, "a target twice in " + where);
          listedTexts.put(row.target(), row.reports().stream().map(ReportNote::text).toList());
          assertEquals(row.total(), row.byReason().values().stream().mapToInt(Integer::intValue).sum(), where);
        }
        assertEquals(expected, listed, where);
        assertEquals(texts, listedTexts, where);
        assertEquals(count, world.reports().openCount(actor, community.id()), where);
      }
    }
  }

  // ---- decisions

  private static void decide(ReportWorld world, Random random, Expected model) {
    List<Actor> deciders = List.of(ADA, MO, MEL, MAX, RITA, PAT, OLGA);
    Actor actor = deciders.get(random.nextInt(deciders.size()));
    ReportTarget target = !model.open.isEmpty() && random.nextInt(4) != 0
        ? model.open.get(random.nextInt(model.open.size())).target : anyTarget(random, model);
    int outcome = random.nextInt(7) == 0 ? 3 : random.nextInt(3);
    String where = actor + " decides (" + outcome + ") on " + target.describe();
    org.junit.jupiter.api.function.ThrowingSupplier<ReportsClosed> call = () -> switch (outcome) {
      case 0 -> world.reports().dismiss(actor, target);
      case 1 -> world.reports().hide(actor, target);
      case 2 -> world.reports().remove(actor, target);
      default -> world.reports().blockAuthor(actor, target);
    };
    if (!sees(model, actor, target)) {
      notFound(call::get, describe(target) + " not found", where);
      return;
    }
    Model m = model.items.get(target.item());
    if (!moderates(model, actor, m.community)) {
      quiet(assertThrows(AccessDeniedException.class, call::get, where));
      return;
    }
    List<Open> open = model.open.stream().filter(o -> o.target.equals(target)).toList();
    if (open.isEmpty() || wrote(actor, m, target)) {
      notFound(call::get, "no open reports of " + describe(target), where);
      return;
    }
    if (outcome == 1 && target.reply().isEmpty() && m.state == ReviewState.DRAFT) {
      // hiding an item archives it, which only a published item may be: nothing changes
      quiet(assertThrows(AccessDeniedException.class, call::get, where));
      return;
    }
    UserId author = target.reply().map(r -> m.replies.get(r).author).orElse(m.author);
    Map<UserId, Drawn> standings = model.standings.get(m.community.id());
    if (outcome == 3) {
      boolean admin = actor.isPlatformAdmin() || standing(model, actor, m.community) == Drawn.ADMIN;
      if (!admin) {
        // blocking is the admins' (BLOCK_MEMBER): a moderator is refused, and nothing changes
        quiet(assertThrows(AccessDeniedException.class, call::get, where));
        return;
      }
      boolean lastAdmin = standings.get(author) == Drawn.ADMIN
          && standings.values().stream().filter(d -> d == Drawn.ADMIN).count() == 1;
      if (lastAdmin) {
        // a community keeps an active admin: the roster refuses, and nothing changes
        assertThrows(MembershipConflictException.class, call::get, where);
        return;
      }
    }
    ReportsClosed closed = assertDoesNotThrow(call, where);
    assertEquals(open.size(), closed.closed(), where);
    model.open.removeAll(open);
    ReportOutcome outcomeOf = switch (outcome) {
      case 0 -> ReportOutcome.DISMISSED;
      case 1 -> ReportOutcome.HIDDEN;
      case 2 -> ReportOutcome.REMOVED;
      default -> ReportOutcome.AUTHOR_BLOCKED;
    };
    open.forEach(o -> model.closed.add(new Closed(o, outcomeOf)));
    AuditAction line = switch (outcome) {
      case 0 -> AuditAction.REPORT_DISMISSED;
      case 1 -> AuditAction.REPORT_HIDDEN;
      case 2 -> AuditAction.REPORT_REMOVED;
      default -> AuditAction.REPORT_AUTHOR_BLOCKED;
    };
    if (outcome == 3) {
      standings.put(author, Drawn.BLOCKED); // an author blocked already stays so
    }
    model.lines.add(new Line(m.community.id(), line, target));
    if (outcome == 1) {
      if (target.reply().isPresent()) {
        m.replies.get(target.reply().get()).hidden = true;
      } else {
        m.state = ReviewState.ARCHIVED;
      }
    } else if (outcome == 2) {
      if (target.reply().isPresent()) {
        m.replies.get(target.reply().get()).removed = true;
      } else {
        m.deleted = true;
        // an item's reports go with it, its replies' too
        model.open.removeIf(o -> o.target.item().equals(m.id));
        model.closed.removeIf(c -> c.report.target.item().equals(m.id));
      }
    }
  }

  private static ReportsClosed assertDoesNotThrow(org.junit.jupiter.api.function.ThrowingSupplier<ReportsClosed> call,
      String where) {
    return org.junit.jupiter.api.Assertions.assertDoesNotThrow(call, where);
  }

  // ---- one's own reports

  private static void checkMine(ReportWorld world, Expected model) {
    for (Actor actor : ACTORS) {
      Map<String, Integer> expected = new TreeMap<>();
      model.open.stream().filter(o -> actor.is(o.reporter))
          .forEach(o -> expected.merge(mine(o.target, o.reason, o.text, Optional.empty()), 1, Integer::sum));
      model.closed.stream().filter(c -> actor.is(c.report.reporter)).forEach(c -> expected.merge(
          mine(c.report.target, c.report.reason, c.report.text, Optional.of(c.outcome)), 1, Integer::sum));
      Map<String, Integer> listed = new TreeMap<>();
      for (Report report : world.reports().mine(actor)) {
        assertEquals(actor.user(), report.reporter(), "another's report among " + actor + "'s own");
        listed.merge(mine(new ReportTarget(report.item(), report.reply()), report.reason(), report.text(),
            report.outcome()), 1, Integer::sum);
      }
      assertEquals(expected, listed, actor + "'s own reports");
    }
  }

  private static String mine(ReportTarget target, ReportReason reason, String text, Optional<ReportOutcome> outcome) {
    return describe(target) + " " + reason + " [" + text + "] " + outcome.map(Enum::name).orElse("OPEN");
  }

  // ---- what readers see

  private static void checkReading(ReportWorld world, Expected model) {
    for (Actor actor : ACTORS) {
      for (Model m : model.items.values()) {
        String where = actor + " reads " + m.id;
        ReportTarget target = ReportTarget.item(m.id);
        if (!sees(model, actor, target)) {
          notFound(() -> world.convene.content().get(actor, m.id), "item " + m.id.value() + " not found", where);
          continue;
        }
        Item item = world.convene.content().get(actor, m.id);
        assertEquals(m.state, item.reviewState(), where);
        if (item instanceof Discussion d) {
          List<ReplyId> expected = m.replies.values().stream()
              .filter(r -> sees(model, actor, ReportTarget.reply(m.id, r.id))).map(r -> r.id).toList();
          assertEquals(expected, d.replies().stream().map(Reply::id).toList(), where);
        }
      }
    }
  }

  // ---- the audit log

  private static void checkAudit(ReportWorld world, Expected model) {
    for (Actor actor : ACTORS) {
      for (Community community : model.communities) {
        boolean admin = actor.isPlatformAdmin() || actor.user().map(u -> model.standings.get(community.id())
            .get(u) == Drawn.ADMIN).orElse(false);
        if (!admin) {
          continue;
        }
        String where = actor + " reads the audit of " + community.slug();
        Map<String, Integer> expected = new TreeMap<>();
        for (Line line : model.lines) {
          if (line.community.equals(community.id()) && auditShows(model, actor, line)) {
            expected.merge(line.action + " " + describe(line.target), 1, Integer::sum);
          }
        }
        Map<String, Integer> listed = new TreeMap<>();
        for (AuditEntry entry : world.audit(actor, community)) {
          if (!REPORT_LINES.contains(entry.action())) {
            continue;
          }
          listed.merge(entry.action() + " " + entry.subject(), 1, Integer::sum);
          if (entry.action() == AuditAction.REPORT_FILED) {
            assertEquals(Optional.empty(), entry.actor(), "a filing names its reporter: " + entry);
            assertFalse(NAMES.matcher(entry.toString()).find(), "a filing names someone: " + entry);
          }
        }
        assertEquals(expected, listed, where + ": " + describe(model));
      }
    }
  }

  /** The model's items, for a failure's message. */
  private static String describe(Expected model) {
    StringBuilder text = new StringBuilder();
    for (Model m : model.items.values()) {
      text.append(String.format(Locale.ROOT, "%n  %s in %s by %s, %s %s%s", m.id.value(), m.community.slug(),
          m.author.value(), m.visibility, m.state, m.deleted ? " deleted" : ""));
      m.replies.values().forEach(r -> text.append(String.format(Locale.ROOT, "; reply %s by %s%s%s", r.id.value(),
          r.author.value(), r.hidden ? " hidden" : "", r.removed ? " removed" : "")));
    }
    return text.toString();
  }

  /**
   * Whether a line about reports is listed to the actor: platform admins read every line; others
   * only lines about an item that still exists and that they may see now, and not about what they
   * wrote: the item, or for a line naming a reply, the reply (a reply since removed cannot be told
   * apart, so its lines are left out).
   */
  private static boolean auditShows(Expected model, Actor actor, Line line) {
    if (actor.isPlatformAdmin()) {
      return true;
    }
    Model m = model.items.get(line.target.item());
    if (m.deleted || !sees(model, actor, ReportTarget.item(m.id))) {
      return false;
    }
    return line.target.reply().map(r -> !m.replies.get(r).removed && !actor.is(m.replies.get(r).author))
        .orElse(!actor.is(m.author));
  }

  // ---- the oracle: docs/decisions.md, written out on its own

  private static Drawn standing(Expected model, Actor actor, Community community) {
    return actor.user().map(u -> model.standings.get(community.id()).getOrDefault(u, Drawn.OUTSIDER))
        .orElse(Drawn.OUTSIDER);
  }

  private static boolean member(Expected model, Actor actor, Community community) {
    Drawn drawn = standing(model, actor, community);
    return drawn == Drawn.MEMBER || drawn == Drawn.MODERATOR || drawn == Drawn.ADMIN;
  }

  /** Whether the actor holds MODERATE there, or is a platform admin. */
  private static boolean moderates(Expected model, Actor actor, Community community) {
    Drawn drawn = standing(model, actor, community);
    return actor.isPlatformAdmin() || drawn == Drawn.MODERATOR || drawn == Drawn.ADMIN;
  }

  private static boolean findsCommunity(Expected model, Actor actor, Community community) {
    if (actor.isPlatformAdmin()) {
      return true;
    }
    if (community.purpose() == Purpose.HIDDEN_GROUP) {
      Drawn drawn = standing(model, actor, community);
      return member(model, actor, community) || drawn == Drawn.INVITED;
    }
    return !(community.privacy() == Privacy.PRIVATE && actor.isAnonymous());
  }

  /** Whether the actor may see the item, and the reply itself for a reply; missing things are never seen. */
  private static boolean sees(Expected model, Actor actor, ReportTarget target) {
    Model m = model.items.get(target.item());
    if (m == null || m.deleted) {
      return false;
    }
    ReplyModel reply = target.reply().map(m.replies::get).orElse(null);
    if (target.reply().isPresent() && (reply == null || reply.removed)) {
      return false;
    }
    Community community = m.community;
    boolean moderates = moderates(model, actor, community);
    if (reply != null && reply.hidden && !moderates) {
      return false;
    }
    if (actor.isPlatformAdmin()) {
      return true;
    }
    if (!findsCommunity(model, actor, community)) {
      return false;
    }
    boolean member = member(model, actor, community);
    Visibility effective = community.privacy() == Privacy.PRIVATE ? Visibility.MEMBERS : m.visibility;
    return switch (m.state) {
      case DRAFT -> actor.is(m.author) && member;
      case SUBMITTED, REJECTED -> actor.is(m.author) && member; // nothing is reviewed here
      case PUBLISHED -> effective == Visibility.PUBLIC || member;
      case ARCHIVED -> moderates;
    };
  }

  /** Whether the actor wrote what the target names: the item, or the reply. */
  private static boolean wrote(Actor actor, Model m, ReportTarget target) {
    return actor.is(target.reply().map(r -> m.replies.get(r).author).orElse(m.author));
  }

  private static String describe(ReportTarget target) {
    return target.reply().map(r -> "reply " + r.value() + " of ").orElse("") + "item " + target.item().value();
  }

  private static void notFound(org.junit.jupiter.api.function.Executable call, String message, String where) {
    NotFoundException e = assertThrows(NotFoundException.class, call, where);
    assertEquals(message, e.getMessage(), where);
  }

  /** A refusal names nobody. */
  private static void quiet(ConveneException e) {
    assertFalse(NAMES.matcher(String.valueOf(e.getMessage())).find(), "a refusal names someone: " + e.getMessage());
  }
}
