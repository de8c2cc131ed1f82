package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A user's standing with one community. A user has at most one membership per community; leaving or
 * being removed deletes it (the audit log keeps the history). Create and change memberships through
 * {@code dev.convene.core.membership.Roster}, which enforces the community-wide invariants.
 *
 * @param community the community
 * @param user the user
 * @param state invited, requested, active or blocked
 * @param role the role; meaningful only while {@link MembershipState#ACTIVE}
 * @param message the request's or the invitation's message, if any
 * @param inviter who invited the user, for invitations
 * @param since when the membership entered its current state; in years 1 to 9999
 * @param expiry when an invitation lapses, if it does; in years 1 to 9999
 * @param version the store's optimistic-concurrency counter: 0 until first stored; core never
 *     changes it
 */
public record Membership(
    CommunityId community,
    UserId user,
    MembershipState state,
    Role role,
    Optional<String> message,
    Optional<UserId> inviter,
    Instant since,
    Optional<Instant> expiry,
    long version) {

  /** The longest request or invitation message. */
  public static final int MAX_MESSAGE_LENGTH = 2_000;

  /** Validates the membership. */
  public Membership {
    Checks.required(community, "community");
    Checks.required(user, "user");
    Checks.required(state, "state");
    Checks.required(role, "role");
    Checks.required(message, "message").ifPresent(m -> Checks.text(m, "message", MAX_MESSAGE_LENGTH));
    Checks.required(inviter, "inviter");
    Checks.instant(since, "since");
    Checks.required(expiry, "expiry").ifPresent(e -> Checks.instant(e, "expiry"));
    Checks.check(expiry.isEmpty() || state == MembershipState.INVITED, "expiry", "invitations-only",
        "only an invitation may expire");
    Checks.check(inviter.isEmpty() || state != MembershipState.REQUESTED, "inviter", "not-for-requests",
        "a request has no inviter");
    Checks.check(version >= 0, "version", "non-negative", "must not be negative");
  }

  /**
   * Whether this is an active membership, whatever the role.
   *
   * @return {@code true} if the state is {@link MembershipState#ACTIVE}
   */
  public boolean isActive() {
    return state == MembershipState.ACTIVE;
  }

  /**
   * Whether this is an active membership with {@code role} or a more powerful one.
   *
   * @param least the least role that counts
   * @return {@code true} if active with that role or a higher one
   */
  public boolean hasRole(Role least) {
    return isActive() && role.isAtLeast(least);
  }

  /**
   * Whether this is an invitation that has lapsed at {@code now}.
   *
   * @param now the time to check at
   * @return {@code true} if this is an invitation whose expiry is at or before {@code now}
   */
  public boolean isExpired(Instant now) {
    return state == MembershipState.INVITED && expiry.map(e -> !e.isAfter(now)).orElse(false);
  }

  /**
   * Whether this is an invitation that can still be accepted at {@code now}.
   *
   * @param now the time to check at
   * @return {@code true} if this is an invitation that has not expired at {@code now}
   */
  public boolean isPendingInvitation(Instant now) {
    return state == MembershipState.INVITED && !isExpired(now);
  }

  /**
   * A copy with another version (for stores).
   *
   * @param newVersion the store's new version
   * @return a copy of this membership with that version
   */
  public Membership withVersion(long newVersion) {
    return new Membership(community, user, state, role, message, inviter, since, expiry, newVersion);
  }
}
