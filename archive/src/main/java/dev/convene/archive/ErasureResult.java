package dev.convene.archive;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import java.util.Map;
import java.util.Set;

/**
 * What {@link PersonalData#erase} did. It names no one but the pseudonym and the new admins.
 *
 * @param pseudonym the user id now in the person's place
 * @param communities the communities concerned, each of which has an audit entry of the erasure
 * @param memberships how many of the person's memberships were deleted, in any state
 * @param newAdmins who became an admin, by community, where the person was the last active admin
 * @param itemsKept items the person wrote, now written by the pseudonym
 * @param itemsRemoved items the person wrote, deleted with every reply in them
 * @param repliesKept replies of theirs in others' discussions, now written by the pseudonym
 * @param repliesRemoved replies of theirs in others' discussions, deleted
 * @param invitations invitations they sent (pending or accepted), now sent by the pseudonym
 * @param subscriptions subscriptions deleted
 * @param registrations event registrations deleted, attending or waiting
 * @param acceptances acceptances of a community's guidelines deleted
 * @param votes poll votes deleted, each poll's counts dropping by theirs
 * @param notifications pending digest notifications deleted: theirs, and others' that named them
 * @param outbox outbox entries deleted: news of what they did or of their memberships
 * @param auditEntries audit entries where the pseudonym now stands for them
 */
public record ErasureResult(UserId pseudonym, Set<CommunityId> communities, int memberships,
    Map<CommunityId, Set<UserId>> newAdmins, int itemsKept, int itemsRemoved, int repliesKept, int repliesRemoved,
    int invitations, int subscriptions, int registrations, int acceptances, int votes, int notifications, int outbox, int auditEntries) {

  /**
   * Validates and copies the result.
   *
   * @throws dev.convene.core.ValidationException if a value is missing
   */
  public ErasureResult {
    Checks.required(pseudonym, "pseudonym");
    communities = Set.copyOf(Checks.required(communities, "communities"));
    newAdmins = Map.copyOf(Checks.required(newAdmins, "newAdmins"));
  }
}
