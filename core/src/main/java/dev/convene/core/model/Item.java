package dev.convene.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Something published in a community: a {@link Document}, an {@link Event}, an {@link Announcement},
 * a {@link Discussion} or a {@link Poll}. What every item has lives in its {@link #header()}; the accessors here
 * read through to it. Switch over the permitted types with pattern matching.
 */
public sealed interface Item permits Document, Event, Announcement, Discussion, Poll {

  /** What every item has: id, community, author, visibility, review state, concepts, times, version. */
  ItemHeader header();

  /** A copy of this item with another header. */
  Item withHeader(ItemHeader header);

  /** The item's type. */
  default ItemType type() {
    return switch (this) {
      case Document d -> ItemType.DOCUMENT;
      case Event e -> ItemType.EVENT;
      case Announcement a -> ItemType.ANNOUNCEMENT;
      case Discussion d -> ItemType.DISCUSSION;
      case Poll p -> ItemType.POLL;
    };
  }

  /** The item's id. */
  default ItemId id() {
    return header().id();
  }

  /** The community the item belongs to. */
  default CommunityId community() {
    return header().community();
  }

  /** Who wrote the item. */
  default UserId author() {
    return header().author();
  }

  /** The item's title. */
  default String title() {
    return header().title();
  }

  /** The language the item is written in. */
  default Locale language() {
    return header().language();
  }

  /** Who the item declares it is for. */
  default Visibility visibility() {
    return header().visibility();
  }

  /** Where the item is in its life. */
  default ReviewState reviewState() {
    return header().reviewState();
  }

  /** The concepts the item is tagged with. */
  default Set<ConceptId> concepts() {
    return header().concepts();
  }

  /** When the item was created. */
  default Instant created() {
    return header().created();
  }

  /** When the item last changed. */
  default Instant updated() {
    return header().updated();
  }

  /** The store's optimistic-concurrency counter. */
  default long version() {
    return header().version();
  }

  /**
   * The files attached to the item: a {@link Document}'s and an {@link Event}'s; other items take
   * none and answer an empty list.
   */
  default List<Attachment> attachments() {
    return List.of();
  }

  /** A copy in another review state, updated at {@code now}. */
  default Item withReviewState(ReviewState state, Instant now) {
    return withHeader(header().withReviewState(state, now));
  }
}
