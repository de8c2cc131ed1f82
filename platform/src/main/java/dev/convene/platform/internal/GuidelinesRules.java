package dev.convene.platform.internal;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.PolicySettings;
import dev.convene.platform.GuidelinesNotAcceptedException;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Guidelines;
import dev.convene.storage.GuidelinesAcceptance;
import dev.convene.storage.Transaction;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The rules of community guidelines, inside a write: entering a community (joining, asking to join,
 * accepting an invitation) names the current version, which is then recorded as accepted; an active
 * member contributes only once they accepted the current version, where the platform asks for it. A
 * community without guidelines is entered and contributed to as if the rules did not exist.
 * Every refusal comes after the policy allowed the call, so it only ever speaks to an actor who may see
 * the community.
 */
public final class GuidelinesRules {
  /** The field a version named on entering is reported under. */
  public static final String VERSION_FIELD = "guidelinesVersion";

  /** What counts as contributing: each adds to or changes what the community's readers see. */
  static final Set<Action> CONTRIBUTIONS = EnumSet.of(Action.CREATE_DOCUMENT, Action.START_DISCUSSION,
      Action.POST_ANNOUNCEMENT, Action.POST_EVENT, Action.EDIT_ITEM, Action.SUBMIT_ITEM, Action.PUBLISH_ITEM,
      Action.REPLY);

  private GuidelinesRules() {}

  /**
   * Requires {@code accepted} to be the community's current guidelines version and records that
   * {@code user} accepted it; requires it to be absent where the community has no guidelines.
   *
   * @throws GuidelinesNotAcceptedException if the community has guidelines and {@code accepted} is
   *     absent, or an earlier version
   * @throws ValidationException if {@code accepted} names a version the community never had ({@code
   *     guidelinesVersion}, {@code known-version})
   */
  public static void onEntering(Work work, CommunityId community, UserId user, OptionalInt accepted, Instant now) {
    Optional<Guidelines> current = work.tx().guidelines().current(community);
    if (current.isEmpty()) {
      if (accepted.isPresent()) {
        throw new ValidationException(VERSION_FIELD, "known-version", Access.what(community)
            + " has no guidelines to accept; call again without a version");
      }
      return;
    }
    int version = current.get().version();
    if (accepted.isEmpty()) {
      throw new GuidelinesNotAcceptedException(VERSION_FIELD, GuidelinesNotAcceptedException.NOT_ACCEPTED,
          "accept version " + version + " of the guidelines of " + Access.what(community) + " to enter it",
          community, version);
    }
    requireCurrent(community, accepted.getAsInt(), version);
    record(work, user, new GuidelinesAcceptance(community, user, version, now));
  }

  /**
   * Requires {@code accepted} to be the current version {@code version}.
   *
   * @throws GuidelinesNotAcceptedException if it is an earlier version
   * @throws ValidationException if it is a later one
   */
  public static void requireCurrent(CommunityId community, int accepted, int version) {
    if (accepted < version) {
      throw new GuidelinesNotAcceptedException(VERSION_FIELD, GuidelinesNotAcceptedException.CHANGED,
          "the guidelines of " + Access.what(community) + " changed: version " + version + " is current, not "
          + accepted + "; read it and accept it", community, version);
    }
    if (accepted > version) {
      throw new ValidationException(VERSION_FIELD, "known-version", "the guidelines of " + Access.what(community)
          + " are at version " + version + "; there is no version " + accepted);
    }
  }

  /**
   * Records that {@code user} accepted, audited as their own act, unless the version is the last
   * they accepted.
   *
   * @return the acceptance as stored, the earlier one if they had accepted it
   */
  public static GuidelinesAcceptance record(Work work, UserId user, GuidelinesAcceptance acceptance) {
    Optional<GuidelinesAcceptance> latest = work.tx().guidelines().latest(acceptance.community(), user);
    if (latest.isPresent() && latest.get().version() == acceptance.version()) {
      return latest.get();
    }
    GuidelinesAcceptance stored = work.tx().guidelines().accept(acceptance);
    work.audit(AuditEntry.of(acceptance.at(), Optional.of(user), acceptance.community(),
        AuditAction.GUIDELINES_ACCEPTED, user.value()).withChange(Optional.empty(),
        Optional.of("version " + acceptance.version())));
    return stored;
  }

  /**
   * Requires an active member who is about to contribute to have accepted the community's current
   * guidelines, where the platform asks for it. Platform admins and curators acting without an active
   * membership are not asked.
   *
   * @throws GuidelinesNotAcceptedException if they have not
   */
  static void beforeContributing(Transaction tx, Actor actor, Action action, AccessContext context,
      PolicySettings settings) {
    if (!settings.guidelinesBeforeContributing() || !CONTRIBUTIONS.contains(action) || actor.user().isEmpty()
        || !context.membership().filter(Membership::isActive).isPresent()) {
      return;
    }
    CommunityId community = context.community().id();
    Optional<Guidelines> current = tx.guidelines().current(community);
    if (current.isEmpty()) {
      return;
    }
    int version = current.get().version();
    int accepted = tx.guidelines().latest(community, actor.user().get())
        .map(GuidelinesAcceptance::version).orElse(0);
    if (accepted < version) {
      throw new GuidelinesNotAcceptedException("guidelines", GuidelinesNotAcceptedException.NOT_ACCEPTED,
          "accept version " + version + " of the guidelines of " + Access.what(community)
          + " before contributing to it again", community, version);
    }
  }
}
