package dev.convene.platform.internal;

import dev.convene.core.event.ItemChanged;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.policy.Action;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What curators do to categorise content: set the concepts of the items they review and of public
 * items, and the platform's rule that an item carries a concept before it is published.
 */
public final class ItemCuration {
  private final Platform platform;
  private final ItemAccess items;

  public ItemCuration(Platform platform, ItemAccess items) {
    this.platform = platform;
    this.items = items;
  }

  /** Sets the item's concepts as CATEGORISE_ITEM allows, audited with the concepts before and after. */
  public Item categorise(Actor actor, ItemId id, Set<ConceptId> concepts) {
    return items.change(actor, id, Item.class, Action.CATEGORISE_ITEM, (work, found) -> {
      Item stored = found.item();
      ItemConcepts.requireKnown(work.tx(), concepts, stored.concepts());
      Item tagged = stored.withHeader(stored.header().withConcepts(concepts, platform.now()));
      work.audit(AuditEntry.of(platform.now(), actor.user(), stored.community(), AuditAction.ITEM_CATEGORISED,
          ItemAccess.what(id)).withChange(listed(stored.concepts()), listed(concepts)));
      return items.update(work, actor, found, tagged, ItemChanged.Kind.EDITED);
    });
  }

  /**
   * Requires a concept on an item about to be published, when the platform setting asks for one.
   *
   * @throws dev.convene.core.ValidationException ({@code concepts}, {@code required-to-publish})
   */
  public static void requireConceptToPublish(Platform platform, Item item) {
    Checks.check(!platform.policy().settings().conceptRequiredToPublish() || !item.concepts().isEmpty(), "concepts",
        "required-to-publish", "%s needs at least one concept before it is published", ItemAccess.what(item.id()));
  }

  private static String listed(Set<ConceptId> concepts) {
    return concepts.stream().map(ConceptId::value).sorted().collect(Collectors.joining(", ", "[", "]"));
  }
}
