package dev.convene.search;

/** What a search hit is. */
public enum HitKind {
  /** An item: a document, event, announcement, discussion or poll. */
  ITEM,
  /** A community. */
  COMMUNITY
}
