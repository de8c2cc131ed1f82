package dev.convene.core.model;

/** A part of a community that can be switched on or off. */
public enum Section {
  DOCUMENTS,
  EVENTS,
  ANNOUNCEMENTS,
  DISCUSSIONS,
  WORKING_GROUPS,
  POLLS
}
