package dev.convene.core.membership;

import dev.convene.core.ConflictException;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a membership operation is not allowed in the user's current state, or would break a
 * community-wide invariant (such as removing the last admin). Nothing was changed. The message says
 * why and, where there is one, what to do instead ("approve the request instead"). Its code is
 * {@code conflict.} followed by the reason, such as {@value #ALREADY_MEMBER} or {@value #LAST_ADMIN}; its
 * arguments are {@code community}, {@code user}, {@code attempted} (the event, such as {@code approved})
 * and {@code state} (the user's membership state, such as {@code invited}, absent if they have none).
 */
public class MembershipConflictException extends ConflictException {
  private static final long serialVersionUID = 2L;

  /** Joining, asking to join or being invited while invited, waiting for approval, active or blocked. */
  public static final String ALREADY_MEMBER = "already-member";
  /** An operation that would leave a community or working group without an active admin. */
  public static final String LAST_ADMIN = "last-admin";
  /** An operation that needs the user in another membership state, such as approving no request. */
  public static final String MEMBERSHIP_STATE = "membership-state";
  /** Blocking a user who is already blocked. */
  public static final String ALREADY_BLOCKED = "already-blocked";
  /** Giving a member the role they already have. */
  public static final String SAME_ROLE = "same-role";
  /** An invitation from someone who may not invite to this community. */
  public static final String NOT_INVITER = "not-inviter";
  /** Accepting an invitation that has expired; the argument {@code expiry} says when. */
  public static final String INVITATION_EXPIRED = "invitation-expired";
  /** A working-group operation for a user who is not an active member of the parent community. */
  public static final String NOT_IN_PARENT = "not-in-parent";

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
   * @param reason the reason, one of the constants here; the code is {@code conflict.} followed by it
   * @param community the community whose roster refused the operation
   * @param user the user the operation was about (the invitee, for an invitation)
   * @param state the user's membership state in that community when it was refused, if any
   * @param attempted the event the operation would have produced
   * @param more further arguments the reason needs, such as {@code expiry}
   * @param message why it was refused, in words a person can act on
   */
  public MembershipConflictException(String reason, CommunityId community, UserId user,
      Optional<MembershipState> state, MembershipEvent attempted, Map<String, ?> more, String message) {
    super(reason, arguments(community, user, state, attempted, more), message);
    this.community = community.value();
    this.user = user.value();
    this.state = state.orElse(null);
    this.attempted = attempted;
  }

  private static Map<String, Object> arguments(CommunityId community, UserId user, Optional<MembershipState> state,
      MembershipEvent attempted, Map<String, ?> more) {
    Map<String, Object> arguments = new LinkedHashMap<>(more);
    arguments.put("community", community.value());
    arguments.put("user", user.value());
    arguments.put("attempted", attempted);
    state.ifPresent(s -> arguments.put("state", s));
    return arguments;
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
