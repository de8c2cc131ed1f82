package dev.convene.storage;

/** How a moderator closed a {@link Report}: what was done to the content it is about. */
public enum ReportOutcome {
  /** Nothing: the content stays as it is. */
  DISMISSED,
  /** The content was hidden from readers (an item archived, a reply hidden); moderators still see it. */
  HIDDEN,
  /** The content was deleted. */
  REMOVED,
  /** The content's author was blocked in the community; the content stays as it is. */
  AUTHOR_BLOCKED
}
