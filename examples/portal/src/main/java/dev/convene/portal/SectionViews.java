package dev.convene.portal;

import java.util.List;

/** The data of the section and item pages: plain values, already resolved for the signed-in person. */
public final class SectionViews {
  private SectionViews() {}

  /**
   * An item in a section's list.
   *
   * @param url the item's page
   * @param title the item's title
   * @param when when it happens or was posted, in words, or empty
   * @param language the item's language, in the display language
   * @param visibility who the item is for, in words
   * @param pinned whether it is a pinned announcement
   */
  public record Row(String url, String title, String when, String language, String visibility, boolean pinned) {}

  /**
   * One section of a community in a list: its heading, some of its items and a link to all of them.
   *
   * @param id the block's element id
   * @param heading the section's heading
   * @param rows the items shown
   * @param empty what is said when there is no item the person may see
   * @param more the link to the section's own page, or empty
   */
  public record Block(String id, String heading, List<Row> rows, String empty, String more) {}

  /**
   * The sections part of a community's space.
   *
   * @param slug the community's slug
   * @param branded whether the community has colours, served as its own stylesheet
   * @param guidelines the current guidelines in the display language, or empty
   * @param guidelinesVersion their version, 0 without guidelines
   * @param feed the link to the community's iCalendar feed, or empty without an events section
   * @param blocks the sections the community has switched on, documents aside
   */
  public record Overview(String slug, boolean branded, String guidelines, int guidelinesVersion, String feed,
      List<Block> blocks) {}

  /**
   * A section's own page.
   *
   * @param chrome what every page shows around its content
   * @param slug the community's slug
   * @param communityName the community's name
   * @param heading the section's heading
   * @param blocks its lists (upcoming and past for the calendar)
   * @param feed the iCalendar feed's link, or empty
   */
  public record SectionPage(Views.Chrome chrome, String slug, String communityName, String heading,
      List<Block> blocks, String feed) {}

  /**
   * The facts shown at the top of every item page.
   *
   * @param url the item's page
   * @param slug the community's slug
   * @param communityName the community's name
   * @param section the link back to the item's section
   * @param sectionName the section's name
   * @param title the item's title
   * @param language the item's language, in the display language
   * @param visibility who the item is for, in words
   */
  public record ItemHead(String url, String slug, String communityName, String section, String sectionName, String title,
      String language, String visibility) {}

  /**
   * An event's page.
   *
   * @param chrome what every page shows around its content
   * @param head the item's community, section, title, language and visibility
   * @param description what the event is about
   * @param when the first occurrence, in the event's time zone
   * @param zone the event's time zone
   * @param repeats the recurrence in words, or empty
   * @param place where it happens, or empty
   * @param online its online link, or empty
   * @param attachments its files
   * @param feed the link to the event as iCalendar
   */
  public record EventPage(Views.Chrome chrome, ItemHead head, String description, String when, String zone,
      String repeats, String place, String online, List<Views.AttachmentRow> attachments, String feed) {}

  /**
   * An announcement's page.
   *
   * @param chrome what every page shows around its content
   * @param head the item's community, section, title, language and visibility
   * @param body what it announces
   * @param pinned whether it is pinned above the others
   * @param expires when it leaves the listings, in words, or empty
   */
  public record AnnouncementPage(Views.Chrome chrome, ItemHead head, String body, boolean pinned, String expires) {}

  /**
   * A reply in a discussion.
   *
   * @param author who wrote it
   * @param when when it was written
   * @param body what it says
   * @param report the path of the form that reports it to the moderators, or empty where the person
   *     may not report (not signed in)
   */
  public record ReplyRow(String author, String when, String body, String report) {}

  /**
   * A discussion's page.
   *
   * @param chrome what every page shows around its content
   * @param head the item's community, section, title, language and visibility
   * @param body the opening message
   * @param replies the replies the person may see, oldest first
   * @param canReply whether the reply form is shown
   * @param locked whether the discussion takes no more replies
   * @param error the message shown next to the reply field, or empty
   * @param draft the reply sent back with the error, or empty
   */
  public record DiscussionPage(Views.Chrome chrome, ItemHead head, String body, List<ReplyRow> replies,
      boolean canReply, boolean locked, String error, String draft) {}

  /**
   * An option of a poll.
   *
   * @param id the option's id, sent by the vote form
   * @param text the option's text
   * @param mine whether it is the person's own vote
   * @param votes how many chose it, shown only with the results
   */
  public record OptionRow(String id, String text, boolean mine, int votes) {}

  /**
   * A poll's page.
   *
   * @param chrome what every page shows around its content
   * @param head the item's community, section, title, language and visibility
   * @param description what the poll is about
   * @param options its options, with the person's own vote marked
   * @param canVote whether the vote form is shown
   * @param closed whether the poll has closed
   * @param results whether the counts are shown
   * @param voters how many voted, shown only with the results
   * @param hidden why the counts are not shown yet, or empty
   * @param error the message shown next to the options, or empty
   */
  public record PollPage(Views.Chrome chrome, ItemHead head, String description, List<OptionRow> options,
      boolean canVote, boolean closed, boolean results, int voters, String hidden, String error) {}
}
