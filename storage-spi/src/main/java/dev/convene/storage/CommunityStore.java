package dev.convene.storage;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import java.util.List;
import java.util.Optional;

/**
 * The communities of a store, each a versioned aggregate with a unique slug. Every write appends a
 * {@link ChangeEntry} ({@link EntityKind#COMMUNITY}) in the same transaction. Obtained from {@link
 * Transaction#communities()}.
 */
public interface CommunityStore {

  /**
   * The community with this id, if there is one.
   *
   * @param id the community's id
   * @return the community, or empty
   * @throws dev.convene.core.ValidationException if {@code id} is missing
   */
  Optional<Community> get(CommunityId id);

  /**
   * The community with this slug, if there is one. Slugs compare exactly (they are lower case by
   * construction).
   *
   * @param slug the slug to look up
   * @return the community, or empty
   * @throws dev.convene.core.ValidationException if {@code slug} is missing
   */
  Optional<Community> bySlug(String slug);

  /**
   * Stores a new community and returns the stored copy, at version 1.
   *
   * @param community the new community, at version 0
   * @return the stored community
   * @throws dev.convene.core.ValidationException if {@code community} is missing or its version is not 0
   * @throws dev.convene.core.ConflictException if a community with this id exists, or another one
   *     has this slug (the message names the slug)
   * @throws dev.convene.core.NotFoundException if its parent does not exist
   */
  Community insert(Community community);

  /**
   * Stores a changed community and returns the stored copy, one version up. A changed slug must be
   * free; a changed parent must exist.
   *
   * @param community the changed community, at the stored version
   * @return the stored community
   * @throws dev.convene.core.ValidationException if {@code community} is missing or its version below 1
   * @throws dev.convene.core.NotFoundException if there is no community with its id, or its parent
   *     does not exist
   * @throws dev.convene.core.ConflictException if its version is not the stored one (a stale write), or
   *     another community has its slug (the message names the slug)
   */
  Community update(Community community);

  /**
   * Claims the community, at {@code expectedVersion}, for the rest of the transaction, without
   * changing it: of this transaction and a concurrent one that changes the community (its privacy,
   * say), at most one commits, the other fails with a {@link dev.convene.core.ConflictException}. A
   * write whose outcome rests on the community's settings as read (an item that stays members-only
   * because its community is private) claims it, so that the settings cannot change under it. The
   * version is unchanged and nothing is recorded in the change log.
   *
   * @param id the community's id
   * @param expectedVersion the version the caller read
   * @throws dev.convene.core.ValidationException if {@code id} is missing or {@code expectedVersion}
   *     below 1
   * @throws dev.convene.core.NotFoundException if there is no such community
   * @throws dev.convene.core.ConflictException if its version is not {@code expectedVersion}, or a
   *     concurrent transaction changed it
   */
  void claim(CommunityId id, long expectedVersion);

  /**
   * Deletes the community, and the subscriptions to it. A community that still has working groups,
   * memberships or items is not deleted: remove them first.
   *
   * @param id the community's id
   * @param expectedVersion the version the caller read
   * @throws dev.convene.core.ValidationException if {@code id} is missing or {@code expectedVersion}
   *     below 1
   * @throws dev.convene.core.NotFoundException if there is no such community
   * @throws dev.convene.core.ConflictException if its version is not {@code expectedVersion}, or it
   *     still has working groups, memberships or items
   */
  void delete(CommunityId id, long expectedVersion);

  /**
   * One page of the communities that match {@code query}, by slug.
   *
   * @param query the filters
   * @param page the cursor and size of the page
   * @return the page of communities
   * @throws dev.convene.core.ValidationException if an argument is missing, or the cursor is not one
   *     this listing gave out
   */
  Page<Community> list(CommunityQuery query, PageRequest page);

  /**
   * Every working group of {@code parent}, by slug; empty if it has none or does not exist.
   *
   * @param parent the parent community's id
   * @return the working groups, possibly none
   * @throws dev.convene.core.ValidationException if {@code parent} is missing
   */
  List<Community> workingGroups(CommunityId parent);
}
