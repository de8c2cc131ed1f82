package dev.convene.core.model;

/** The kinds of {@link Item}, with the community section each belongs to. */
public enum ItemType {
  DOCUMENT(Section.DOCUMENTS),
  EVENT(Section.EVENTS),
  ANNOUNCEMENT(Section.ANNOUNCEMENTS),
  DISCUSSION(Section.DISCUSSIONS),
  POLL(Section.POLLS);

  private final Section section;

  ItemType(Section section) {
    this.section = section;
  }

  /** The section of a community where items of this type live. */
  public Section section() {
    return section;
  }
}
