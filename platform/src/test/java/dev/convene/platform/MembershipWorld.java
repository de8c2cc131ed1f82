package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.event.MembershipChanged;
import dev.convene.core.membership.MembershipEvent;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Storage;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A small world for membership tests: an in-memory store on a clock the test moves, a platform with
 * deterministic ids, the events it published, and a journal that reads back what was audited and
 * announced since the last look, each audit entry paired with its event.
 */
final class MembershipWorld {
  static final Actor ADA = Actor.user("ada");
  static final Actor OLGA = Actor.user("olga");
  static final Actor BEN = Actor.user("ben");
  static final Actor CARL = Actor.user("carl");
  static final Actor PAT = Actor.user("pat", PlatformRole.PLATFORM_ADMIN);

  final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  final InMemoryStorage storage = InMemoryStorage.create(clock);
  final List<MembershipChanged> events = new CopyOnWriteArrayList<>();
  final Convene convene;
  final MembershipService memberships;
  final CommunityService communities;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<CommunityId, String> slugs = new ConcurrentHashMap<>();
  private long auditSeen;
  private int eventsSeen;

  MembershipWorld() {
    this(store -> store);
  }

  /** A world whose platform talks to the in-memory store through {@code wrap}. */
  MembershipWorld(Function<InMemoryStorage, Storage> wrap) {
    convene = Convene.builder().storage(wrap.apply(storage)).clock(clock).ids(() -> "c" + ids.incrementAndGet())
        .invitationTtl(Duration.ofDays(7))
        // No background sender: the store sees only the calls' own transactions, which tests count.
        .outbox(OutboxSettings.defaults().withBackground(false))
        .eventListener(e -> {
          if (e instanceof MembershipChanged m) {
            events.add(m);
          }
        }).build();
    memberships = convene.memberships();
    communities = convene.communities();
  }

  static UserId id(Actor actor) {
    return actor.user().orElseThrow();
  }

  /** A community founded by ada; the founding is left out of the journal. */
  Community community(String slug, UnaryOperator<Community.Settings> settings) {
    Community c = communities.create(ADA, slug, b -> settings.apply(b.name(slug)));
    slugs.put(c.id(), slug);
    skip();
    return c;
  }

  /** A working group of {@code parent} founded by ada; the founding is left out of the journal. */
  Community workingGroup(Community parent, String slug, UnaryOperator<Community.Settings> settings) {
    Community c = communities.createWorkingGroup(ADA, parent.id(), slug, b -> settings.apply(b.name(slug)));
    slugs.put(c.id(), slug);
    skip();
    return c;
  }

  /** The stored membership of the user. */
  Optional<Membership> stored(Community c, Actor user) {
    return storage.read(tx -> tx.memberships().get(c.id(), id(user)));
  }

  /** Every audit entry of the community, oldest first. */
  List<AuditEntry> audit(CommunityId c) {
    List<AuditEntry> entries = new ArrayList<>();
    Optional<PageRequest> next = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
    while (next.isPresent()) {
      PageRequest request = next.get();
      Page<AuditEntry> page = storage.read(tx -> tx.audit().forCommunity(c, request));
      entries.addAll(page.items());
      next = request.next(page);
    }
    entries.sort(Comparator.comparingLong(AuditEntry::id));
    return entries;
  }

  /** Forgets what was audited and announced so far (a founding is audited but not announced). */
  private void skip() {
    auditSeen = slugs.keySet().stream().flatMap(c -> audit(c).stream()).mapToLong(AuditEntry::id).max().orElse(0);
    eventsSeen = events.size();
  }

  /**
   * What was audited since the last look, oldest first, with each membership entry checked against
   * the event announced with it: {@code "open: olga JOINED by olga, none -> ACTIVE MEMBER"}, with the
   * reason in brackets; other entries as {@code "open: PLATFORM_ADMIN_ACCESS by pat (LEAVE)"}.
   */
  List<String> transitions() {
    List<AuditEntry> entries = slugs.keySet().stream().flatMap(c -> audit(c).stream())
        .filter(e -> e.id() > auditSeen).sorted(Comparator.comparingLong(AuditEntry::id)).toList();
    List<MembershipChanged> announced = List.copyOf(events.subList(eventsSeen, events.size()));
    auditSeen = entries.stream().mapToLong(AuditEntry::id).max().orElse(auditSeen);
    eventsSeen += announced.size();
    List<String> lines = new ArrayList<>();
    int next = 0;
    for (AuditEntry entry : entries) {
      String where = slugs.get(entry.community().orElseThrow()) + ": ";
      String by = entry.actor().map(UserId::value).orElse("the platform");
      String reason = entry.reason().map(r -> " (" + r + ")").orElse("");
      if (entry.action() != AuditAction.MEMBERSHIP_CHANGED && entry.action() != AuditAction.ROLE_CHANGED) {
        lines.add(where + entry.action() + " by " + by + reason);
        continue;
      }
      MembershipChanged event = announced.get(next++);
      assertEquals(entry.community().orElseThrow(), event.community(), "event community");
      assertEquals(entry.subject(), event.member().value(), "event member");
      assertEquals(entry.actor(), event.actor(), "event actor");
      assertEquals(entry.at(), event.at(), "event time");
      assertEquals(entry.action() == AuditAction.ROLE_CHANGED, event.kind() == MembershipEvent.ROLE_CHANGED,
          "role changes are audited as such");
      lines.add(where + entry.subject() + " " + event.kind() + " by " + by + ", " + entry.before().orElseThrow()
          + " -> " + entry.after().orElseThrow() + reason);
    }
    assertEquals(announced.size(), next, "every event has its audit entry: " + announced);
    return lines;
  }

  /** Asserts the journal holds exactly these lines since the last look. */
  void saw(String... lines) {
    assertEquals(List.of(lines), transitions());
  }

  /** Asserts nothing was audited or announced since the last look. */
  void sawNothing() {
    saw();
  }

  /** A clock the test moves forward. */
  static final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    MutableClock(Instant start) {
      now = new AtomicReference<>(start);
    }

    void advance(Duration by) {
      now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
