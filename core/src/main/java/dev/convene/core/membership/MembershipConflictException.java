package dev.convene.core.membership;

import dev.convene.core.ConflictException;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.UserId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a membership operation is not allowed in the user's current state, or would break a
 * community-wide invariant (such as removing the last admin). Nothing was changed. The message says
 * why and, where there is one, what to do instead ("approve the request instead").
 */
public class MembershipConflictException extends ConflictException {
  private static final long serialVersionUID = 1L;

  // Ids are kept as strings so that the exception stays serializable.
  /** The id of the community whose roster refused the operation. */
  private final String community;
  /** The id of the user the operation was about. */
  private final String user;
  /** The user's membership state when the operation was refused; null if they had none. */
  private final @Nullable MembershipState state;
  /** The event the refused operation would have produced. */
  private final MembershipEvent attempted;

  /**
   * Creates the exception.
   *
   * @param community the community whose roster refused the operation
   * @param user the user the operation was about (the invitee, for an invitation)
   * @param state the user's membership state in that community when it was refused, if any
   * @param attempted the event the operation would have produced
   * @param message why it was refused, in words a person can act on
   */
  public MembershipConflictException(CommunityId community, UserId user, Optional<MembershipState> state,
      MembershipEvent attempted, String message) {
    super(message);
    this.community = community.value();
    this.user = user.value();
    this.state = state.orElse(null);
    this.attempted = attempted;
  }

  /**
   * The community whose roster refused the operation.
   *
   * @return the community's id
   */
  public CommunityId community() {
    return CommunityId.of(community);
  }

  /**
   * The user the operation was about.
   *
   * @return the user's id
   */
  public UserId user() {
    return UserId.of(user);
  }

  /**
   * The user's membership state when the operation was refused, or empty if they had none.
   *
   * @return the state, or empty
   */
  public Optional<MembershipState> state() {
    return Optional.ofNullable(state);
  }

  /**
   * The event the refused operation would have produced, such as {@link MembershipEvent#APPROVED}.
   *
   * @return the event that was refused
   */
  public MembershipEvent attempted() {
    return attempted;
  }
}
