package dev.convene.platform.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.event.ItemChanged;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Poll;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.Action;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Edits, tags and deletes items; one transaction each. */
public final class ItemEdits {
  private final Platform platform;
  private final ItemAccess items;
  private final BodyLimit bodyLimit;

  public ItemEdits(Platform platform, ItemAccess items, BodyLimit bodyLimit) {
    this.platform = platform;
    this.items = items;
    this.bodyLimit = bodyLimit;
  }

  /**
   * Stores the author's changed copy: what the platform manages (id, community, author, type,
   * review state, creation time) must be as read; what other actions manage (a document's
   * attachments, a discussion's replies and lock, a poll's mode and options) is kept as stored.
   */
  public Item edit(Actor actor, Item changed) {
    return items.change(actor, changed.id(), Item.class, Action.EDIT_ITEM, (work, found) -> {
      Item stored = found.item();
      requireVersion(stored, changed.version());
      Checks.check(changed.community().equals(stored.community()), "community", "immutable", "an item cannot move");
      Checks.check(changed.author().equals(stored.author()), "author", "immutable", "the author cannot change");
      Checks.check(changed.type() == stored.type(), "type", "immutable", "the type of an item cannot change");
      Checks.check(changed.created().equals(stored.created()), "created", "immutable",
          "the creation time cannot change");
      Checks.check(changed.reviewState() == stored.reviewState(), "reviewState", "use-review-steps",
          "submit, publish, review, archive or restore the item instead");
      // Widening a published item would make it public without the review public items need.
      boolean widened = stored.visibility() == Visibility.MEMBERS && changed.visibility() == Visibility.PUBLIC;
      Checks.check(!(widened && stored.reviewState() == ReviewState.PUBLISHED
          && platform.policy().requiresReview(changed, found.context().withItem(changed))), "visibility",
          "review-required", "a published item cannot become public without review; post a public item for review");
      ItemConcepts.requireKnown(work.tx(), changed.concepts(), stored.concepts());
      EventMedia.requireEnded(changed, stored, platform.now());
      bodyLimit.require(changed, Optional.of(stored));
      return items.update(work, actor, found, touched(managedAsStored(changed, stored)), ItemChanged.Kind.EDITED);
    });
  }

  /** Tags the item with exactly {@code concepts}. */
  public Item tag(Actor actor, ItemId id, Set<ConceptId> concepts) {
    return items.change(actor, id, Item.class, Action.EDIT_ITEM, (work, found) -> {
      Item stored = found.item();
      ItemConcepts.requireKnown(work.tx(), concepts, stored.concepts());
      Item tagged = stored.withHeader(stored.header().withConcepts(concepts, platform.now()));
      return items.update(work, actor, found, tagged, ItemChanged.Kind.EDITED);
    });
  }

  /** Deletes the item, replies included. */
  public void delete(Actor actor, ItemId id, long expectedVersion) {
    items.change(actor, id, Item.class, Action.DELETE_ITEM, (work, found) -> {
      Item stored = found.item();
      requireVersion(stored, expectedVersion);
      work.tx().items().delete(id, expectedVersion);
      work.audit(AuditEntry.of(platform.now(), actor.user(), stored.community(), AuditAction.ITEM_DELETED,
          ItemAccess.what(id)).withChange(Optional.of(stored.reviewState().name()), Optional.empty()));
      items.emit(work, actor, stored, ItemChanged.Kind.DELETED);
      return stored;
    });
  }

  private static void requireVersion(Item stored, long version) {
    if (stored.version() != version) {
      throw new ConflictException(ConflictException.STALE_VERSION,
          Map.of("stored", stored.version(), "expected", version),
          ItemAccess.what(stored.id()) + " was changed meanwhile: it is at version "
          + stored.version() + ", not " + version);
    }
  }

  private Item touched(Item item) {
    // The same review state, updated now: the header's one way to set the update time alone.
    return item.withReviewState(item.reviewState(), platform.now());
  }

  private static Item managedAsStored(Item changed, Item stored) {
    return switch (changed) {
      case Document d when stored instanceof Document s -> new Document(d.header(), d.summary(), d.body(),
          d.authors(), d.publisher(), d.publicationDate(), d.documentType(), s.attachments());
      case Event e when stored instanceof Event s -> e.withAttachments(s.attachments());
      case Discussion d when stored instanceof Discussion s -> new Discussion(d.header(), d.body(), s.locked(),
          s.replies(), d.mentions());
      // a poll's mode and options are kept: votes name the options, and ideas come through their own call
      case Poll p when stored instanceof Poll s -> new Poll(p.header(), p.description(), s.mode(), s.options(),
          p.closes(), p.results());
      default -> changed;
    };
  }
}
