package dev.convene.storage.memory;

import dev.convene.core.ConflictException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.storage.ChangeKind;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.CommunityStore;
import dev.convene.storage.EntityKind;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.ParentFilter;
import dev.convene.storage.internal.Args;
import dev.convene.storage.internal.Cursors;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.stream.Stream;

/** The communities of an in-memory store; listings go by slug. */
final class MemoryCommunities extends MemoryStore implements CommunityStore {
  private static final String LISTING = "communities";

  MemoryCommunities(MemoryTransaction tx) {
    super(tx);
  }

  @Override
  public Optional<Community> get(CommunityId id) {
    Checks.required(id, "id");
    return tx.read(() -> tables.communities.get(id));
  }

  @Override
  public Optional<Community> bySlug(String slug) {
    Checks.required(slug, "slug");
    return tx.read(() -> tables.slugs.get(slug).flatMap(tables.communities::get));
  }

  @Override
  public Community insert(Community community) {
    Checks.required(community, "community");
    Args.newVersion(community.version(), "version");
    return tx.write(() -> {
      if (tables.communities.contains(community.id())) {
        throw new ConflictException("duplicate-id", Map.of("kind", "community", "id", community.id().value()),
            "community " + community.id() + " already exists");
      }
      requireFreeSlug(community);
      community.parent().ifPresent(parent -> Rows.requireCommunity(tables, parent));
      return store(community.withVersion(1), ChangeKind.CREATED);
    });
  }

  @Override
  public Community update(Community community) {
    Checks.required(community, "community");
    Args.storedVersion(community.version(), "version");
    return tx.write(() -> {
      Community stored = tables.communities.get(community.id())
          .orElseThrow(() -> Rows.notFound("community " + community.id()));
      Rows.checkVersion("community " + community.id(), stored.version(), community.version());
      requireFreeSlug(community);
      community.parent().ifPresent(parent -> Rows.requireCommunity(tables, parent));
      tables.slugs.remove(stored.slug(), tx.undo());
      return store(community.withVersion(stored.version() + 1), ChangeKind.UPDATED);
    });
  }

  @Override
  public void claim(CommunityId id, long expectedVersion) {
    Checks.required(id, "id");
    Args.storedVersion(expectedVersion, "expectedVersion");
    // a writing transaction runs alone here: checking the version is all a claim needs
    tx.write(() -> {
      Community stored = tables.communities.get(id).orElseThrow(() -> Rows.notFound("community " + id));
      Rows.checkVersion("community " + id, stored.version(), expectedVersion);
      return stored;
    });
  }

  @Override
  public void delete(CommunityId id, long expectedVersion) {
    Checks.required(id, "id");
    Args.storedVersion(expectedVersion, "expectedVersion");
    tx.write(() -> {
      Community stored = tables.communities.get(id).orElseThrow(() -> Rows.notFound("community " + id));
      Rows.checkVersion("community " + id, stored.version(), expectedVersion);
      requireNoDependents(id);
      Keys.Member.range(tables.subscriptions.rows(), id, Optional.empty()).map(Map.Entry::getKey).toList()
          .forEach(key -> tables.subscriptions.remove(key, tx.undo()));
      MemoryGuidelines.deleteForCommunity(tx, id);
      tables.slugs.remove(stored.slug(), tx.undo());
      tables.communities.remove(id, tx.undo());
      tx.logChange(EntityKind.COMMUNITY, id.value(), Optional.of(id), ChangeKind.DELETED);
      return null;
    });
  }

  @Override
  public Page<Community> list(CommunityQuery query, PageRequest page) {
    Checks.required(query, "query");
    Checks.required(page, "page");
    Optional<String> after = page.after().map(c -> Cursors.decode(c, LISTING, 1, key -> key.get(0)));
    return tx.read(() -> Rows.page(bySlug(after).filter(query::matches), page.limit(),
        community -> Cursors.encode(LISTING, community.slug())));
  }

  @Override
  public List<Community> workingGroups(CommunityId parent) {
    ParentFilter filter = ParentFilter.workingGroupsOf(Checks.required(parent, "parent"));
    return tx.read(() -> bySlug(Optional.empty()).filter(c -> filter.matches(c.parent())).toList());
  }

  /** The communities in slug order, after {@code after} if given. */
  private Stream<Community> bySlug(Optional<String> after) {
    NavigableMap<String, CommunityId> slugs = tables.slugs.rows();
    return after.map(slug -> slugs.tailMap(slug, false)).orElse(slugs).values().stream()
        .map(id -> tables.communities.get(id).orElseThrow());
  }

  private Community store(Community community, ChangeKind op) {
    tables.communities.put(community.id(), community, tx.undo());
    tables.slugs.put(community.slug(), community.id(), tx.undo());
    tx.logChange(EntityKind.COMMUNITY, community.id().value(), Optional.of(community.id()), op);
    return community;
  }

  private void requireFreeSlug(Community community) {
    tables.slugs.get(community.slug()).filter(owner -> !owner.equals(community.id())).ifPresent(owner -> {
      throw new ConflictException("duplicate-slug", Map.of("slug", community.slug()),
          "the slug \"" + community.slug() + "\" is taken by another community");
    });
  }

  private void requireNoDependents(CommunityId id) {
    refuseIf(tables.communities.rows().values().stream().anyMatch(c -> c.parent().equals(Optional.of(id))), id,
        "working groups");
    refuseIf(Keys.Member.range(tables.memberships.rows(), id, Optional.empty()).findAny().isPresent(), id,
        "memberships");
    refuseIf(tables.items.rows().values().stream().anyMatch(item -> item.community().equals(id)), id, "items");
  }

  private static void refuseIf(boolean hasDependents, CommunityId id, String dependents) {
    if (hasDependents) {
      throw new ConflictException("has-dependents", Map.of("dependents", dependents.replace(' ', '-')),
          "community " + id + " still has " + dependents + "; delete them first");
    }
  }
}
