package dev.convene.storage;

import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Who voted for what in which poll. Votes are settings, not versioned aggregates, and are not
 * recorded in the change log; they are deleted with their poll. Obtained from {@link
 * Transaction#votes()}.
 *
 * <p>The store does not check that a vote's option is one of its poll's: the platform does, inside the
 * same transaction. Votes of different users never collide; two writes of the same user's vote at
 * once leave one of them, or fail one with a {@link dev.convene.core.ConflictException}.
 */
public interface VoteStore {

  /**
   * The vote of {@code user} in {@code poll}, if there is one.
   *
   * @param poll the poll's id
   * @param user the user's id
   * @return the vote, or empty
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  Optional<PollVote> get(ItemId poll, UserId user);

  /**
   * Stores {@code vote}, replacing the user's earlier vote in the same poll.
   *
   * @param vote the vote
   * @return the vote as stored (its time as the store keeps it)
   * @throws dev.convene.core.ValidationException if {@code vote} is missing
   * @throws dev.convene.core.NotFoundException if its poll does not exist
   * @throws dev.convene.core.ConflictException if a concurrent transaction wrote the same user's vote
   *     in the same poll
   */
  PollVote put(PollVote vote);

  /**
   * Deletes the vote of {@code user} in {@code poll}, if there is one.
   *
   * @param poll the poll's id
   * @param user the user's id
   * @return whether there was one
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  boolean delete(ItemId poll, UserId user);

  /**
   * Every vote in {@code poll}, by user id.
   *
   * @param poll the poll's id
   * @return the votes, possibly none
   * @throws dev.convene.core.ValidationException if {@code poll} is missing
   */
  List<PollVote> forPoll(ItemId poll);

  /**
   * Every vote of {@code user}, by poll id.
   *
   * @param user the user's id
   * @return the votes, possibly none
   * @throws dev.convene.core.ValidationException if {@code user} is missing
   */
  List<PollVote> forUser(UserId user);
}
