package dev.convene.platform;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.platform.internal.Access;
import dev.convene.platform.internal.Platform;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;

/**
 * A community's audit log: membership transitions, role and privacy changes, review decisions and
 * platform-admin access, newest first, with actor, time, before and after. Community admins read it.
 */
public final class AuditService {
  private final Platform platform;

  AuditService(Platform platform) {
    this.platform = platform;
  }

  /**
   * The community's audit entries, newest first.
   *
   * @throws dev.convene.core.NotFoundException if the actor may not know the community exists
   * @throws dev.convene.core.AccessDeniedException unless the actor administers the community
   */
  public Page<AuditEntry> list(Actor actor, CommunityId community, PageRequest page) {
    Checks.required(actor, "actor");
    Checks.required(community, "community");
    Checks.required(page, "page");
    AccessContext context = platform.access().context(actor, community);
    platform.access().require(actor, Action.VIEW_AUDIT, context, Access.what(community));
    return platform.storage().read(tx -> tx.audit().forCommunity(community, page));
  }
}
