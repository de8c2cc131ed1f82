package dev.convene.core.model;

/**
 * Who an item declares it is for. The <em>effective</em> visibility also depends on the community's
 * current privacy: see {@code AccessPolicy#effectiveVisibility}.
 */
public enum Visibility {
  /** Readable by everyone who may see the community. */
  PUBLIC,
  /** Readable by the community's active members only. */
  MEMBERS
}
