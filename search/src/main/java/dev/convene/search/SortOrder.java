package dev.convene.search;

/** How hits are ordered. Ties are broken by id, so that paging is stable. */
public enum SortOrder {
  /** Best match first. */
  RELEVANCE,
  /**
   * Newest first, by the item's date: an event's start, a document's publication date (or else its
   * creation), every other item's creation. Communities have no date and come last.
   */
  DATE
}
