package dev.convene.archive.internal.person;

import dev.convene.archive.ErasureOptions;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.Transaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Who takes over where the person to erase is the last active admin, so that every community keeps
 * one: the successor the options name, if an active member there; for a working group, if the options
 * say so, the active admins of its parent (after its own succession) who hold no membership of the
 * group or an active one. Where no one does, the erasure is refused.
 */
final class Succession {
  static final MemberQuery ADMINS = MemberQuery.active().withRoles(Role.ADMIN);

  private Succession() {}

  /**
   * The new admins, by community, for the communities of {@code held} where the person is the last
   * active admin.
   *
   * @throws ErasureRefused naming every such community that no one can take over
   */
  static Map<CommunityId, Set<UserId>> plan(Transaction tx, UserId user, List<Membership> held,
      ErasureOptions options) {
    Map<CommunityId, Set<UserId>> plan = new TreeMap<>();
    List<Community> refused = new ArrayList<>();
    List<Community> lastAdminOf = held.stream()
        .filter(m -> m.hasRole(Role.ADMIN) && tx.memberships().count(m.community(), ADMINS) <= 1)
        .flatMap(m -> tx.communities().get(m.community()).stream())
        .sorted(Comparator.comparing(Community::isWorkingGroup)) // parents first: their successors count below
        .toList();
    for (Community community : lastAdminOf) {
      Set<UserId> takers = takers(tx, user, community, options, plan);
      if (takers.isEmpty()) {
        refused.add(community);
      } else {
        plan.put(community.id(), Set.copyOf(takers));
      }
    }
    if (!refused.isEmpty()) {
      boolean groups = refused.stream().anyMatch(Community::isWorkingGroup);
      throw new ErasureRefused(ErasureRefused.LAST_ADMIN,
          Map.of("user", user.value(), "communities",
              refused.stream().map(c -> c.id().value()).collect(Collectors.joining(","))),
          user + " is the last active admin of " + refused.stream().map(c -> c.id().value())
          .collect(Collectors.joining(", ")) + ": name a successor who is an active member there"
          + (groups ? ", or hand working groups to their parent's admins" : ""));
    }
    return plan;
  }

  private static Set<UserId> takers(Transaction tx, UserId user, Community community, ErasureOptions options,
      Map<CommunityId, Set<UserId>> plan) {
    Optional<UserId> successor = options.successor()
        .filter(s -> tx.memberships().get(community.id(), s).filter(Membership::isActive).isPresent());
    if (successor.isPresent()) {
      return Set.of(successor.get());
    }
    if (community.parent().isEmpty() || !options.workingGroupsToParentAdmins()) {
      return Set.of();
    }
    CommunityId parent = community.parent().get();
    Set<UserId> takers = new LinkedHashSet<>(plan.getOrDefault(parent, Set.of()));
    takers.addAll(admins(tx, parent));
    takers.remove(user);
    // a parent admin with a pending request, an invitation or a block in the group cannot simply join it
    takers.removeIf(u -> tx.memberships().get(community.id(), u).filter(m -> !m.isActive()).isPresent());
    return takers;
  }

  /** The active admins of a community. */
  static List<UserId> admins(Transaction tx, CommunityId community) {
    return Pages.all(page -> tx.memberships().members(community, ADMINS, page)).stream().map(Membership::user)
        .toList();
  }
}
