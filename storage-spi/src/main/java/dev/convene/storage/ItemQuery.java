package dev.convene.storage;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.ReviewState;
import dev.convene.storage.internal.Args;
import java.util.Optional;
import java.util.Set;

/**
 * Which items {@link ItemStore#list} returns. An absent community or an empty set does not filter;
 * every filter that is set must match. {@link #all()} lists every item of the store, as rebuilding a
 * search index does.
 *
 * @param community keep the items of this community
 * @param types keep items of one of these types
 * @param reviewStates keep items in one of these review states
 */
public record ItemQuery(Optional<CommunityId> community, Set<ItemType> types, Set<ReviewState> reviewStates) {

  private static final ItemQuery ALL = new ItemQuery(Optional.empty(), Set.of(), Set.of());

  /**
   * Validates and copies the query.
   *
   * @throws dev.convene.core.ValidationException if a value or an element is missing
   */
  public ItemQuery {
    Checks.required(community, "community");
    types = Set.copyOf(Checks.noNulls(types, "types"));
    reviewStates = Set.copyOf(Checks.noNulls(reviewStates, "reviewStates"));
  }

  /**
   * Every item of every community.
   *
   * @return the query with no filter
   */
  public static ItemQuery all() {
    return ALL;
  }

  /**
   * Every item of {@code community}.
   *
   * @param community the community whose items to keep
   * @return the query
   * @throws dev.convene.core.ValidationException if {@code community} is missing
   */
  public static ItemQuery in(CommunityId community) {
    return new ItemQuery(Optional.of(Checks.required(community, "community")), Set.of(), Set.of());
  }

  /**
   * A copy keeping items of one of {@code values}.
   *
   * @param values the item types to keep
   * @return a copy of this query with that filter
   */
  public ItemQuery withTypes(ItemType... values) {
    return new ItemQuery(community, Args.setOf("types", values), reviewStates);
  }

  /**
   * A copy keeping items in one of {@code values}.
   *
   * @param values the review states to keep
   * @return a copy of this query with that filter
   */
  public ItemQuery withReviewStates(ReviewState... values) {
    return new ItemQuery(community, types, Args.setOf("reviewStates", values));
  }

  /**
   * Whether {@code item} passes every filter.
   *
   * @param item the item to test
   * @return {@code true} if it passes every filter
   */
  public boolean matches(Item item) {
    Checks.required(item, "item");
    return community.map(c -> c.equals(item.community())).orElse(true)
        && (types.isEmpty() || types.contains(item.type()))
        && (reviewStates.isEmpty() || reviewStates.contains(item.reviewState()));
  }
}
