package dev.convene.storage;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import java.util.List;
import java.util.Optional;

/**
 * The versions of each community's guidelines and who accepted which. Versions are immutable and
 * numbered from 1 without gaps; acceptances are records of fact. Both are deleted with their
 * community, and neither is recorded in the change log. Obtained from {@link Transaction#guidelines()}.
 *
 * <p>Publishing collides: of two transactions that each publish the next version of one community's
 * guidelines, at most one commits; the other fails with a {@link dev.convene.core.ConflictException}
 * and may read again.
 */
public interface GuidelinesStore {

  /**
   * The community's current guidelines (the highest version), if it has any.
   *
   * @param community the community's id
   * @return the current guidelines, or empty
   * @throws dev.convene.core.ValidationException if {@code community} is missing
   */
  Optional<Guidelines> current(CommunityId community);

  /**
   * One version of the community's guidelines, if it exists.
   *
   * @param community the community's id
   * @param version the version, counted from 1
   * @return those guidelines, or empty
   * @throws dev.convene.core.ValidationException if {@code community} is missing
   */
  Optional<Guidelines> get(CommunityId community, int version);

  /**
   * Every version of the community's guidelines, oldest first.
   *
   * @param community the community's id
   * @return the versions, possibly none
   * @throws dev.convene.core.ValidationException if {@code community} is missing
   */
  List<Guidelines> versions(CommunityId community);

  /**
   * Stores a new version, which must follow the current one: version 1 for a community without
   * guidelines, one more than the current version otherwise.
   *
   * @param guidelines the new version
   * @return the stored version (its time as the store keeps it)
   * @throws dev.convene.core.ValidationException if {@code guidelines} is missing
   * @throws dev.convene.core.NotFoundException if the community does not exist
   * @throws dev.convene.core.ConflictException if the version does not follow the current one, or a
   *     concurrent transaction published that version first
   */
  Guidelines publish(Guidelines guidelines);

  /**
   * Records an acceptance. Accepting a version the user accepted before changes nothing and returns
   * the earlier acceptance.
   *
   * @param acceptance who accepted which version, when
   * @return the stored acceptance
   * @throws dev.convene.core.ValidationException if {@code acceptance} is missing
   * @throws dev.convene.core.NotFoundException if that version of the community's guidelines does
   *     not exist
   */
  GuidelinesAcceptance accept(GuidelinesAcceptance acceptance);

  /**
   * The user's acceptance of the highest version they accepted in the community, if any.
   *
   * @param community the community's id
   * @param user the user's id
   * @return the latest acceptance, or empty
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  Optional<GuidelinesAcceptance> latest(CommunityId community, UserId user);

  /**
   * Every acceptance in the community, by user id, then version.
   *
   * @param community the community's id
   * @return the acceptances, possibly none
   * @throws dev.convene.core.ValidationException if {@code community} is missing
   */
  List<GuidelinesAcceptance> acceptances(CommunityId community);

  /**
   * Every acceptance of the user, by community id, then version.
   *
   * @param user the user's id
   * @return the acceptances, possibly none
   * @throws dev.convene.core.ValidationException if {@code user} is missing
   */
  List<GuidelinesAcceptance> forUser(UserId user);

  /**
   * Deletes every acceptance of the user, in every community.
   *
   * @param user the user's id
   * @return how many were deleted
   * @throws dev.convene.core.ValidationException if {@code user} is missing
   */
  int deleteForUser(UserId user);
}
