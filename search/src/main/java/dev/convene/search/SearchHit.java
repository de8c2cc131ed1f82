package dev.convene.search;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One thing found, which the actor may see.
 *
 * @param kind an item or a community
 * @param item the item's id, for an item
 * @param itemType the item's type, for an item
 * @param community the item's community, or the community found
 * @param title the item's title, or the community's name in the display language
 * @param snippet a passage of the text as HTML: the text escaped, the words that matched in {@code
 *     <mark>} elements; empty when the document has no text beyond its title, or when the request
 *     asked for none ({@link SearchRequestBuilder#snippets(boolean)})
 * @param concepts the concepts it is tagged with, labelled in the display language
 * @param date the item's date (see {@link SortOrder#DATE}); empty for a community
 * @param score how well it matched, comparable only within one result
 */
public record SearchHit(HitKind kind, Optional<ItemId> item, Optional<ItemType> itemType, CommunityId community,
    String title, String snippet, List<ConceptLabel> concepts, Optional<Instant> date, float score) {

  /** Validates and copies the hit. */
  public SearchHit {
    Checks.required(kind, "kind");
    Checks.required(item, "item");
    Checks.required(itemType, "itemType");
    Checks.check(item.isPresent() == (kind == HitKind.ITEM) && itemType.isPresent() == item.isPresent(), "item",
        "kind-item", "an item hit has an item id and type, a community hit neither");
    Checks.required(community, "community");
    Checks.required(title, "title");
    Checks.required(snippet, "snippet");
    concepts = List.copyOf(Checks.noNulls(concepts, "concepts"));
    Checks.required(date, "date");
  }
}
