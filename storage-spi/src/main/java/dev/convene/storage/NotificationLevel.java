package dev.convene.storage;

/** How much a member hears from a community they follow. */
public enum NotificationLevel {
  /** Every new item, reply and announcement the member may see. */
  ALL,
  /** Announcements, events and what asks for the member's action. */
  IMPORTANT,
  /** Nothing but what asks for the member's action as a moderator or admin. */
  NONE
}
