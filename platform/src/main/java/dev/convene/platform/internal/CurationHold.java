package dev.convene.platform.internal;

import dev.convene.core.event.ItemChanged;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a privacy change from bypassing curation. An item declared PUBLIC in a private community is
 * members-only, so no curator reviewed it; when the platform curates public content and the
 * community (or, for a working group, its parent) stops being private, such items would become
 * public unreviewed. Instead they go back to SUBMITTED, in the same transaction, and wait for
 * curators before anyone sees them again. Each move is audited and announced, so the index and the
 * curators' notifications follow.
 */
public final class CurationHold {
  /** The reason written on each item's audit entry. */
  static final String REASON = "its community stopped being private: it waits for curators before the public sees it";

  private final Platform platform;

  public CurationHold(Platform platform) {
    this.platform = platform;
  }

  /**
   * Sends back to curators the published items that {@code before} kept members-only and {@code
   * after} makes public, in the community and in its working groups.
   *
   * @return how many items now wait for curators
   */
  public int afterPrivacyChange(Work work, Actor actor, Community before, Community after,
      Optional<Community> parent) {
    if (!platform.policy().settings().curatePublicContent()) {
      return 0;
    }
    int held = 0;
    if (opens(before, after, parent, parent)) {
      held += hold(work, actor, after);
    }
    for (Community group : work.tx().communities().workingGroups(after.id())) {
      if (opens(group, group, Optional.of(before), Optional.of(after))) {
        held += hold(work, actor, group);
      }
    }
    return held;
  }

  /**
   * Claims the item's community, and its parent first, when the write leaves an item published and
   * declared public that was not, where curation applies but the community is private for now: the
   * write rests on that privacy, which kept curators out. A privacy change committed meanwhile, which
   * this write's read did not see and whose hold did not see this item, makes this write a conflict;
   * one that comes after waits for it, then conflicts and reads it. Without the claim both would
   * commit on a store that isolates by snapshot, and the item would be public unreviewed.
   */
  static void claimWhilePrivate(Platform platform, Work work, ItemAccess.Found found, Item changed) {
    Item before = found.item();
    boolean exposedBefore = before.reviewState() == ReviewState.PUBLISHED && before.visibility() == Visibility.PUBLIC;
    boolean exposedAfter = changed.reviewState() == ReviewState.PUBLISHED && changed.visibility() == Visibility.PUBLIC;
    if (!platform.policy().settings().curatePublicContent() || exposedBefore || !exposedAfter
        || AccessPolicy.effectivePrivacy(found.context()) != Privacy.PRIVATE) {
      return;
    }
    found.context().parent().ifPresent(parent -> work.tx().communities().claim(parent.id(), parent.version()));
    Community community = found.context().community();
    work.tx().communities().claim(community.id(), community.version());
  }

  private static boolean opens(Community before, Community after, Optional<Community> parentBefore,
      Optional<Community> parentAfter) {
    return AccessPolicy.effectivePrivacy(before, parentBefore) == Privacy.PRIVATE
        && AccessPolicy.effectivePrivacy(after, parentAfter) != Privacy.PRIVATE;
  }

  private int hold(Work work, Actor actor, Community community) {
    List<Item> declaredPublic = new ArrayList<>();
    ItemQuery published = ItemQuery.in(community.id()).withReviewStates(ReviewState.PUBLISHED);
    PageRequest page = PageRequest.first(500);
    while (true) {
      Page<Item> stored = work.tx().items().list(published, page);
      stored.items().stream().filter(i -> i.visibility() == Visibility.PUBLIC).forEach(declaredPublic::add);
      if (stored.next().isEmpty()) {
        break;
      }
      page = page.after(stored.next().get());
    }
    Instant now = platform.now();
    for (Item item : declaredPublic) {
      Item held = work.tx().items().update(item.withReviewState(ReviewState.SUBMITTED, now));
      work.audit(AuditEntry.of(now, actor.user(), community.id(), AuditAction.ITEM_REVIEWED, ItemAccess.what(item.id()))
          .withChange(ReviewState.PUBLISHED.name(), ReviewState.SUBMITTED.name()).withReason(REASON));
      work.emit(new ItemChanged(community.id(), held.id(), held.type(), ItemChanged.Kind.SUBMITTED, actor.user(), now));
    }
    return declaredPublic.size();
  }
}
