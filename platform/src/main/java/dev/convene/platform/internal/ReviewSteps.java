package dev.convene.platform.internal;

import dev.convene.core.event.ItemChanged;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.storage.AuditEntry;
import java.time.Instant;
import java.util.Optional;

/**
 * Moves items along their life: submit, publish, review, archive, restore; one transaction each. A
 * restore that would make an item public, on a platform that curates public content, sends it to
 * curators instead: nothing records that curators saw it before it was archived, and it may have
 * been archived while its community was private, where no curator reviews.
 */
public final class ReviewSteps {
  /** The reason written on the audit entry of a restore sent to curators. */
  static final String RESTORED_FOR_CURATORS = "restored as public: it waits for curators before the public sees it";

  private final Platform platform;
  private final ItemAccess items;

  public ReviewSteps(Platform platform, ItemAccess items) {
    this.platform = platform;
    this.items = items;
  }

  /** Takes the step if the policy allows it; the reason, if any, goes to the audit entry. */
  public Item take(Actor actor, ItemId id, ReviewStep step, Optional<String> reason) {
    return items.change(actor, id, Item.class, step.action(), (work, found) -> apply(work, actor, found, step, reason));
  }

  /** Submits the item if it must be reviewed, and publishes it otherwise, as the policy says. */
  public Item submitOrPublish(Actor actor, ItemId id) {
    return items.change(actor, id, Item.class, found -> step(found).action(),
        (work, found) -> apply(work, actor, found, step(found), Optional.empty()));
  }

  private ReviewStep step(ItemAccess.Found found) {
    return platform.policy().requiresReview(found.item(), found.context()) ? ReviewStep.SUBMIT : ReviewStep.PUBLISH;
  }

  private Item apply(Work work, Actor actor, ItemAccess.Found found, ReviewStep step, Optional<String> reason) {
    Item before = found.item();
    if (step == ReviewStep.PUBLISH || step == ReviewStep.APPROVE) {
      ItemCuration.requireConceptToPublish(platform, before);
    }
    Instant now = platform.now();
    boolean toCurators = step == ReviewStep.RESTORE && curated(found);
    ReviewState target = toCurators ? ReviewState.SUBMITTED : step.target();
    Optional<String> why = toCurators ? Optional.of(reason.orElse(RESTORED_FOR_CURATORS)) : reason;
    step.audit().ifPresent(action -> {
      AuditEntry entry = AuditEntry.of(now, actor.user(), before.community(), action, ItemAccess.what(before.id()))
          .withChange(before.reviewState().name(), target.name());
      work.audit(why.map(entry::withReason).orElse(entry));
    });
    return items.update(work, actor, found, before.withReviewState(target, now),
        toCurators ? ItemChanged.Kind.SUBMITTED : step.kind());
  }

  /** Whether curators must see the item before it is public where it stands now. */
  private boolean curated(ItemAccess.Found found) {
    return platform.policy().settings().curatePublicContent() && AccessPolicy.effectiveVisibility(found.item(),
        found.context().community(), found.context().parent()) == Visibility.PUBLIC;
  }
}
