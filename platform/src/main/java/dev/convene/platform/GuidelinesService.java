package dev.convene.platform;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.event.CommunityChanged;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.CommunityState;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Membership;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Reason;
import dev.convene.platform.internal.Access;
import dev.convene.platform.internal.GuidelinesRules;
import dev.convene.platform.internal.Platform;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Guidelines;
import dev.convene.storage.GuidelinesAcceptance;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Community guidelines: localized, versioned, accepted on entering a community and after a change.
 *
 * <p>A community's admins (and platform admins, audited) publish its guidelines; each publication is
 * a new immutable version, numbered from 1, with its author and time, audited as {@link
 * AuditAction#GUIDELINES_PUBLISHED}. Anyone who may see the community reads its current and earlier
 * versions; a community the actor may not know exists is a {@link NotFoundException}, as if it did
 * not exist. Joining, asking to join and accepting an invitation name the version accepted ({@link
 * MembershipService#join(Actor, CommunityId, int)} and its siblings); once the guidelines change, an
 * active member accepts the new version here before contributing again, unless the platform's {@link
 * dev.convene.core.policy.PolicySettings#guidelinesBeforeContributing()} is off. Reading is never
 * blocked. Each acceptance is recorded with its user, version and time and audited as {@link
 * AuditAction#GUIDELINES_ACCEPTED}. A community without guidelines behaves as if this service did not
 * exist.
 */
public final class GuidelinesService {
  private final Platform platform;

  GuidelinesService(Platform platform) {
    this.platform = platform;
  }

  /**
   * Publishes a new version of the community's guidelines. The actor names the version they read as
   * current, so that two admins publishing at once never replace each other's text unseen: the second
   * is refused and reads again. The publisher, if an active member, accepts the new version with it.
   *
   * @param actor an admin of the community
   * @param community the community's id
   * @param text the guidelines by language, at least one, each at most {@value
   *     Guidelines#MAX_TEXT_LENGTH} characters
   * @param currentVersion the version the actor read as current, 0 if the community had none
   * @return the stored version, {@code currentVersion + 1}
   * @throws NotFoundException if the actor may not know the community exists
   * @throws AccessDeniedException if the actor does not administer the community, or it is archived
   * @throws ConflictException if the current version is not {@code currentVersion}: the guidelines
   *     changed since the actor read them
   * @throws ValidationException if the text is missing, empty or too long ({@code text}), or {@code
   *     currentVersion} is negative ({@code currentVersion}, {@code not-negative})
   */
  public Guidelines publish(Actor actor, CommunityId community, LocalizedText text, int currentVersion) {
    Checks.required(actor, "actor");
    Checks.required(community, "community");
    Checks.check(currentVersion >= 0, "currentVersion", "not-negative",
        "name the version read as current, 0 for none");
    return platform.writes().run(work -> {
      AccessContext context = platform.access().context(work.tx(), actor, community);
      platform.access().require(work, actor, Action.EDIT_SETTINGS, context, Access.what(community));
      int stored = work.tx().guidelines().current(community).map(Guidelines::version).orElse(0);
      if (stored != currentVersion) {
        throw new ConflictException(ConflictException.STALE_VERSION,
            Map.of("stored", stored, "expected", currentVersion),
            "the guidelines of " + Access.what(community) + " are at version " + stored
            + ", not " + currentVersion + "; read them again");
      }
      Instant now = platform.now();
      UserId author = actor.user().orElseThrow();
      Guidelines published = work.tx().guidelines().publish(new Guidelines(community, currentVersion + 1,
          Checks.required(text, "text"), author, now));
      work.audit(AuditEntry.of(now, actor.user(), community, AuditAction.GUIDELINES_PUBLISHED,
          "version " + published.version()));
      if (context.membership().filter(Membership::isActive).isPresent()) {
        GuidelinesRules.record(work, author, new GuidelinesAcceptance(community, author, published.version(), now));
      }
      work.emit(new CommunityChanged(community, CommunityChanged.Kind.GUIDELINES_PUBLISHED, actor.user(), now));
      return published;
    });
  }

  /**
   * The community's current guidelines, or empty if it has none.
   *
   * @param actor who reads
   * @param community the community's id
   * @return the current guidelines, or empty
   * @throws NotFoundException if the actor may not know the community exists
   */
  public Optional<Guidelines> current(Actor actor, CommunityId community) {
    seen(actor, community);
    return platform.storage().read(tx -> tx.guidelines().current(community));
  }

  /**
   * One version of the community's guidelines, current or earlier.
   *
   * @param actor who reads
   * @param community the community's id
   * @param version the version, from 1
   * @return those guidelines
   * @throws NotFoundException if the actor may not know the community exists, or it has no such
   *     version
   */
  public Guidelines version(Actor actor, CommunityId community, int version) {
    seen(actor, community);
    return platform.storage().read(tx -> tx.guidelines().get(community, version)).orElseThrow(() ->
        new NotFoundException("guidelines version " + version + " of " + Access.what(community) + " not found"));
  }

  /**
   * Every version of the community's guidelines, oldest first; empty if it has none.
   *
   * @param actor who reads
   * @param community the community's id
   * @return the versions, possibly none
   * @throws NotFoundException if the actor may not know the community exists
   */
  public List<Guidelines> history(Actor actor, CommunityId community) {
    seen(actor, community);
    return platform.storage().read(tx -> tx.guidelines().versions(community));
  }

  /**
   * Accepts the community's current guidelines as an active member, after they changed. Accepting the
   * version the actor accepted last changes nothing.
   *
   * @param actor an active member of the community
   * @param community the community's id
   * @param version the version the actor read and accepts, which must be the current one
   * @return the acceptance as recorded
   * @throws NotFoundException if the actor may not know the community exists
   * @throws AccessDeniedException if the actor is not an active member (others accept the guidelines
   *     as they join, ask to join or accept an invitation), or the community is archived
   * @throws GuidelinesNotAcceptedException if the guidelines changed since that version ({@value
   *     GuidelinesNotAcceptedException#CHANGED})
   * @throws ValidationException if the community has no guidelines or no such version ({@code
   *     guidelinesVersion}, {@code known-version}), or the version is below 1
   */
  public GuidelinesAcceptance accept(Actor actor, CommunityId community, int version) {
    Checks.required(actor, "actor");
    Checks.required(community, "community");
    Checks.check(version >= 1, GuidelinesRules.VERSION_FIELD, "positive", "guidelines versions count from 1");
    return platform.writes().run(work -> {
      AccessContext context = platform.access().context(work.tx(), actor, community);
      platform.access().require(work, actor, Action.VIEW_COMMUNITY, context, Access.what(community));
      if (actor.user().isEmpty() || context.membership().filter(Membership::isActive).isEmpty()) {
        throw new AccessDeniedException(Reason.MEMBERS_ONLY.code(), Map.of(), "only active members of "
            + Access.what(community)
            + " accept its guidelines here; others accept them as they join");
      }
      if (context.community().state() == CommunityState.ARCHIVED) {
        throw new AccessDeniedException(Reason.ARCHIVED.code(), Map.of(),
            Access.what(community) + " is archived and read-only");
      }
      int current = work.tx().guidelines().current(community).map(Guidelines::version).orElseThrow(() ->
          new ValidationException(GuidelinesRules.VERSION_FIELD, "known-version", Access.what(community)
              + " has no guidelines to accept"));
      GuidelinesRules.requireCurrent(community, version, current);
      UserId user = actor.user().get();
      return GuidelinesRules.record(work, user, new GuidelinesAcceptance(community, user, current, platform.now()));
    });
  }

  /**
   * The actor's acceptance of the highest version they accepted in the community, if any.
   *
   * @param actor who asks
   * @param community the community's id
   * @return the acceptance, or empty
   * @throws NotFoundException if the actor may not know the community exists
   */
  public Optional<GuidelinesAcceptance> acceptance(Actor actor, CommunityId community) {
    seen(actor, community);
    return actor.user().flatMap(user -> platform.storage().read(tx -> tx.guidelines().latest(community, user)));
  }

  /**
   * The community's current guidelines if the actor, an active member, has yet to accept them before
   * contributing; empty otherwise (no guidelines, accepted, not an active member, or the platform does
   * not ask members to accept again). A portal shows them with a button that calls {@link #accept}.
   *
   * @param actor who asks
   * @param community the community's id
   * @return the guidelines to accept, or empty
   * @throws NotFoundException if the actor may not know the community exists
   */
  public Optional<Guidelines> pending(Actor actor, CommunityId community) {
    AccessContext context = seen(actor, community);
    if (!platform.policy().settings().guidelinesBeforeContributing() || actor.user().isEmpty()
        || context.membership().filter(Membership::isActive).isEmpty()) {
      return Optional.empty();
    }
    UserId user = actor.user().get();
    return platform.storage().read(tx -> tx.guidelines().current(community).filter(current ->
        tx.guidelines().latest(community, user).map(GuidelinesAcceptance::version).orElse(0) < current.version()));
  }

  /**
   * Every acceptance in the community, by user then version, for those who read its audit log (its
   * admins).
   *
   * @param actor an admin of the community
   * @param community the community's id
   * @return the acceptances, possibly none
   * @throws NotFoundException if the actor may not know the community exists
   * @throws AccessDeniedException if the actor may not read the community's audit log
   */
  public List<GuidelinesAcceptance> acceptances(Actor actor, CommunityId community) {
    Checks.required(actor, "actor");
    Checks.required(community, "community");
    AccessContext context = platform.access().context(actor, community);
    platform.access().require(actor, Action.VIEW_AUDIT, context, Access.what(community));
    return platform.storage().read(tx -> tx.guidelines().acceptances(community));
  }

  private AccessContext seen(Actor actor, CommunityId community) {
    Checks.required(actor, "actor");
    Checks.required(community, "community");
    AccessContext context = platform.access().context(actor, community);
    platform.access().require(actor, Action.VIEW_COMMUNITY, context, Access.what(community));
    return context;
  }
}
