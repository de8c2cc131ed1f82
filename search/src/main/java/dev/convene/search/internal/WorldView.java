package dev.convene.search.internal;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The search's in-memory view of every community's settings and of the taxonomy, kept current from
 * the change log, so that deciding an audience never reads communities from the store.
 *
 * <p>Every query calls {@link #sync(Actor)}: one read transaction that applies the community and
 * taxonomy changes committed since the last call (usually none) and reads the actor's memberships.
 * A privacy, settings or membership change therefore counts from the very next query, whatever the
 * indexer is doing.
 */
public final class WorldView {
  private static final int BATCH = 500;

  private final Storage storage;
  private final Clock clock;
  private final Duration gapTimeout;
  private volatile @Nullable World world;
  private @Nullable ChangeCursor cursor;

  public WorldView(Storage storage, Clock clock, Duration gapTimeout) {
    this.storage = storage;
    this.clock = clock;
    this.gapTimeout = gapTimeout;
  }

  /** The world as it was at the last sync, and the actor's memberships read with it. */
  public record Synced(World world, List<Membership> memberships) {}

  /** Brings the view up to date and reads the actor's memberships, in one read transaction. */
  public Synced sync(Actor actor) {
    return storage.read(tx -> {
      World current = catchUp(tx);
      List<Membership> memberships = actor.user().map(u -> tx.memberships().ofUser(u)).orElse(List.of());
      return new Synced(current, memberships);
    });
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
      cursor.settle(clock.instant());
      fresh = fresh.size() >= BATCH ? cursor.poll(tx.changes(), BATCH) : List.of();
    }
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
