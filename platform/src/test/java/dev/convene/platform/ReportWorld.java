package dev.convene.platform;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Reply;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.ReportReason;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A small world for the report tests: one store, a clock the test moves, deterministic ids, a sink
 * that records what is delivered (the outbox is delivered on the test's thread), and people with
 * every standing. ada founds every community (admin), mo moderates, mel writes, max and rita report.
 */
final class ReportWorld {
  static final Actor ADA = Actor.user("ada");
  static final Actor MO = Actor.user("mo");
  static final Actor MEL = Actor.user("mel");
  static final Actor MAX = Actor.user("max");
  static final Actor RITA = Actor.user("rita");
  static final Actor OLGA = Actor.user("olga");
  static final Actor PAT = Actor.user("pat", PlatformRole.PLATFORM_ADMIN);
  static final Actor ANON = Actor.anonymous();

  final ContentFixture.TestClock clock = new ContentFixture.TestClock(Instant.parse("2026-03-02T09:00:00Z"));
  final InMemoryStorage storage = InMemoryStorage.create(clock);
  final NotificationWorld.RecordingSink sink = new NotificationWorld.RecordingSink();
  private final AtomicInteger ids = new AtomicInteger();
  private final ReportLimit limit;
  Convene convene;

  ReportWorld() {
    this(ReportLimit.defaults());
  }

  ReportWorld(ReportLimit limit) {
    this.limit = limit;
    this.convene = fresh();
  }

  /** A new platform on the same store: nothing cached, as after a restart or on another node. */
  Convene fresh() {
    return Convene.builder().storage(storage).clock(clock).reportLimit(limit).notificationSink(sink)
        .outbox(OutboxSettings.defaults().withBackground(false))
        .ids(() -> String.format(Locale.ROOT, "id%03d", ids.incrementAndGet())).build();
  }

  ReportService reports() {
    return convene.reports();
  }

  /** A community founded by ada, with mo as moderator and mel, max and rita as members. */
  Community community(String slug, UnaryOperator<Community.Settings> settings) {
    Community community = convene.communities().create(ADA, slug, b -> settings.apply(b.name(slug)));
    member(community, MO, Role.MODERATOR);
    member(community, MEL, Role.MEMBER);
    member(community, MAX, Role.MEMBER);
    member(community, RITA, Role.MEMBER);
    return community;
  }

  Community community(String slug) {
    return community(slug, b -> b);
  }

  void member(Community community, Actor who, Role role) {
    storage.useTransaction(tx -> tx.memberships().insert(new Membership(community.id(), user(who),
        MembershipState.ACTIVE, role, Optional.empty(), Optional.empty(), clock.instant(), Optional.empty(), 0)));
  }

  /** A published document. */
  Item doc(Actor author, Community community, String title, Visibility visibility) {
    return published(author, community, ItemDraft.document(title, Locale.ENGLISH, visibility));
  }

  /** A published discussion. */
  Item talk(Actor author, Community community, String title, Visibility visibility) {
    return published(author, community, ItemDraft.discussion(title, Locale.ENGLISH, visibility, "What of " + title));
  }

  Reply reply(Actor author, Item discussion, String body) {
    return convene.content().reply(author, discussion.id(), body);
  }

  private Item published(Actor author, Community community, ItemDraft draft) {
    Item item = convene.content().publish(author, convene.content().create(author, community.id(), draft).id());
    settle();
    return item;
  }

  /** Files a report a minute after the last thing that happened. */
  dev.convene.storage.Report file(Actor reporter, ReportTarget target, ReportReason reason, String text) {
    clock.advance(Duration.ofMinutes(1));
    return reports().file(reporter, target, reason, text);
  }

  /** Delivers what the outbox holds and forgets it: what happened so far is not under test. */
  void settle() {
    convene.notifications().deliverPending();
    sink.delivered.clear();
  }

  /** Delivers what the outbox holds. */
  void deliver() {
    convene.notifications().deliverPending();
  }

  /** Every row of the actor's queue, one page at a time. */
  List<ReportedTarget> queue(Actor actor, Community community) {
    List<ReportedTarget> rows = new ArrayList<>();
    Optional<PageRequest> request = Optional.of(PageRequest.first(2));
    while (request.isPresent()) {
      Page<ReportedTarget> page = reports().queue(actor, community.id(), request.get());
      if (page.hasNext() && page.items().size() != 2) {
        throw new AssertionError("a short page before the last: " + page.items().size());
      }
      rows.addAll(page.items());
      request = request.get().next(page);
    }
    return rows;
  }

  /** The community's audit log as the actor may read it. */
  List<AuditEntry> audit(Actor actor, Community community) {
    return convene.audit().list(actor, community.id(), PageRequest.first(PageRequest.MAX_LIMIT)).items();
  }

  static ReportTarget target(Item item) {
    return ReportTarget.item(item.id());
  }

  static ReportTarget target(Item discussion, Reply reply) {
    return ReportTarget.reply(discussion.id(), reply.id());
  }

  static ItemId missing() {
    return ItemId.of("no-such-item");
  }

  static UserId user(Actor actor) {
    return actor.user().orElseThrow();
  }
}
