package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.event.MembershipChanged;
import dev.convene.core.membership.MembershipEvent;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.platform.internal.Describe;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Many threads change memberships and settings of a few communities at once; afterwards the store,
 * the audit log and the events tell one consistent story. Threads interleave as they will; the seed
 * fixes only what each thread tries.
 */
class MembershipConcurrencyTest {
  private static final int THREADS = 16;
  private static final Duration RUN = Duration.ofSeconds(2);
  private static final List<UserId> USERS = IntStream.range(0, 24)
      .mapToObj(i -> UserId.of(String.format("u%02d", i))).toList();

  private enum Op { JOIN, REQUEST, APPROVE, LEAVE, ROLE, SETTINGS }

  private final MembershipWorld w = new MembershipWorld();
  private final MembershipService members = w.memberships;
  private final Community open = w.community("open", b -> b);
  private final Community asking = w.community("asking", b -> b.joinPolicy(JoinPolicy.REQUEST));
  private final Community group = w.workingGroup(open, "group", b -> b);
  private final Community other = w.community("other", b -> b);
  private final List<Community> all = List.of(open, asking, group, other);
  private final Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();
  private final List<Throwable> unexpected = new CopyOnWriteArrayList<>();

  private int succeeded(Op op, Community c) {
    return successes.getOrDefault(op + " " + c.slug(), new AtomicInteger()).get();
  }

  private List<Membership> stored(Community c) {
    return w.storage.read(tx -> tx.memberships().all(c.id()));
  }

  private static <T> Optional<T> pick(Random random, List<T> from) {
    return from.isEmpty() ? Optional.empty() : Optional.of(from.get(random.nextInt(from.size())));
  }

  private Optional<Actor> admin(Random random, Community c) {
    return pick(random, stored(c).stream().filter(m -> m.hasRole(Role.ADMIN)).map(m -> Actor.user(m.user())).toList());
  }

  private Optional<UserId> in(Random random, Community c, Predicate<Membership> which) {
    return pick(random, stored(c).stream().filter(which).map(Membership::user).toList());
  }

  /** Tries one random operation on the community; true if it succeeded. */
  private boolean attempt(Random random, Op op, Community c) {
    Actor someone = Actor.user(USERS.get(random.nextInt(USERS.size())));
    switch (op) {
      case JOIN -> members.join(someone, c.id());
      case REQUEST -> members.request(someone, c.id(), Optional.empty());
      case APPROVE -> {
        Optional<Actor> admin = admin(random, c);
        Optional<UserId> requester = in(random, c, m -> m.state() == MembershipState.REQUESTED);
        if (admin.isEmpty() || requester.isEmpty()) {
          return false;
        }
        members.approve(admin.get(), c.id(), requester.get());
      }
      case LEAVE -> members.leave(someone, c.id());
      case ROLE -> {
        Optional<Actor> admin = admin(random, c);
        Optional<UserId> member = in(random, c, Membership::isActive);
        if (admin.isEmpty() || member.isEmpty()) {
          return false;
        }
        members.changeRole(admin.get(), c.id(), member.get(), Role.values()[random.nextInt(Role.values().length)]);
      }
      case SETTINGS -> {
        return editSettings(random, c);
      }
    }
    return true;
  }

  /** Edits the community's description, reading again and retrying while the version is stale. */
  private boolean editSettings(Random random, Community c) {
    for (int tries = 0; tries < 20; tries++) {
      Optional<Actor> admin = admin(random, c);
      Community current = w.storage.read(tx -> tx.communities().get(c.id())).orElseThrow();
      if (admin.isEmpty()) {
        return false;
      }
      try {
        w.communities.update(admin.get(), c.id(), current.version(),
            b -> b.description(LocalizedText.of("en", "edit " + random.nextInt())));
        return true;
      } catch (ConflictException e) {
        // a concurrent edit: read again
      }
    }
    return false;
  }

  private void work(long seed, long deadline) {
    Random random = new Random(seed);
    Op[] ops = Op.values();
    while (System.nanoTime() < deadline) {
      Op op = ops[random.nextInt(ops.length)];
      Community c = all.get(random.nextInt(all.size()));
      try {
        if (attempt(random, op, c)) {
          successes.computeIfAbsent(op + " " + c.slug(), k -> new AtomicInteger()).incrementAndGet();
        }
      } catch (ConflictException | AccessDeniedException e) {
        // refused: the join policy, or the race moved the state on
      } catch (RuntimeException | AssertionError e) {
        unexpected.add(e);
      }
    }
  }

  @Test
  @DisplayName("16 threads of joins, requests, approvals, leaves, role changes and settings edits lose nothing and break no invariant")
  void noLostUpdates() throws Exception {
    long seed = Long.getLong("convene.concurrency.seed", System.nanoTime());
    System.out.println("MembershipConcurrencyTest seed: " + seed + " (rerun with -Dconvene.concurrency.seed=" + seed + ")");
    w.events.clear();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long deadline = System.nanoTime() + RUN.toNanos();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      long threadSeed = seed + t;
      running.add(pool.submit(() -> work(threadSeed, deadline)));
    }
    for (Future<?> f : running) {
      f.get(RUN.toSeconds() + 30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    System.out.println("MembershipConcurrencyTest successes: " + new TreeMap<>(successes));
    assertEquals(List.of(), unexpected);

    for (Community c : all) {
      checkCommunity(c);
    }
    checkOneMembershipPerUser();
    for (Op op : Op.values()) {
      assertTrue(all.stream().mapToInt(c -> succeeded(op, c)).sum() > 0, "no " + op + " succeeded");
    }
  }

  private void checkCommunity(Community c) {
    String name = c.slug();
    List<AuditEntry> audit = w.audit(c.id());
    Community now = w.storage.read(tx -> tx.communities().get(c.id())).orElseThrow();
    int edits = succeeded(Op.SETTINGS, c);
    assertEquals(1 + edits, now.version(), name + ": every settings edit that returned is a version");
    assertEquals(edits, audit.stream().filter(e -> e.action() == AuditAction.SETTINGS_CHANGED).count(), name);

    List<AuditEntry> transitions = audit.stream().filter(e -> e.action() == AuditAction.MEMBERSHIP_CHANGED
        || e.action() == AuditAction.ROLE_CHANGED).toList();
    List<MembershipChanged> events = w.events.stream().filter(e -> e.community().equals(c.id())).toList();
    long cascaded = events.stream().filter(e -> e.kind() == MembershipEvent.REMOVED).count();
    int calls = 0;
    for (Op op : List.of(Op.JOIN, Op.REQUEST, Op.APPROVE, Op.LEAVE, Op.ROLE)) {
      calls += succeeded(op, c);
    }
    assertEquals(1 + calls + cascaded, transitions.size(), name + ": one audit entry per transition, the founding first");
    assertEquals(transitions.size() - 1, events.size(), name + ": one event per transition");

    // Replaying the log: each transition starts where the previous one of that user ended, the
    // community never has no admin, and the end is what the store holds.
    Map<UserId, String> state = new HashMap<>();
    for (AuditEntry e : transitions) {
      UserId user = UserId.of(e.subject());
      assertEquals(state.getOrDefault(user, "none"), e.before().orElseThrow(), name + ": lost update at " + e);
      state.put(user, e.after().orElseThrow());
      assertTrue(state.containsValue("ACTIVE ADMIN"), name + ": no admin after " + e);
    }
    List<Membership> stored = stored(c);
    Map<UserId, String> expected = new HashMap<>();
    stored.forEach(m -> expected.put(m.user(), Describe.membership(m)));
    state.values().removeIf("none"::equals);
    assertEquals(expected, state, name + ": the log replays to the store");

    long active = stored.stream().filter(Membership::isActive).count();
    assertEquals(1 + succeeded(Op.JOIN, c) + succeeded(Op.APPROVE, c) - succeeded(Op.LEAVE, c) - cascaded, active,
        name + ": active members");
    long requested = stored.stream().filter(m -> m.state() == MembershipState.REQUESTED).count();
    assertEquals(succeeded(Op.REQUEST, c) - succeeded(Op.APPROVE, c), requested, name + ": requests");
    if (c == group) {
      assertTrue(cascaded > 0, "nobody left the working group by leaving its parent");
      List<Membership> parent = stored(open);
      for (Membership m : stored) {
        assertTrue(parent.stream().anyMatch(p -> p.user().equals(m.user()) && p.isActive()),
            "working-group member outside the parent: " + m);
      }
    }
  }

  private void checkOneMembershipPerUser() {
    for (Community c : all) {
      List<UserId> users = stored(c).stream().map(Membership::user).toList();
      assertEquals(users.size(), new HashSet<>(users).size(), c.slug());
    }
    for (UserId u : USERS) {
      List<CommunityId> of = w.storage.read(tx -> tx.memberships().ofUser(u)).stream().map(Membership::community)
          .toList();
      assertEquals(of.size(), new HashSet<>(of).size(), u.value());
    }
  }
}
