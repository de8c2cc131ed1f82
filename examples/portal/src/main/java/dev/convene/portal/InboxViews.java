package dev.convene.portal;

import java.util.List;

/** The data the inbox page shows: plain values, already resolved for its owner. */
public final class InboxViews {
  private InboxViews() {}

  /**
   * One notification in the inbox.
   *
   * @param id the notification's id, sent back by the form that marks it read
   * @param kind what happened, as Convene's stable code (such as {@code item.published}), for scripts
   * @param about what it is about, as a word in the display language (membership, content, community)
   * @param summary what it says, or a notice that its subject is no longer there for its owner
   * @param url where it leads (the item or the community), or empty when that is no longer visible
   * @param community the community's name in the display language, or empty when no longer visible
   * @param at when it happened, in UTC
   * @param read whether its owner has marked it read
   */
  public record Row(String id, String kind, String about, String summary, String url, String community, String at, boolean read) {}

  /**
   * The inbox page.
   *
   * @param chrome what every page shows around its content
   * @param rows this page's notifications, newest first
   * @param unread how many of the owner's notifications are unread, on every page
   * @param next the next page's link, or empty on the last page
   */
  public record Inbox(Views.Chrome chrome, List<Row> rows, long unread, String next) {}
}
