package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * What every {@link Item} has, whatever its type.
 *
 * @param id the item's id
 * @param community the community it belongs to
 * @param author who wrote it
 * @param title its title, at most 500 characters
 * @param language the language it is written in
 * @param visibility who it declares it is for; see {@code AccessPolicy#effectiveVisibility}
 * @param reviewState where it is in its life
 * @param concepts the taxonomy concepts it is tagged with
 * @param created when it was created; in years 1 to 9999 (UTC), as every time of the model
 * @param updated when it last changed; not before {@code created}, in years 1 to 9999
 * @param version the store's optimistic-concurrency counter: 0 until first stored
 */
public record ItemHeader(
    ItemId id,
    CommunityId community,
    UserId author,
    String title,
    Locale language,
    Visibility visibility,
    ReviewState reviewState,
    Set<ConceptId> concepts,
    Instant created,
    Instant updated,
    long version) {

  /** The longest title. */
  public static final int MAX_TITLE_LENGTH = 500;

  /** Validates the header. */
  public ItemHeader {
    Checks.required(id, "id");
    Checks.required(community, "community");
    Checks.required(author, "author");
    Checks.text(title, "title", MAX_TITLE_LENGTH);
    language = Checks.language(language, "language");
    Checks.required(visibility, "visibility");
    Checks.required(reviewState, "reviewState");
    concepts = Set.copyOf(Checks.noNulls(concepts, "concepts"));
    Checks.instant(created, "created");
    Checks.instant(updated, "updated");
    Checks.check(!updated.isBefore(created), "updated", "not-before-created", "cannot be before the creation time");
    Checks.check(version >= 0, "version", "non-negative", "must not be negative");
  }

  /**
   * A new draft header: review state {@code DRAFT}, no concepts, created and updated at {@code now},
   * version 0.
   *
   * @param id the item's id
   * @param community the community the item belongs to
   * @param author who writes the item
   * @param title the item's title
   * @param language the language the item is written in
   * @param visibility who the item declares it is for
   * @param now the time of creation
   * @return the header
   */
  public static ItemHeader draft(ItemId id, CommunityId community, UserId author, String title, Locale language,
      Visibility visibility, Instant now) {
    return new ItemHeader(id, community, author, title, language, visibility, ReviewState.DRAFT, Set.of(), now, now, 0);
  }

  /**
   * A copy in another review state, updated at {@code now}.
   *
   * @param state the new review state
   * @param now the time of the change
   * @return a copy of this header in that state
   */
  public ItemHeader withReviewState(ReviewState state, Instant now) {
    return new ItemHeader(id, community, author, title, language, visibility, state, concepts, created, now, version);
  }

  /**
   * A copy with another declared visibility, updated at {@code now}.
   *
   * @param newVisibility the declared visibility
   * @param now the time of the change
   * @return a copy of this header with that visibility
   */
  public ItemHeader withVisibility(Visibility newVisibility, Instant now) {
    return new ItemHeader(id, community, author, title, language, newVisibility, reviewState, concepts, created, now,
        version);
  }

  /**
   * A copy tagged with exactly {@code newConcepts}, updated at {@code now}.
   *
   * @param newConcepts the ids of the concepts, replacing the current ones
   * @param now the time of the change
   * @return a copy of this header with those concepts
   */
  public ItemHeader withConcepts(Set<ConceptId> newConcepts, Instant now) {
    return new ItemHeader(id, community, author, title, language, visibility, reviewState, newConcepts, created, now,
        version);
  }

  /**
   * A copy with another title, updated at {@code now}.
   *
   * @param newTitle the title
   * @param now the time of the change
   * @return a copy of this header with that title
   */
  public ItemHeader withTitle(String newTitle, Instant now) {
    return new ItemHeader(id, community, author, newTitle, language, visibility, reviewState, concepts, created, now,
        version);
  }

  /**
   * A copy with another version (for stores).
   *
   * @param newVersion the store's new version
   * @return a copy of this header with that version; its update time stays
   */
  public ItemHeader withVersion(long newVersion) {
    return new ItemHeader(id, community, author, title, language, visibility, reviewState, concepts, created, updated,
        newVersion);
  }
}
