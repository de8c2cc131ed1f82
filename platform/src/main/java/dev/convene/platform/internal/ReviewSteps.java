package dev.convene.platform.internal;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.storage.AuditEntry;
import java.time.Instant;
import java.util.Optional;

/** Moves items along their life: submit, publish, review, archive, restore; one transaction each. */
public final class ReviewSteps {
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
    step.audit().ifPresent(action -> {
      AuditEntry entry = AuditEntry.of(now, actor.user(), before.community(), action, ItemAccess.what(before.id()))
          .withChange(before.reviewState().name(), step.target().name());
      work.audit(reason.map(entry::withReason).orElse(entry));
    });
    return items.update(work, actor, found, before.withReviewState(step.target(), now), step.kind());
  }
}
