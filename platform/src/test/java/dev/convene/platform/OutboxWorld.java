package dev.convene.platform;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.Storage;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** What the outbox tests share: a community filled through the store, and a sink that remembers. */
final class OutboxWorld {
  static final Actor ADA = Actor.user("ada");

  private OutboxWorld() {}

  /** The members {@link #community} adds besides ada: {@code m00000}, {@code m00001}, ... */
  static Set<String> members(int count) {
    return IntStream.range(0, count).mapToObj(OutboxWorld::member).collect(Collectors.toCollection(TreeSet::new));
  }

  static String member(int i) {
    return String.format(Locale.ROOT, "m%05d", i);
  }

  /** A public community founded by ada, with {@code count} more active members written straight into the store. */
  static Community community(Convene convene, String slug, int count) {
    Community c = convene.communities().create(ADA, slug, b -> b.name("Water"));
    Storage storage = convene.storage();
    for (int from = 0; from < count; from += 1_000) {
      int start = from;
      storage.useTransaction(tx -> {
        for (int i = start; i < Math.min(count, start + 1_000); i++) {
          tx.memberships().insert(new Membership(c.id(), UserId.of(member(i)), MembershipState.ACTIVE, Role.MEMBER,
              Optional.empty(), Optional.empty(), Instant.parse("2026-03-02T09:00:00Z"), Optional.empty(), 0));
        }
      });
    }
    return c;
  }

  /** Ada makes the community semi-private: every member hears of it at once, by default. */
  static void closeUp(Convene convene, Community c) {
    Community now = convene.communities().get(ADA, c.id());
    convene.communities().update(ADA, c.id(), now.version(),
        b -> b.privacy(Privacy.SEMI_PRIVATE).joinPolicy(JoinPolicy.REQUEST));
  }

  /** Remembers every notification it accepted, and who was handed one, in order. */
  static class RecordingSink implements NotificationSink {
    final List<Notification> accepted = new CopyOnWriteArrayList<>();
    final List<String> offered = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
      return "recording";
    }

    @Override
    public void deliver(Notification notification) {
      offered.add(notification.recipient().value());
      accept(notification);
      accepted.add(notification);
    }

    /** What the sink does before it accepts; throw to refuse. */
    void accept(Notification notification) {}

    /** The recipients of accepted notifications of {@code kind}, each id once, checking that a repeat is equal. */
    Set<String> recipients(String kind) {
      Map<NotificationId, Notification> byId = new ConcurrentHashMap<>();
      for (Notification n : accepted) {
        Notification first = byId.putIfAbsent(n.id(), n);
        if (first != null && !first.equals(n)) {
          throw new AssertionError("two notifications share the id " + n.id() + ": " + first + " and " + n);
        }
      }
      return byId.values().stream().filter(n -> n.kind().equals(kind)).map(n -> n.recipient().value())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
