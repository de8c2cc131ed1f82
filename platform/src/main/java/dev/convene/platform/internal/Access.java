package dev.convene.platform.internal;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Decision;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Storage;
import dev.convene.storage.Transaction;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Builds the {@link AccessContext} of a call and asks {@link AccessPolicy}; the only way services
 * check access. What the actor may not know exists becomes a {@link NotFoundException} worded exactly
 * like the one for an id that does not exist, and a platform admin's override is audited.
 */
public final class Access {
  private final AccessPolicy policy;
  private final PolicyCache cache;
  private final Storage storage;
  private final Clock clock;

  public Access(AccessPolicy policy, PolicyCache cache, Storage storage, Clock clock) {
    this.policy = policy;
    this.cache = cache;
    this.storage = storage;
    this.clock = clock;
  }

  public AccessPolicy policy() {
    return policy;
  }

  /** The context of a read, from the policy cache. */
  public AccessContext context(Actor actor, CommunityId id) {
    return context(Lookup.of(cache), actor, id);
  }

  /** The context of a write, read fresh inside its transaction. */
  public AccessContext context(Transaction tx, Actor actor, CommunityId id) {
    return context(Lookup.of(tx), actor, id);
  }

  private AccessContext context(Lookup lookup, Actor actor, CommunityId id) {
    Community community = lookup.community(id).orElseThrow(() -> notFound(id));
    Instant now = clock.instant();
    Optional<Community> parent = community.parent().map(p -> lookup.community(p).orElseThrow(() -> notFound(id)));
    AccessContext context = parent.map(p -> AccessContext.of(community, p, now))
        .orElseGet(() -> AccessContext.of(community, now));
    if (actor.user().isEmpty()) {
      return context;
    }
    UserId user = actor.user().get();
    context = context.withMembership(lookup.membership(id, user));
    return parent.isEmpty() ? context : context.withParentMembership(lookup.membership(parent.get().id(), user));
  }

  /** The exception for a community that does not exist or that the actor may not know exists. */
  public static NotFoundException notFound(CommunityId id) {
    return new NotFoundException(what(id) + " not found");
  }

  /** How a community is named in messages: by the id the caller gave, which reveals nothing new. */
  public static String what(CommunityId id) {
    return "community " + id;
  }

  /** Decides without throwing. */
  public Decision decide(Actor actor, Action action, AccessContext context) {
    return policy.decide(actor, action, context);
  }

  /**
   * Requires the action inside a write transaction, auditing a platform admin's override there; an
   * active member who contributes must also have accepted the community's current guidelines ({@link
   * GuidelinesRules}).
   *
   * @throws NotFoundException if the actor may not know {@code what} exists
   * @throws dev.convene.core.AccessDeniedException if the actor may not do this
   * @throws dev.convene.platform.GuidelinesNotAcceptedException if a member has not accepted the
   *     current guidelines before contributing
   */
  public void require(Work work, Actor actor, Action action, AccessContext context, String what) {
    Decision decision = policy.decide(actor, action, context);
    decision.orThrow(what);
    if (decision.isPlatformAdminOverride()) {
      work.tx().audit().append(overrideEntry(actor, action, context, what));
    }
    GuidelinesRules.beforeContributing(work.tx(), actor, action, context, policy.settings());
  }

  /**
   * Requires the action for a read, auditing a platform admin's override in a transaction of its
   * own.
   */
  public void require(Actor actor, Action action, AccessContext context, String what) {
    Decision decision = policy.decide(actor, action, context);
    decision.orThrow(what);
    if (decision.isPlatformAdminOverride()) {
      storage.useTransaction(tx -> tx.audit().append(overrideEntry(actor, action, context, what)));
    }
  }

  private AuditEntry overrideEntry(Actor actor, Action action, AccessContext context, String what) {
    return AuditEntry.of(clock.instant(), actor.user(), context.community().id(), AuditAction.PLATFORM_ADMIN_ACCESS,
        what).withReason(action.name());
  }
}
