package dev.convene.core.model;

/** The kinds of {@link Item}, with the community section each belongs to. */
public enum ItemType {
  /** A document, such as a paper or a report, with its metadata and files. */
  DOCUMENT(Section.DOCUMENTS),
  /** An event, once or recurring, in a place or online. */
  EVENT(Section.EVENTS),
  /** An announcement, shown until it expires, if it does. */
  ANNOUNCEMENT(Section.ANNOUNCEMENTS),
  /** A discussion: an opening post and its replies. */
  DISCUSSION(Section.DISCUSSIONS),
  /** A poll: options to vote on, to which members may add ideas if the poll is in ideas mode. */
  POLL(Section.POLLS);

  private final Section section;

  ItemType(Section section) {
    this.section = section;
  }

  /**
   * The section of a community where items of this type live.
   *
   * @return the section that must be switched on for a community to hold such items
   */
  public Section section() {
    return section;
  }
}
