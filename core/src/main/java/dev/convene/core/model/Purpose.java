package dev.convene.core.model;

/** What a community is for; the purpose constrains its privacy and how people join. */
public enum Purpose {
  /** A knowledge repository: documents, events, announcements and discussions around a theme. */
  REPOSITORY,
  /** A group that works together on something; often a working group inside a larger community. */
  WORKING_GROUP,
  /**
   * A group whose very existence is secret: always {@link Privacy#PRIVATE}, joined by invitation only,
   * and {@code NOT_FOUND} to everyone but its members and invitees.
   */
  HIDDEN_GROUP
}
