package dev.convene.search.internal;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.EntityKind;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Storage;
import dev.convene.storage.Transaction;
import dev.convene.storage.internal.ChangeCursor;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The search's in-memory view of every community's settings and of the taxonomy, kept current from
 * the change log, so that deciding an audience never reads communities from the store.
 *
 * <p>Every query calls {@link #sync(Actor)}: it learns the store's last committed sequence and, when
 * that is one the view has applied and the actor's memberships are known, uses the view as it is;
 * otherwise one read transaction applies the community, membership and taxonomy changes committed
 * since the last call and finds the actor's memberships. The last sequence is asked of the store (one
 * statement on a database, no transaction) unless the store {@linkplain Storage#writesEnded() counts
 * its writes} and no write went through it since the last answer, which is then used again for up to
 * {@code writesElsewhereWithin} (zero by default: asked every time). A privacy, settings or membership
 * change written through this store therefore counts from the very next query, whatever the indexer
 * is doing; one written elsewhere (another node on the same database) from the next query too by
 * default, or within that interval.
 *
 * <p>The memberships of the most recent users are kept, so that a search reads them from the store
 * only on the user's first search or after a change: a {@code MEMBERSHIP} entry of the change log
 * (whose id is the user's) forgets that user's. Memberships read in a transaction are kept only if
 * its snapshot holds every entry the view has applied; one that began before another search applied
 * a change could otherwise keep what that change replaced, after the entry that would forget it had
 * been consumed.
 */
public final class WorldView {
  private static final int BATCH = 500;

  private final Storage storage;
  private final Clock clock;
  private final Duration gapTimeout;
  private final long elsewhereNanos;
  private volatile @Nullable World world;
  private @Nullable ChangeCursor cursor;
  /** The memberships of recent users, least recently used first; guarded by this view. */
  private final LinkedHashMap<UserId, Memberships> memberships;
  /**
   * The store's last answer: its last sequence, its count of writes before it was asked (-1 before
   * the first answer), and when; guarded by this view.
   */
  private long askedLast = -1;
  private long askedWrites = -1;
  private long askedAt;

  /**
   * A view of {@code storage}'s communities and taxonomy, keeping the memberships of at most {@code
   * users} users, and taking writes made elsewhere into account within {@code writesElsewhereWithin}
   * when the store counts its own.
   */
  public WorldView(Storage storage, Clock clock, Duration gapTimeout, Duration writesElsewhereWithin, int users) {
    this.storage = storage;
    this.clock = clock;
    this.gapTimeout = gapTimeout;
    this.elsewhereNanos = writesElsewhereWithin.toNanos();
    this.memberships = new LinkedHashMap<>(64, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<UserId, Memberships> eldest) {
        return size() > users;
      }
    };
  }

  /** The world as it was at the last sync, and the actor's memberships as of then. */
  public record Synced(World world, Memberships memberships) {}

  /**
   * Brings the view up to date and finds the actor's memberships: without a transaction when the
   * store has committed nothing new and the memberships are known, else in one read transaction.
   */
  public Synced sync(Actor actor) {
    Synced unchanged = unchanged(actor);
    return unchanged != null ? unchanged : storage.read(tx -> synced(tx, actor));
  }

  /**
   * The view as it is, if the store's last committed sequence is one the view has applied and the
   * actor's memberships are known: at most one look at the store's last sequence, no transaction.
   * Null otherwise, and while a gap in the log is open, which a transaction that commits late could
   * fill below that sequence.
   */
  private @Nullable Synced unchanged(Actor actor) {
    long floor;
    synchronized (this) {
      if (world == null || cursor == null || !cursor.settled()) {
        return null;
      }
      floor = cursor.floor();
    }
    long last = lastSequence();
    synchronized (this) {
      // the floor only rises: every sequence up to the store's last is applied to the view as it is now
      World current = world;
      if (last > floor || current == null) {
        return null;
      }
      if (actor.user().isEmpty()) {
        return new Synced(current, Memberships.NONE);
      }
      Memberships known = memberships.get(actor.user().get());
      return known == null ? null : new Synced(current, known);
    }
  }

  /**
   * The store's last sequence: its last answer again while no write went through the store since
   * that answer was asked for and {@code writesElsewhereWithin} has not passed, else a new answer.
   */
  private long lastSequence() {
    OptionalLong writes = storage.writesEnded();
    long now = System.nanoTime();
    synchronized (this) {
      if (writes.isPresent() && writes.getAsLong() == askedWrites && now - askedAt < elsewhereNanos) {
        return askedLast;
      }
    }
    // the count is read before the question: a write that ends meanwhile makes the next query ask again
    long last = storage.lastSequence();
    synchronized (this) {
      // never replaced by an older answer of a search that asked earlier and came back later
      if (writes.isPresent() && (askedWrites < 0 || now - askedAt >= 0)) {
        askedLast = last;
        askedWrites = writes.getAsLong();
        askedAt = now;
      }
    }
    return last;
  }

  private synchronized Synced synced(Transaction tx, Actor actor) {
    World current = catchUp(tx);
    if (actor.user().isEmpty()) {
      return new Synced(current, Memberships.NONE);
    }
    UserId user = actor.user().get();
    Memberships known = memberships.get(user);
    if (known != null) {
      return new Synced(current, known);
    }
    Memberships read = Memberships.of(tx.memberships().ofUser(user));
    ChangeCursor at = cursor;
    if (at != null && tx.changes().lastSequence() >= at.highest()) {
      memberships.put(user, read);
    }
    return new Synced(current, read);
  }

  /** Brings the view up to date and returns it. */
  public World current() {
    return storage.read(this::catchUp);
  }

  private synchronized World catchUp(Transaction tx) {
    World known = world;
    if (known == null || cursor == null) {
      long position = tx.changes().lastSequence();
      known = World.of(1, loadCommunities(tx), tx.taxonomy().current().taxonomy());
      cursor = new ChangeCursor(position, gapTimeout);
      world = known;
      return known;
    }
    List<ChangeEntry> fresh = cursor.poll(tx.changes(), BATCH);
    while (!fresh.isEmpty()) {
      Map<CommunityId, Optional<Community>> changed = new HashMap<>();
      boolean taxonomy = false;
      for (ChangeEntry entry : fresh) {
        if (entry.kind() == EntityKind.COMMUNITY) {
          CommunityId id = CommunityId.of(entry.id());
          changed.put(id, tx.communities().get(id));
        } else if (entry.kind() == EntityKind.MEMBERSHIP) {
          memberships.remove(UserId.of(entry.id()));
        } else if (entry.kind() == EntityKind.TAXONOMY) {
          taxonomy = true;
        }
        cursor.applied(entry.sequence());
      }
      if (!changed.isEmpty()) {
        known = known.withCommunities(changed);
      }
      if (taxonomy) {
        known = known.withTaxonomy(tx.taxonomy().current().taxonomy());
      }
      fresh = fresh.size() >= BATCH ? cursor.poll(tx.changes(), BATCH) : List.of();
    }
    // settled even when nothing new came: a gap that no late commit fills closes after the gap
    // timeout, and the next searches use the view without a transaction again
    cursor.settle(clock.instant());
    world = known;
    return known;
  }

  private static Map<CommunityId, Community> loadCommunities(Transaction tx) {
    Map<CommunityId, Community> all = new HashMap<>();
    Optional<PageRequest> request = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
    while (request.isPresent()) {
      Page<Community> page = tx.communities().list(CommunityQuery.all(), request.get());
      page.items().forEach(c -> all.put(c.id(), c));
      request = request.get().next(page);
    }
    return all;
  }
}
