package dev.convene.core.policy;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Membership;
import java.time.Instant;
import java.util.Optional;

/**
 * Everything {@link AccessPolicy} needs to know to decide about one community: the community, its
 * parent if it is a working group, the actor's memberships of both, the item acted on, the other
 * person's membership for actions on members, and the time (invitations expire).
 *
 * <p>Start with {@link #of(Community, Instant)} and add what the action needs with the {@code with}
 * methods. The constructor checks that the pieces belong together, so that a wrong context fails
 * loudly instead of deciding about the wrong community.
 *
 * @param community the community acted on (for an item, the item's community)
 * @param parent the community's parent, required exactly when the community is a working group
 * @param membership the actor's membership of the community, if any
 * @param parentMembership the actor's membership of the parent, if any
 * @param item the item acted on, for item actions
 * @param target the other person's membership, for actions on members (absent for inviting someone
 *     who has no membership yet)
 * @param now the time of the decision
 */
public record AccessContext(
    Community community,
    Optional<Community> parent,
    Optional<Membership> membership,
    Optional<Membership> parentMembership,
    Optional<Item> item,
    Optional<Membership> target,
    Instant now) {

  /**
   * Checks that the pieces belong together.
   *
   * @throws dev.convene.core.ValidationException if a piece belongs to another community or the
   *     parent does not match
   */
  public AccessContext {
    Checks.required(community, "community");
    Checks.required(parent, "parent");
    Checks.required(membership, "membership");
    Checks.required(parentMembership, "parentMembership");
    Checks.required(item, "item");
    Checks.required(target, "target");
    Checks.required(now, "now");
    Checks.check(parent.map(Community::id).equals(community.parent()), "parent", "parent-matches",
        "the context's parent must be the parent of community %s", community.id());
    Checks.check(membership.map(m -> m.community().equals(community.id())).orElse(true), "membership",
        "same-community", "the membership is not of community %s", community.id());
    Checks.check(target.map(m -> m.community().equals(community.id())).orElse(true), "target",
        "same-community", "the target membership is not of community %s", community.id());
    Checks.check(item.map(i -> i.community().equals(community.id())).orElse(true), "item", "same-community",
        "the item is not in community %s", community.id());
    Checks.check(parentMembership.isEmpty()
        || parent.map(p -> parentMembership.get().community().equals(p.id())).orElse(false),
        "parentMembership", "same-community", "the parent membership is not of the parent of %s", community.id());
  }

  /**
   * A context for a community that is not a working group, with nothing else known yet.
   *
   * @param community the community acted in
   * @param now the time the decision is made at; invitations lapse by it
   * @return a context with no membership, item or target
   * @throws dev.convene.core.ValidationException if the community is a working group: use {@link
   *     #of(Community, Community, Instant)}
   */
  public static AccessContext of(Community community, Instant now) {
    return new AccessContext(community, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), now);
  }

  /**
   * A context for a working group and its parent, with nothing else known yet.
   *
   * @param workingGroup the working group acted in
   * @param parent the working group's parent community
   * @param now the time the decision is made at; invitations lapse by it
   * @return a context with no membership, item or target
   * @throws dev.convene.core.ValidationException if {@code parent} is not the working group's parent
   */
  public static AccessContext of(Community workingGroup, Community parent, Instant now) {
    return new AccessContext(workingGroup, Optional.of(parent), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), now);
  }

  /**
   * A copy with the actor's membership of the community, or none.
   *
   * @param value the actor's membership, or empty if they have none
   * @return a copy of this context with that membership
   */
  public AccessContext withMembership(Optional<Membership> value) {
    return new AccessContext(community, parent, value, parentMembership, item, target, now);
  }

  /**
   * A copy with the actor's membership of the community.
   *
   * @param value the actor's membership
   * @return a copy of this context with that membership
   */
  public AccessContext withMembership(Membership value) {
    return withMembership(Optional.of(value));
  }

  /**
   * A copy with the actor's membership of the parent community, or none.
   *
   * @param value the actor's membership of the parent, or empty if they have none
   * @return a copy of this context with that parent membership
   */
  public AccessContext withParentMembership(Optional<Membership> value) {
    return new AccessContext(community, parent, membership, value, item, target, now);
  }

  /**
   * A copy with the item acted on.
   *
   * @param value the item the action is on
   * @return a copy of this context with that item
   */
  public AccessContext withItem(Item value) {
    return new AccessContext(community, parent, membership, parentMembership, Optional.of(value), target, now);
  }

  /**
   * A copy with the other person's membership, or none.
   *
   * @param value the membership of the person acted on, or empty if they have none
   * @return a copy of this context with that target
   */
  public AccessContext withTarget(Optional<Membership> value) {
    return new AccessContext(community, parent, membership, parentMembership, item, value, now);
  }

  /**
   * A copy with the other person's membership.
   *
   * @param value the membership of the person acted on
   * @return a copy of this context with that target
   */
  public AccessContext withTarget(Membership value) {
    return withTarget(Optional.of(value));
  }
}
