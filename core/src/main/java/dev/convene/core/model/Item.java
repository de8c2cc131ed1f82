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

  /**
   * What every item has: id, community, author, visibility, review state, concepts, times, version.
   *
   * @return the item's header
   */
  ItemHeader header();

  /**
   * A copy of this item with another header.
   *
   * @param header the header to carry instead of this item's
   * @return a copy of this item with that header
   */
  Item withHeader(ItemHeader header);

  /**
   * The item's type.
   *
   * @return the type, which follows from the item's class
   */
  default ItemType type() {
    return switch (this) {
      case Document d -> ItemType.DOCUMENT;
      case Event e -> ItemType.EVENT;
      case Announcement a -> ItemType.ANNOUNCEMENT;
      case Discussion d -> ItemType.DISCUSSION;
      case Poll p -> ItemType.POLL;
    };
  }

  /**
   * The item's id.
   *
   * @return the id, from the header
   */
  default ItemId id() {
    return header().id();
  }

  /**
   * The community the item belongs to.
   *
   * @return the community's id, from the header
   */
  default CommunityId community() {
    return header().community();
  }

  /**
   * Who wrote the item.
   *
   * @return the author's id, from the header
   */
  default UserId author() {
    return header().author();
  }

  /**
   * The item's title.
   *
   * @return the title, from the header
   */
  default String title() {
    return header().title();
  }

  /**
   * The language the item is written in.
   *
   * @return the language, from the header
   */
  default Locale language() {
    return header().language();
  }

  /**
   * Who the item declares it is for.
   *
   * @return the declared visibility, from the header; see {@link
   *     dev.convene.core.policy.AccessPolicy#effectiveVisibility} for the one that applies
   */
  default Visibility visibility() {
    return header().visibility();
  }

  /**
   * Where the item is in its life.
   *
   * @return the review state, from the header
   */
  default ReviewState reviewState() {
    return header().reviewState();
  }

  /**
   * The concepts the item is tagged with.
   *
   * @return the concepts' ids, from the header; possibly empty
   */
  default Set<ConceptId> concepts() {
    return header().concepts();
  }

  /**
   * When the item was created.
   *
   * @return the creation time, from the header
   */
  default Instant created() {
    return header().created();
  }

  /**
   * When the item last changed.
   *
   * @return the time of the last change, from the header
   */
  default Instant updated() {
    return header().updated();
  }

  /**
   * The store's optimistic-concurrency counter.
   *
   * @return the version, from the header; 0 until the item is stored
   */
  default long version() {
    return header().version();
  }

  /**
   * The files attached to the item: a {@link Document}'s and an {@link Event}'s; other items take
   * none and answer an empty list.
   *
   * @return the attachments, in the order they were added; possibly empty
   */
  default List<Attachment> attachments() {
    return List.of();
  }

  /**
   * A copy in another review state, updated at {@code now}.
   *
   * @param state the new review state
   * @param now the time of the change
   * @return a copy of this item in that state
   */
  default Item withReviewState(ReviewState state, Instant now) {
    return withHeader(header().withReviewState(state, now));
  }
}
