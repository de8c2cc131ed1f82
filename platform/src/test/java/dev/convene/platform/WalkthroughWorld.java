package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.event.DomainEvent;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Delivery;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;

/**
 * A community world for the walkthroughs, driven through the public API only: an in-memory store on
 * a clock the test moves, deterministic ids, a sink that records every notification and digest, a
 * listener that records every event, and an executor that runs at once or holds what it is given
 * until {@link #release()}.
 *
 * <p>The journal reads back what happened since the last look: the audit entries (read by each
 * community's admin through {@code convene.audit()}) and the notifications, each as one line in
 * which ids are replaced by slugs and titles. {@link #saw} asserts both exactly, so whoever is not
 * listed received nothing; {@link #denied} asserts a refusal that audited, announced and notified
 * nothing.
 */
final class WalkthroughWorld {
  static final Actor ADA = Actor.user("ada");   // founds every community: its admin
  static final Actor MO = Actor.user("mo");     // moderator
  static final Actor MEL = Actor.user("mel");   // member, the usual author
  static final Actor MAX = Actor.user("max");   // member
  static final Actor BEN = Actor.user("ben");   // outsider, or a third member where a story needs one
  static final Actor OLGA = Actor.user("olga"); // registered outsider
  static final Actor CURT = Actor.user("curt", PlatformRole.CURATOR);
  static final Actor PAT = Actor.user("pat", PlatformRole.PLATFORM_ADMIN);
  static final Actor ANON = Actor.anonymous();

  final ContentFixture.TestClock clock = new ContentFixture.TestClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final List<String> delivered = new CopyOnWriteArrayList<>();
  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
  final Convene convene;
  private final List<Runnable> queue = new CopyOnWriteArrayList<>();
  private volatile boolean holding;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<String, String> names = new ConcurrentHashMap<>();
  private final Map<CommunityId, Actor> auditors = new ConcurrentHashMap<>();
  private long auditSeen;
  private int deliveredSeen;

  WalkthroughWorld() {
    this(b -> b);
  }

  WalkthroughWorld(UnaryOperator<Convene.Builder> settings) {
    convene = settings.apply(Convene.builder().storage(InMemoryStorage.create(clock)).clock(clock)
        .ids(() -> String.format(Locale.ROOT, "id%03d", ids.incrementAndGet()))
        .notificationSink(new RecordingSink()).executor(this::execute).eventListener(events::add)
        .outbox(OutboxSettings.defaults().withBackground(false))).build();
  }

  static UserId id(Actor actor) {
    return actor.user().orElseThrow();
  }

  // Setting up, left out of the journal

  /** A community founded by ada, with mo as its moderator and mel and max as members. */
  Community community(String slug, UnaryOperator<Community.Settings> settings) {
    Community c = founded(convene.communities().create(ADA, slug, b -> settings.apply(b.name(slug))), slug);
    member(c, MO);
    convene.memberships().changeRole(ADA, c.id(), id(MO), Role.MODERATOR);
    member(c, MEL);
    member(c, MAX);
    settle();
    return c;
  }

  /** A working group of {@code parent} founded by ada, with no other member. */
  Community workingGroup(Community parent, String slug, UnaryOperator<Community.Settings> settings) {
    Community c = convene.communities().createWorkingGroup(ADA, parent.id(), slug, b -> settings.apply(b.name(slug)));
    founded(c, slug);
    settle();
    return c;
  }

  private Community founded(Community c, String slug) {
    names.put(c.id().value(), slug);
    auditors.put(c.id(), ADA);
    return c;
  }

  /** Makes {@code who} a member: invited by ada, they accept. */
  void member(Community c, Actor who) {
    convene.memberships().invite(ADA, c.id(), id(who), Optional.empty());
    convene.memberships().accept(who, c.id());
    settle();
  }

  /** Reads the community's audit log as {@code admin} from now on (when ada is no longer one). */
  void auditBy(Community c, Actor admin) {
    auditors.put(c.id(), admin);
  }

  void follow(Actor who, Community c, NotificationLevel level, Delivery delivery) {
    convene.notifications().subscribe(who, c.id(), level, delivery);
  }

  /** Forgets what was audited, announced and delivered so far. */
  void settle() {
    deliver();
    auditSince();
    deliveredSeen = delivered.size();
  }

  // Content

  static ItemDraft.DocumentDraft doc(String title, Visibility visibility) {
    return ItemDraft.document(title, Locale.ENGLISH, visibility).summary("About " + title);
  }

  static ItemDraft.AnnouncementDraft notice(String title, Visibility visibility) {
    return ItemDraft.announcement(title, Locale.ENGLISH, visibility, "Please read: " + title);
  }

  /** Creates a draft; the journal names it by its title from now on. */
  Item draft(Actor author, Community c, ItemDraft draft) {
    Item item = convene.content().create(author, c.id(), draft);
    names.put(item.id().value(), item.title());
    return item;
  }

  /** Creates and publishes an item where it needs no review. */
  Item published(Actor author, Community c, ItemDraft draft) {
    return convene.content().publish(author, draft(author, c, draft).id());
  }

  /** The titles of the community's items the actor may see, newest first. */
  List<String> titles(Actor actor, Community c) {
    Page<Item> page = convene.content().list(actor, c.id(), ItemQuery.in(c.id()), PageRequest.first(100));
    return page.items().stream().map(Item::title).toList();
  }

  /** The titles in the actor's review queue for the community. */
  List<String> reviewQueue(Actor actor, Community c) {
    return convene.content().reviewQueue(actor, c.id(), PageRequest.first(100)).items().stream().map(Item::title)
        .toList();
  }

  // The executor

  private void execute(Runnable task) {
    if (holding) {
      queue.add(task);
    } else {
      task.run();
    }
  }

  /** Delivers what the outbox holds, unless notifications are held back. */
  private void deliver() {
    if (!holding) {
      convene.notifications().deliverPending();
    }
  }

  /** Holds back notifications and events until {@link #release()}. */
  void hold() {
    holding = true;
  }

  /** Runs what was held back, in order, and runs later tasks at once again. */
  void release() {
    holding = false;
    List<Runnable> held = List.copyOf(queue);
    queue.clear();
    held.forEach(Runnable::run);
    deliver();
  }

  // The journal

  static List<String> audited(String... lines) {
    return List.of(lines);
  }

  static List<String> told(String... lines) {
    return List.of(lines);
  }

  /**
   * Asserts exactly what was audited (in order) and delivered (in any order) since the last look:
   * audit lines such as {@code "semi: MEMBERSHIP_CHANGED olga by mo, REQUESTED -> ACTIVE MEMBER"},
   * deliveries such as {@code "mo <- membership.requested in semi"} or {@code "olga <- digest
   * [item.published in water: Open data]"}.
   */
  void saw(List<String> audited, List<String> told) {
    deliver();
    assertEquals(audited, auditSince(), "audited");
    List<String> fresh = List.copyOf(delivered.subList(deliveredSeen, delivered.size()));
    deliveredSeen += fresh.size();
    assertEquals(told.stream().sorted().toList(), fresh.stream().sorted().toList(), "notified");
  }

  void sawNothing() {
    saw(audited(), told());
  }

  /** Asserts that the call is refused with {@code type} and leaves no trace: no audit, event or notification. */
  <T extends Throwable> T denied(Class<T> type, Executable call) {
    int announced = events.size();
    int held = queue.size();
    T refusal = assertThrows(type, call);
    assertEquals(announced, events.size(), "events after a refusal");
    assertEquals(held, queue.size(), "tasks after a refusal");
    sawNothing();
    return refusal;
  }

  private List<String> auditSince() {
    List<AuditEntry> fresh = new ArrayList<>();
    auditors.forEach((c, admin) -> {
      Optional<PageRequest> next = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
      while (next.isPresent()) {
        PageRequest request = next.get();
        Page<AuditEntry> page = convene.audit().list(admin, c, request);
        page.items().stream().filter(e -> e.id() > auditSeen).forEach(fresh::add);
        next = request.next(page);
      }
    });
    fresh.sort(Comparator.comparingLong(AuditEntry::id));
    fresh.forEach(e -> assertEquals(clock.instant(), e.at(), "audited at the time of the step: " + e));
    auditSeen = fresh.stream().mapToLong(AuditEntry::id).max().orElse(auditSeen);
    return fresh.stream().map(this::line).toList();
  }

  private String line(AuditEntry e) {
    String change = e.before().isPresent() || e.after().isPresent()
        ? ", " + e.before().orElse("-") + " -> " + e.after().orElse("-") : "";
    return named(e.community().orElseThrow().value()) + ": " + e.action() + " " + named(e.subject()) + " by "
        + e.actor().map(UserId::value).orElse("the platform") + change
        + e.reason().map(r -> " (" + named(r) + ")").orElse("");
  }

  private String line(Notification n) {
    return n.kind() + " in " + named(n.community().value()) + n.item().map(i -> ": " + named(i.value())).orElse("");
  }

  /** The text with every id the world made replaced by the slug or title it stands for. */
  private String named(String text) {
    String result = text;
    for (Map.Entry<String, String> name : names.entrySet()) {
      result = result.replace(name.getKey(), name.getValue());
    }
    return result;
  }

  /** Runs the call on a thread of its own and returns what it returned, or throws what it threw. */
  static <T> T onFreshThread(Callable<T> call) throws Exception {
    FutureTask<T> task = new FutureTask<>(call);
    new Thread(task).start();
    try {
      return task.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  /** Records each notification and digest as a journal line. */
  private final class RecordingSink implements NotificationSink {
    @Override
    public String name() {
      return "walkthrough";
    }

    @Override
    public void deliver(Notification notification) {
      delivered.add(notification.recipient().value() + " <- " + line(notification));
    }

    @Override
    public void deliverDigest(List<Notification> digest) {
      UserId recipient = digest.get(0).recipient();
      digest.forEach(n -> assertEquals(recipient, n.recipient(), "one recipient per digest"));
      delivered.add(recipient.value() + " <- digest ["
          + digest.stream().map(WalkthroughWorld.this::line).collect(Collectors.joining("; ")) + "]");
    }
  }
}
