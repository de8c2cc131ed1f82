package dev.convene.portal;

import java.util.List;

/**
 * The data of the membership, review and report pages: plain values, already resolved for the
 * signed-in person, each action present only when Convene allows it.
 */
public final class ModerationViews {
  private ModerationViews() {}

  /**
   * The report form's address for a document page.
   *
   * @param documentPage the document page's path, possibly with a query
   * @return the path of the page's report form
   */
  public static String reportLink(String documentPage) {
    int query = documentPage.indexOf('?');
    return (query < 0 ? documentPage : documentPage.substring(0, query)) + "/report";
  }

  /**
   * A community's current guidelines, which joining accepts.
   *
   * @param version the version the forms send back as accepted
   * @param text the guidelines in the display language
   */
  public record GuidelinesText(int version, String text) {}

  /**
   * The signed-in person's membership page of a community.
   *
   * @param slug the community's slug
   * @param name the community's name in the display language
   * @param standing the person's standing, in words, or empty
   * @param guidelines the guidelines to accept on entering, or empty when there are none or no way in
   * @param pending the current guidelines a member has yet to accept before contributing again, or
   *     empty
   * @param actions what the person may do now: join, request, accept, decline, withdraw, leave
   * @param links the community's other pages the person may open
   * @param error the message next to the form's fields, or empty
   */
  public record MembershipPage(Views.Chrome chrome, String slug, String name, String standing,
      List<GuidelinesText> guidelines, List<GuidelinesText> pending, List<String> actions, List<Views.Choice> links,
      String error) {
    /** Whether the person may do {@code action} now. */
    public boolean may(String action) {
      return actions.contains(action);
    }
  }

  /**
   * A person in a member list, with what the signed-in person may do to them.
   *
   * @param key the person's user id
   * @param label the person's name on the demo list, or the user id
   * @param role the role of an active member, in words, or empty
   * @param state the membership's state, in words
   * @param message the request's or invitation's message, or empty
   * @param actions what the signed-in person may do: approve, reject, remove, block, unblock, role
   * @param roles the roles the person may be given instead of theirs, each sent by its constant's name
   */
  public record MemberRow(String key, String label, String role, String state, String message, List<String> actions,
      List<Views.Option> roles) {
    /** Whether the signed-in person may do {@code action} to this person. */
    public boolean may(String action) {
      return actions.contains(action);
    }
  }

  /**
   * A community's member list, or its queue of requests.
   *
   * @param heading the page's heading
   * @param members the people listed
   * @param mayInvite whether the invite form is shown
   * @param inviteError the message next to the invite form's field, or empty
   * @param next the next page's link, or empty on the last page
   */
  public record MembersPage(Views.Chrome chrome, String slug, String name, String heading, List<MemberRow> members,
      boolean mayInvite, String inviteError, String next) {}

  /**
   * A submitted item waiting for the signed-in reviewer.
   *
   * @param id the item's id
   * @param url the item's page, or empty when it has none in the portal
   */
  public record ReviewRow(String id, String title, String type, String visibility, String author, String url) {}

  /** A community's review queue as the signed-in person reviews it. */
  public record ReviewPage(Views.Chrome chrome, String slug, String name, List<ReviewRow> items, String next) {}

  /**
   * A report form for an item.
   *
   * @param action where the form posts
   * @param title the reported item's title
   * @param reasons the reasons to choose from, each sent by its constant's name
   * @param error the message next to the form's fields, or empty
   * @param filed whether a report was just filed
   */
  public record ReportForm(Views.Chrome chrome, String action, String back, String title, List<Views.Option> reasons,
      String error, boolean filed) {}

  /** One open report as moderators see it: never who filed it. */
  public record ReportNoteRow(String reason, String text, String at) {}

  /**
   * An item or reply with open reports.
   *
   * @param item the item's id (the discussion's, for a reply)
   * @param reply the reply's id, or empty
   * @param url the item's page, or empty when it has none in the portal
   * @param counts how many reports give each reason, in words
   * @param mayBlock whether the signed-in person may block its author
   */
  public record ReportedRow(String item, String reply, String title, String type, String url, int total,
      List<String> counts, List<ReportNoteRow> notes, boolean mayBlock) {}

  /** A community's report queue. */
  public record ReportsPage(Views.Chrome chrome, String slug, String name, List<ReportedRow> targets, String next) {}
}
