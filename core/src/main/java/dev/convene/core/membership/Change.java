package dev.convene.core.membership;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.UserId;
import java.util.Optional;

/**
 * What one membership operation did: the roster after it, and the user's membership before and
 * after, so that the caller can store the change, write the audit entry and emit the domain event.
 *
 * <p>An empty {@code after} means the membership is deleted; an empty {@code before} means it is
 * new, with version 0. Otherwise {@code after} keeps the version of {@code before}: the store, not
 * core, bumps versions, and uses the old one for its optimistic-concurrency check.
 *
 * @param roster the community's roster after the change
 * @param user the user whose membership changed
 * @param before the user's membership before the change, if they had one
 * @param after the user's membership after the change, or empty if it was deleted
 * @param kind what happened
 */
public record Change(
    Roster roster, UserId user, Optional<Membership> before, Optional<Membership> after, MembershipEvent kind) {

  /**
   * Validates the change.
   *
   * @throws dev.convene.core.ValidationException if a component is missing, nothing changed, a
   *     membership is of another user, or {@code after} is not the user's membership in {@code roster}
   */
  public Change {
    Checks.required(roster, "roster");
    Checks.required(user, "user");
    Checks.required(before, "before");
    Checks.required(after, "after");
    Checks.required(kind, "kind");
    Checks.check(!before.equals(after), "after", "changed", "a change must change the membership of %s", user);
    Checks.check(before.map(m -> m.user().equals(user)).orElse(true), "before", "same-user",
        "must be the membership of %s", user);
    Checks.check(after.equals(roster.membership(user)), "after", "in-roster",
        "must be the membership of %s in the roster", user);
  }

  /**
   * The community whose roster changed.
   *
   * @return the id of the roster's community
   */
  public CommunityId community() {
    return roster.community();
  }

  /**
   * Whether the change deleted the membership.
   *
   * @return {@code true} if the user had a membership before and has none after
   */
  public boolean isDeletion() {
    return after.isEmpty();
  }

  /**
   * Whether the change created a membership where the user had none.
   *
   * @return {@code true} if the user had no membership before and has one after
   */
  public boolean isCreation() {
    return before.isEmpty();
  }
}
