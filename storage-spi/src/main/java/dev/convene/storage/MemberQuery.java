package dev.convene.storage;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.storage.internal.Args;
import java.util.Set;

/**
 * Which memberships of a community {@link MembershipStore#members} returns. An empty set does not
 * filter; both filters must match.
 *
 * @param states keep memberships in one of these states
 * @param roles keep memberships with one of these roles
 */
public record MemberQuery(Set<MembershipState> states, Set<Role> roles) {

  private static final MemberQuery ALL = new MemberQuery(Set.of(), Set.of());

  /**
   * Validates and copies the query.
   *
   * @throws dev.convene.core.ValidationException if a set or an element is missing
   */
  public MemberQuery {
    states = Set.copyOf(Checks.noNulls(states, "states"));
    roles = Set.copyOf(Checks.noNulls(roles, "roles"));
  }

  /**
   * Every membership, whatever its state and role.
   *
   * @return the query with no filter
   */
  public static MemberQuery all() {
    return ALL;
  }

  /**
   * The active members, whatever their role.
   *
   * @return the query keeping the active state
   */
  public static MemberQuery active() {
    return ALL.withStates(MembershipState.ACTIVE);
  }

  /**
   * A copy keeping memberships in one of {@code values}.
   *
   * @param values the states to keep
   * @return a copy of this query with that filter
   */
  public MemberQuery withStates(MembershipState... values) {
    return new MemberQuery(Args.setOf("states", values), roles);
  }

  /**
   * A copy keeping memberships with one of {@code values} as role.
   *
   * @param values the roles to keep
   * @return a copy of this query with that filter
   */
  public MemberQuery withRoles(Role... values) {
    return new MemberQuery(states, Args.setOf("roles", values));
  }

  /**
   * Whether {@code membership} passes both filters.
   *
   * @param membership the membership to test
   * @return {@code true} if it passes both filters
   */
  public boolean matches(Membership membership) {
    Checks.required(membership, "membership");
    return (states.isEmpty() || states.contains(membership.state()))
        && (roles.isEmpty() || roles.contains(membership.role()));
  }
}
