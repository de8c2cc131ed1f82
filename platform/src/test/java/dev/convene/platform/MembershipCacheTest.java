package dev.convene.platform;

import static dev.convene.platform.MembershipWorld.ADA;
import static dev.convene.platform.MembershipWorld.OLGA;
import static dev.convene.platform.MembershipWorld.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.Community;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.PageRequest;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reads go through the policy cache; a membership change is seen on the very next call, on any thread. */
class MembershipCacheTest {
  private final MembershipWorld w = new MembershipWorld();
  private final MembershipService members = w.memberships;
  private final ExecutorService other = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    other.shutdownNow();
  }

  /** Runs the call on the other thread and returns what it threw, or null. */
  private Throwable onOtherThread(Runnable call) throws InterruptedException {
    Future<?> result = other.submit(call);
    try {
      result.get();
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }

  private void hiddenGroupAfter(Consumer<Community> departure) throws InterruptedException {
    Community secret = w.community("secret", b -> b.purpose(Purpose.HIDDEN_GROUP));
    members.invite(ADA, secret.id(), id(OLGA), Optional.empty());
    members.accept(OLGA, secret.id());
    Runnable get = () -> w.communities.get(OLGA, secret.id());
    Runnable list = () -> members.members(OLGA, secret.id(), MemberQuery.all(), PageRequest.first(10));
    // Both threads have read through the cache while olga was a member.
    assertEquals(secret, w.communities.get(OLGA, secret.id()));
    assertEquals(null, onOtherThread(get));
    assertEquals(null, onOtherThread(list));

    departure.accept(secret);

    assertThrows(NotFoundException.class, get::run);
    assertInstanceOf(NotFoundException.class, onOtherThread(get));
    assertInstanceOf(NotFoundException.class, onOtherThread(list));
  }

  @Test
  @DisplayName("a member removed from a hidden group no longer finds it on the very next call, from any thread")
  void removed() throws InterruptedException {
    hiddenGroupAfter(secret -> members.remove(ADA, secret.id(), id(OLGA)));
  }

  @Test
  @DisplayName("a member blocked in a hidden group no longer finds it on the very next call, from any thread")
  void blocked() throws InterruptedException {
    hiddenGroupAfter(secret -> members.block(ADA, secret.id(), id(OLGA)));
  }

  @Test
  @DisplayName("a member who leaves a closed community loses its member list on the very next call, from any thread")
  void left() throws InterruptedException {
    Community semi = w.community("semi", b -> b.privacy(Privacy.SEMI_PRIVATE));
    members.invite(ADA, semi.id(), id(OLGA), Optional.empty());
    members.accept(OLGA, semi.id());
    Runnable list = () -> members.members(OLGA, semi.id(), MemberQuery.all(), PageRequest.first(10));
    assertEquals(null, onOtherThread(list));
    assertEquals(Optional.of(semi.id()), members.membership(OLGA, semi.id()).map(m -> m.community()));

    members.leave(OLGA, semi.id());

    assertThrows(AccessDeniedException.class, list::run);
    assertInstanceOf(AccessDeniedException.class, onOtherThread(list));
    assertEquals(Optional.empty(), members.membership(OLGA, semi.id()));
  }
}
