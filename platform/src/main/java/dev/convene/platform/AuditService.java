package dev.convene.platform;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.platform.internal.Access;
import dev.convene.platform.internal.AuditView;
import dev.convene.platform.internal.ItemPages;
import dev.convene.platform.internal.Platform;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.util.Map;

/**
 * A community's audit log, and the platform-wide one. A community's log holds membership
 * transitions, role and privacy changes, review decisions and platform-admin access, newest first,
 * with actor, time, before and after; community admins read it. The platform-wide log holds what
 * belongs to no community, such as taxonomy changes; platform admins read it.
 *
 * <p>Reading the log gives no sight of the community's items: a line about an item is listed only
 * to those who may see the item now (a line about an item since deleted, only if it shows the item
 * published or archived). A curator's rejection, a platform admin opening a draft, an author
 * deleting their draft are not told to community admins who could not see the item.
 */
public final class AuditService {
  private final Platform platform;
  private final AuditView view;

  AuditService(Platform platform) {
    this.platform = platform;
    this.view = new AuditView(platform);
  }

  /**
   * The community's audit entries that the actor may see, newest first, a page at a time. Lines about
   * items the actor may not see are skipped as if absent: no cursor points at one, and a page holds
   * fewer rows than asked only when it is the last.
   *
   * @param actor who reads the log
   * @param community the community whose log to read
   * @param page the cursor and size of the page
   * @return the page of entries
   * @throws dev.convene.core.NotFoundException if the actor may not know the community exists
   * @throws dev.convene.core.AccessDeniedException unless the actor administers the community
   */
  public Page<AuditEntry> list(Actor actor, CommunityId community, PageRequest page) {
    Checks.required(actor, "actor");
    Checks.required(community, "community");
    Checks.required(page, "page");
    AccessContext context = platform.access().context(actor, community);
    platform.access().require(actor, Action.VIEW_AUDIT, context, Access.what(community));
    return ItemPages.visible(page,
        request -> platform.storage().read(tx -> tx.audit().forCommunity(community, request)),
        entry -> view.shown(actor, context, entry));
  }

  /**
   * The platform-wide audit entries (those of no community, such as {@link
   * dev.convene.storage.AuditAction#TAXONOMY_CHANGED}), newest first, a page at a time.
   *
   * @param actor who reads the log
   * @param page the cursor and size of the page
   * @return the page of entries
   * @throws dev.convene.core.AccessDeniedException unless the actor is a platform admin
   */
  public Page<AuditEntry> listPlatform(Actor actor, PageRequest page) {
    Checks.required(actor, "actor");
    Checks.required(page, "page");
    if (!actor.isPlatformAdmin()) {
      throw new AccessDeniedException(AccessDeniedException.PLATFORM_ADMIN_ONLY, Map.of(),
          "only platform admins read the platform-wide audit log");
    }
    return platform.storage().read(tx -> tx.audit().forPlatform(page));
  }
}
