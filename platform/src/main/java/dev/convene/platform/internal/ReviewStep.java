package dev.convene.platform.internal;

import dev.convene.core.event.ItemChanged;
import dev.convene.core.model.ReviewState;
import dev.convene.core.policy.Action;
import dev.convene.storage.AuditAction;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The steps of an item's life after its creation, one row each: the action the policy must allow
 * (which also knows from which review states the step may start), the state the item reaches, the
 * event announced, and the audit entry written — for the decisions of reviewers and moderators,
 * not for an author's own submitting or publishing.
 */
public enum ReviewStep {
  SUBMIT(Action.SUBMIT_ITEM, ReviewState.SUBMITTED, ItemChanged.Kind.SUBMITTED, null),
  PUBLISH(Action.PUBLISH_ITEM, ReviewState.PUBLISHED, ItemChanged.Kind.PUBLISHED, null),
  APPROVE(Action.REVIEW_ITEM, ReviewState.PUBLISHED, ItemChanged.Kind.PUBLISHED, AuditAction.ITEM_REVIEWED),
  REJECT(Action.REVIEW_ITEM, ReviewState.REJECTED, ItemChanged.Kind.REJECTED, AuditAction.ITEM_REVIEWED),
  ARCHIVE(Action.ARCHIVE_ITEM, ReviewState.ARCHIVED, ItemChanged.Kind.ARCHIVED, AuditAction.ITEM_ARCHIVED),
  RESTORE(Action.RESTORE_ITEM, ReviewState.PUBLISHED, ItemChanged.Kind.RESTORED, AuditAction.ITEM_ARCHIVED);

  private final Action action;
  private final ReviewState target;
  private final ItemChanged.Kind kind;
  private final Optional<AuditAction> audit;

  ReviewStep(Action action, ReviewState target, ItemChanged.Kind kind, @Nullable AuditAction audit) {
    this.action = action;
    this.target = target;
    this.kind = kind;
    this.audit = Optional.ofNullable(audit);
  }

  public Action action() {
    return action;
  }

  public ReviewState target() {
    return target;
  }

  public ItemChanged.Kind kind() {
    return kind;
  }

  public Optional<AuditAction> audit() {
    return audit;
  }
}
