package dev.convene.storage;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.UserId;
import java.util.List;
import java.util.Optional;

/**
 * The memberships of a store, each a versioned aggregate identified by its community and user: a
 * user has at most one membership per community. Every write appends a {@link ChangeEntry} ({@link
 * EntityKind#MEMBERSHIP}) in the same transaction. Obtained from {@link Transaction#memberships()}.
 *
 * <p>The store keeps whatever {@code dev.convene.core.membership.Roster} decided: it checks versions,
 * uniqueness and that the community exists, not the membership rules.
 */
public interface MembershipStore {

  /**
   * The membership of {@code user} in {@code community}, if there is one.
   *
   * @param community the community's id
   * @param user the user's id
   * @return the membership, or empty
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  Optional<Membership> get(CommunityId community, UserId user);

  /**
   * Stores a new membership and returns the stored copy, at version 1.
   *
   * @param membership the new membership, at version 0
   * @return the stored membership
   * @throws dev.convene.core.ValidationException if {@code membership} is missing or its version not 0
   * @throws dev.convene.core.NotFoundException if its community does not exist
   * @throws dev.convene.core.ConflictException if the user already has a membership in the community
   */
  Membership insert(Membership membership);

  /**
   * Stores a changed membership and returns the stored copy, one version up.
   *
   * @param membership the changed membership, at the stored version
   * @return the stored membership
   * @throws dev.convene.core.ValidationException if {@code membership} is missing or its version below 1
   * @throws dev.convene.core.NotFoundException if the user has no membership in the community
   * @throws dev.convene.core.ConflictException if its version is not the stored one
   */
  Membership update(Membership membership);

  /**
   * Deletes the membership of {@code user} in {@code community}.
   *
   * @param community the community's id
   * @param user the user's id
   * @param expectedVersion the version the caller read
   * @throws dev.convene.core.ValidationException if an argument is missing or {@code expectedVersion}
   *     below 1
   * @throws dev.convene.core.NotFoundException if there is no such membership
   * @throws dev.convene.core.ConflictException if its version is not {@code expectedVersion}
   */
  void delete(CommunityId community, UserId user, long expectedVersion);

  /**
   * One page of the memberships of {@code community} that match {@code query}, by user id.
   *
   * @param community the community's id
   * @param query the filters
   * @param page the cursor and size of the page
   * @return the page of memberships
   * @throws dev.convene.core.ValidationException if an argument is missing, or the cursor is not one
   *     this listing gave out
   */
  Page<Membership> members(CommunityId community, MemberQuery query, PageRequest page);

  /**
   * How many memberships of {@code community} match {@code query}: with {@code
   * MemberQuery.active().withRoles(Role.ADMIN)}, the active admins a {@code Roster.view} needs. A store
   * answers from an index, so the work depends on how many match, not on the size of the community;
   * the default pages through {@link #members} and is for stores that cannot do better.
   *
   * @param community the community's id
   * @param query the filters
   * @return the number of memberships that match
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  default long count(CommunityId community, MemberQuery query) {
    long count = 0;
    Optional<PageRequest> next = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
    while (next.isPresent()) {
      PageRequest request = next.get();
      Page<Membership> page = members(community, query, request);
      count += page.items().size();
      next = request.next(page);
    }
    return count;
  }

  /**
   * Every membership of {@code user}, in any state, by community id: the communities of a user.
   *
   * @param user the user's id
   * @return the memberships, possibly none
   * @throws dev.convene.core.ValidationException if {@code user} is missing
   */
  List<Membership> ofUser(UserId user);

  /**
   * Every membership of {@code community}, by user id, as {@code Roster.of} takes them. Its cost grows
   * with the community: a change reads {@link #get} and {@link #count} instead.
   *
   * @param community the community's id
   * @return the memberships
   * @throws dev.convene.core.ValidationException if {@code community} is missing
   */
  List<Membership> all(CommunityId community);

  /**
   * Every membership whose inviter is {@code inviter}, in any state, by community id then user id:
   * the invitations a user sent, pending or accepted.
   *
   * @param inviter the inviter's id
   * @return the memberships, possibly none
   * @throws dev.convene.core.ValidationException if {@code inviter} is missing
   */
  List<Membership> invitedBy(UserId inviter);
}
