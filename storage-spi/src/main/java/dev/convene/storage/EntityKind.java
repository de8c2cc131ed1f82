package dev.convene.storage;

/**
 * The kinds of versioned aggregate the {@link ChangeLog} records, and what a {@link ChangeEntry}'s
 * {@code id} and {@code community} hold for each.
 */
public enum EntityKind {
  /** A community: the id is the community's id, and so is the community. */
  COMMUNITY,
  /** A membership: the id is the user's id, the community the membership's community. */
  MEMBERSHIP,
  /** An item, replies included: the id is the item's id, the community the item's community. */
  ITEM,
  /** The taxonomy: the id is {@value ChangeEntry#TAXONOMY_ID}, and there is no community. */
  TAXONOMY
}
