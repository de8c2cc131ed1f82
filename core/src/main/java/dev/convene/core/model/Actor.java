package dev.convene.core.model;

import dev.convene.core.ValidationException;
import dev.convene.core.internal.Checks;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting: an anonymous visitor, or a user the host portal has authenticated, with the
 * platform roles the host grants. Authentication is the host's job; Convene decides authorization.
 *
 * @param user the user, or empty for an anonymous visitor
 * @param platformRoles the user's platform-wide roles; always empty for an anonymous visitor
 */
public record Actor(Optional<UserId> user, Set<PlatformRole> platformRoles) {
  private static final Actor ANONYMOUS = new Actor(Optional.empty(), Set.of());

  /**
   * Validates the actor.
   *
   * @throws ValidationException if an anonymous actor is given platform roles
   */
  public Actor {
    Checks.required(user, "user");
    platformRoles = Set.copyOf(Checks.noNulls(platformRoles, "platformRoles"));
    Checks.check(user.isPresent() || platformRoles.isEmpty(), "platformRoles", "anonymous-has-no-roles",
        "an anonymous actor cannot hold platform roles");
  }

  /**
   * An anonymous visitor.
   *
   * @return the anonymous actor, who has no user id and no platform role
   */
  public static Actor anonymous() {
    return ANONYMOUS;
  }

  /**
   * A signed-in user with the given platform roles (none for an ordinary user).
   *
   * @param user the user's id
   * @param platformRoles the platform roles the user holds
   * @return the actor
   */
  public static Actor user(UserId user, PlatformRole... platformRoles) {
    Checks.required(user, "user");
    Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
    for (PlatformRole role : platformRoles) {
      roles.add(Checks.required(role, "platformRoles[]"));
    }
    return new Actor(Optional.of(user), roles);
  }

  /**
   * A signed-in user, by id, with the given platform roles.
   *
   * @param userId the user's id, as a string
   * @param platformRoles the platform roles the user holds
   * @return the actor
   */
  public static Actor user(String userId, PlatformRole... platformRoles) {
    return user(UserId.of(userId), platformRoles);
  }

  /**
   * Whether this is an anonymous visitor.
   *
   * @return {@code true} for an anonymous visitor, {@code false} for a signed-in user
   */
  public boolean isAnonymous() {
    return user.isEmpty();
  }

  /**
   * Whether the user holds the given platform role.
   *
   * @param role the platform role to look for
   * @return {@code true} if the user holds it; never for an anonymous visitor
   */
  public boolean has(PlatformRole role) {
    return platformRoles.contains(role);
  }

  /**
   * Whether the user is a platform admin, who may do everything (audited).
   *
   * @return {@code true} if the user holds {@link PlatformRole#PLATFORM_ADMIN}
   */
  public boolean isPlatformAdmin() {
    return has(PlatformRole.PLATFORM_ADMIN);
  }

  /**
   * Whether this actor is the given user.
   *
   * @param other the user to compare with
   * @return {@code true} if this actor is signed in as {@code other}
   */
  public boolean is(UserId other) {
    return user.filter(other::equals).isPresent();
  }

  @Override
  public String toString() {
    return user.map(u -> platformRoles.isEmpty() ? "user " + u : "user " + u + " " + platformRoles).orElse("anonymous");
  }
}
