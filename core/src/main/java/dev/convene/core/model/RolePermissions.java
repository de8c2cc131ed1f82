package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which role a community requires for each {@link Permission}: the defaults of the role-permission
 * table, with the community's own adjustments of the middle rows.
 *
 * @param overrides the least role required for each adjusted permission; only adjustable
 *     permissions may appear
 */
public record RolePermissions(Map<Permission, Role> overrides) {
  private static final RolePermissions DEFAULTS = new RolePermissions(Map.of());

  /**
   * Validates the overrides.
   *
   * @throws dev.convene.core.ValidationException if a fixed permission is overridden
   */
  public RolePermissions {
    Checks.required(overrides, "permissions");
    EnumMap<Permission, Role> copy = new EnumMap<>(Permission.class);
    overrides.forEach((permission, role) -> {
      Checks.required(permission, "permissions.permission");
      Checks.required(role, "permissions[" + permission + "]");
      Checks.check(permission.isAdjustable(), "permissions[" + permission + "]", "fixed-permission",
          "%s is always granted to %s and cannot be changed", permission, permission.defaultRole());
      if (role != permission.defaultRole()) {
        copy.put(permission, role);
      }
    });
    overrides = Map.copyOf(copy);
  }

  /**
   * The default table, with no adjustment.
   *
   * @return the table of {@link Permission#defaultRole()}s
   */
  public static RolePermissions defaults() {
    return DEFAULTS;
  }

  /**
   * A copy that requires {@code role} for {@code permission}.
   *
   * @param permission the permission to adjust
   * @param role the least role to hold it
   * @return a copy of this table with that adjustment
   */
  public RolePermissions with(Permission permission, Role role) {
    EnumMap<Permission, Role> copy = new EnumMap<>(Permission.class);
    copy.putAll(overrides);
    copy.put(permission, role);
    return new RolePermissions(copy);
  }

  /**
   * The least role that holds {@code permission} in this community.
   *
   * @param permission the permission
   * @return the least role
   */
  public Role requiredRole(Permission permission) {
    return overrides.getOrDefault(permission, permission.defaultRole());
  }

  /**
   * Whether an active member with {@code role} holds {@code permission}.
   *
   * @param role the member's role
   * @param permission the permission
   * @return {@code true} if {@code role} is at least the one {@code permission} requires
   */
  public boolean grants(Role role, Permission permission) {
    return role.isAtLeast(requiredRole(permission));
  }
}
