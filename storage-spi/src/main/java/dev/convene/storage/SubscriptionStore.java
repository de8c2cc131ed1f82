package dev.convene.storage;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Who follows which community, and how. A subscription is a setting, not a versioned aggregate, and
 * is not recorded in the change log. Subscriptions to a community are deleted with it. Obtained from
 * {@link Transaction#subscriptions()}.
 */
public interface SubscriptionStore {

  /**
   * The subscription of {@code user} to {@code community}, if there is one.
   *
   * @param user the user's id
   * @param community the community's id
   * @return the subscription, or empty
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  Optional<Subscription> get(UserId user, CommunityId community);

  /**
   * Stores {@code subscription}, replacing the user's earlier one to the same community.
   *
   * @param subscription the subscription
   * @return the stored subscription
   * @throws dev.convene.core.ValidationException if {@code subscription} is missing
   * @throws dev.convene.core.NotFoundException if its community does not exist
   */
  Subscription put(Subscription subscription);

  /**
   * Deletes the subscription of {@code user} to {@code community}, if there is one.
   *
   * @param user the user's id
   * @param community the community's id
   * @return whether there was one
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  boolean delete(UserId user, CommunityId community);

  /**
   * Every subscription to {@code community}, by user id.
   *
   * @param community the community's id
   * @return the subscriptions, possibly none
   * @throws dev.convene.core.ValidationException if {@code community} is missing
   */
  List<Subscription> forCommunity(CommunityId community);

  /**
   * Every subscription of {@code user}, by community id.
   *
   * @param user the user's id
   * @return the subscriptions, possibly none
   * @throws dev.convene.core.ValidationException if {@code user} is missing
   */
  List<Subscription> forUser(UserId user);

  /**
   * One batch of those who follow {@code community}: its active members and its subscribers, each
   * once, with their subscription if they have one, by user id, after {@code after} if given. Walking
   * a community of any size batch after batch keeps at most {@code limit} of them in memory.
   *
   * @param community the community's id
   * @param after the last follower of the previous batch, or empty for the first batch
   * @param limit the most followers in the batch
   * @return the batch, of at most {@code limit} followers
   * @throws dev.convene.core.ValidationException if an argument is missing or {@code limit} is not 1
   *     to {@value PageRequest#MAX_LIMIT}
   */
  List<CommunityFollower> followers(CommunityId community, Optional<UserId> after, int limit);
}
