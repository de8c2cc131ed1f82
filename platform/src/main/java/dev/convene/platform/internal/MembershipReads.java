package dev.convene.platform.internal;

import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.CommunityState;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Decision;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Memberships as the actor may see them: their own, their communities, and a community's member
 * list. Reads go through the policy cache, so a change is seen on the very next call.
 */
public final class MembershipReads {
  private static final Set<MembershipState> ACTIVE_ONLY = Set.of(MembershipState.ACTIVE);

  private final Platform platform;

  public MembershipReads(Platform platform) {
    this.platform = platform;
  }

  /** The actor's own membership of a community they may see. */
  public Optional<Membership> own(Actor actor, CommunityId community) {
    AccessContext context = platform.access().context(actor, community);
    platform.access().require(actor, Action.VIEW_COMMUNITY, context, Access.what(community));
    return context.membership();
  }

  /** The actor's memberships of the communities they may see, by community id. */
  public List<Membership> ofActor(Actor actor) {
    if (actor.user().isEmpty()) {
      return List.of();
    }
    UserId user = actor.user().get();
    Access access = platform.access();
    return platform.storage().read(tx -> tx.memberships().ofUser(user).stream()
        .filter(m -> access.decide(actor, Action.VIEW_COMMUNITY, access.context(tx, actor, m.community())).isAllowed())
        .toList());
  }

  /** One page of a community's members, as the actor may see them. */
  public Page<Membership> members(Actor actor, CommunityId community, MemberQuery query, PageRequest page) {
    String what = Access.what(community);
    AccessContext context = platform.access().context(actor, community);
    platform.access().require(actor, Action.VIEW_MEMBERS, context, what);
    MemberQuery visible = visible(actor, context, query, what);
    return platform.storage().read(tx -> tx.memberships().members(community, visible, page));
  }

  /**
   * The query narrowed to what the actor may see: everything for those who moderate, the active
   * members for everyone else. Asking them explicitly for another state is refused.
   */
  private MemberQuery visible(Actor actor, AccessContext context, MemberQuery query, String what) {
    if (query.states().equals(ACTIVE_ONLY)) {
      return query;
    }
    Decision moderates = moderates(actor, context);
    if (moderates.isAllowed()) {
      if (moderates.isPlatformAdminOverride()) {
        AuditEntry entry = AuditEntry.of(platform.now(), actor.user(), context.community().id(),
            AuditAction.PLATFORM_ADMIN_ACCESS, what).withReason(Action.VIEW_MEMBERS.name() + " in every state");
        platform.storage().useTransaction(tx -> tx.audit().append(entry));
      }
      return query;
    }
    if (!query.states().isEmpty()) {
      moderates.orThrow(what);
    }
    return new MemberQuery(ACTIVE_ONLY, query.roles());
  }

  /**
   * Whether the actor moderates the community (holds MODERATE), asked of the policy as "may they
   * invite?", which needs exactly that permission. It is asked of the community as if it accepted
   * changes: seeing who waits is a read, so archiving does not hide requests from moderators.
   */
  private Decision moderates(Actor actor, AccessContext context) {
    AccessContext active = new AccessContext(context.community().withState(CommunityState.ACTIVE),
        context.parent().map(p -> p.withState(CommunityState.ACTIVE)), context.membership(),
        context.parentMembership(), Optional.empty(), Optional.empty(), context.now());
    return platform.access().decide(actor, Action.INVITE, active);
  }
}
