package dev.convene.core.model;

/** A part of a community that can be switched on or off. */
public enum Section {
  /** Where {@linkplain ItemType#DOCUMENT documents} live. */
  DOCUMENTS,
  /** Where {@linkplain ItemType#EVENT events} live. */
  EVENTS,
  /** Where {@linkplain ItemType#ANNOUNCEMENT announcements} live. */
  ANNOUNCEMENTS,
  /** Where {@linkplain ItemType#DISCUSSION discussions} live. */
  DISCUSSIONS,
  /** The community's working groups: switched off, it can have none. */
  WORKING_GROUPS,
  /** Where {@linkplain ItemType#POLL polls} live. */
  POLLS
}
