package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.PolicySettings;
import dev.convene.storage.AuditLog;
import dev.convene.storage.ChangeLog;
import dev.convene.storage.CommunityStore;
import dev.convene.storage.DigestStore;
import dev.convene.storage.ItemStore;
import dev.convene.storage.MembershipStore;
import dev.convene.storage.OutboxStore;
import dev.convene.storage.RegistrationStore;
import dev.convene.storage.Storage;
import dev.convene.storage.SubscriptionStore;
import dev.convene.storage.TaxonomyStore;
import dev.convene.storage.Transaction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Publishing while the community opens, on PostgreSQL, whose transactions see a snapshot: the author's
 * write reads the community still private (so no curator is needed) and, before it writes, another
 * node opens the community and commits; the hold that comes with the opening cannot see the item,
 * still a draft in its snapshot. Without a claim on the community both would commit and the item
 * would be public unreviewed. The interleaving is fixed: the opening runs, to its commit, inside the
 * author's transaction, after its first read.
 */
class CurationRaceOnPostgresTest {
  private static final Actor ADA = Actor.user("ada");
  private static final Actor MEL = Actor.user("mel");
  private static final Actor ANON = Actor.anonymous();
  private static final Actor CURT = Actor.user("curt", PlatformRole.CURATOR);

  private SharedDatabase database;
  private Convene author;
  private Convene admin;
  /** What runs once, inside the author's next transaction, after it read the item. */
  private final AtomicReference<Runnable> meanwhile = new AtomicReference<>();

  @BeforeEach
  void nodes() {
    database = SharedDatabase.postgres();
    PolicySettings curated = PolicySettings.defaults().withCuratePublicContent(true);
    admin = Convene.builder().storage(database.open()).policySettings(curated).build();
    author = Convene.builder().storage(new Interleaved(database.open())).policySettings(curated).build();
  }

  @AfterEach
  void close() {
    author.close();
    admin.close();
    database.close();
  }

  private Community closedWithMel() {
    Community closed = admin.communities().create(ADA, "closed", b -> b.name("Closed").privacy(Privacy.PRIVATE));
    admin.storage().useTransaction(tx -> tx.memberships().insert(new Membership(closed.id(), UserId.of("mel"),
        MembershipState.ACTIVE, Role.MEMBER, Optional.empty(), Optional.empty(), Instant.now(), Optional.empty(),
        0)));
    return closed;
  }

  /** Opens the community from the admin's node, on another thread, to its commit. */
  private Runnable opening(Community community) {
    return () -> CompletableFuture.runAsync(() -> {
      Community current = admin.communities().get(ADA, community.id());
      admin.communities().update(ADA, community.id(), current.version(), b -> b.privacy(Privacy.PUBLIC));
    }).join();
  }

  @Test
  @DisplayName("a publication racing the opening is a conflict; tried again, it waits for curators")
  void publishingWhileOpening() {
    Community closed = closedWithMel();
    ItemId draft = author.content().create(MEL, closed.id(), ItemDraft.document("Inside", Locale.ENGLISH,
        Visibility.PUBLIC).summary("A plan")).id();
    meanwhile.set(opening(closed));

    assertThrows(ConflictException.class, () -> author.content().submitOrPublish(MEL, draft));

    assertEquals(Privacy.PUBLIC, admin.communities().get(ADA, closed.id()).privacy());
    assertEquals(ReviewState.DRAFT, admin.content().get(MEL, draft).reviewState());
    assertThrows(NotFoundException.class, () -> admin.content().get(ANON, draft));
    Item tried = author.content().submitOrPublish(MEL, draft);
    assertEquals(ReviewState.SUBMITTED, tried.reviewState());
    assertThrows(NotFoundException.class, () -> admin.content().get(ANON, draft));
    assertEquals(ReviewState.SUBMITTED, admin.content().get(CURT, draft).reviewState());
  }

  @Test
  @DisplayName("an edit making a published item public, racing the opening, is a conflict and changes nothing")
  void wideningWhileOpening() {
    Community closed = closedWithMel();
    Item published = author.content().submitOrPublish(MEL, author.content().create(MEL, closed.id(),
        ItemDraft.document("Notes", Locale.ENGLISH, Visibility.MEMBERS).summary("Ours")).id());
    meanwhile.set(opening(closed));

    assertThrows(ConflictException.class, () -> author.content().edit(MEL,
        published.withHeader(published.header().withVisibility(Visibility.PUBLIC, published.updated()))));

    Item stored = admin.content().get(MEL, published.id());
    assertEquals(Visibility.MEMBERS, stored.visibility());
    assertThrows(NotFoundException.class, () -> admin.content().get(ANON, published.id()));
  }

  /** A store whose transactions run {@link #meanwhile}, once, right after their first read of an item. */
  private final class Interleaved implements Storage {
    private final Storage inner;

    Interleaved(Storage inner) {
      this.inner = inner;
    }

    @Override
    public String name() {
      return inner.name();
    }

    @Override
    public <T> T inTransaction(Function<? super Transaction, ? extends T> work) {
      return inner.inTransaction(tx -> work.apply(wrap(tx)));
    }

    @Override
    public <T> T read(Function<? super Transaction, ? extends T> work) {
      return inner.read(work);
    }

    private Transaction wrap(Transaction tx) {
      ItemStore items = (ItemStore) Proxy.newProxyInstance(ItemStore.class.getClassLoader(),
          new Class<?>[] {ItemStore.class}, (proxy, method, args) -> {
            Object result;
            try {
              result = method.invoke(tx.items(), args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
            Runnable once = method.getName().equals("get") ? meanwhile.getAndSet(null) : null;
            if (once != null) {
              once.run();
            }
            return result;
          });
      return new Transaction() {
        @Override public boolean isReadOnly() { return tx.isReadOnly(); }
        @Override public CommunityStore communities() { return tx.communities(); }
        @Override public MembershipStore memberships() { return tx.memberships(); }
        @Override public ItemStore items() { return items; }
        @Override public TaxonomyStore taxonomy() { return tx.taxonomy(); }
        @Override public AuditLog audit() { return tx.audit(); }
        @Override public SubscriptionStore subscriptions() { return tx.subscriptions(); }
        @Override public RegistrationStore registrations() { return tx.registrations(); }
        @Override public dev.convene.storage.GuidelinesStore guidelines() { return tx.guidelines(); }
        @Override public dev.convene.storage.VoteStore votes() { return tx.votes(); }
        @Override public dev.convene.storage.ReportStore reports() { return tx.reports(); }
        @Override public DigestStore digests() { return tx.digests(); }
        @Override public ChangeLog changes() { return tx.changes(); }
        @Override public OutboxStore outbox() { return tx.outbox(); }
      };
    }
  }
}
