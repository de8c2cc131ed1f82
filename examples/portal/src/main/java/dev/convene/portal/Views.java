package dev.convene.portal;

import java.util.List;

/** The data each page's template shows: plain values, already resolved for the signed-in person. */
public final class Views {
  private Views() {}

  /**
   * What every page shows around its content, and the words of the page's language.
   *
   * @param title the page's title, in the display language
   * @param user the person signed in (or the anonymous visitor)
   * @param users everyone on the demo "sign in as" list
   * @param csrf the session's token, sent back by every form
   * @param lang the display language's tag: en, fr or es
   * @param here the page's own path and query, where the language links and sign-in return to
   * @param text the portal's words in the display language
   */
  public record Chrome(String title, DemoUser user, List<DemoUser> users, String csrf, String lang, String here,
      PortalText text) {
    /**
     * The path of this page in another display language.
     *
     * @param tag the language's tag
     * @return this page's path and query with that language chosen
     */
    public String inLanguage(String tag) {
      return Links.withParam(here, "lang", tag);
    }

    /**
     * The portal's text of {@code key} in the display language.
     *
     * @param key the text's key in the portal's bundle
     * @param values the values of the text's numbered places
     * @return the text
     */
    public String t(String key, Object... values) {
      return text.t(key, values);
    }

    /**
     * How the page names a person of the demo list.
     *
     * @param person the person
     * @return who they are, in the display language
     */
    public String userLabel(DemoUser person) {
      return text.user(person);
    }
  }

  /**
   * A choice of a form's drop-down list.
   *
   * @param value what the form sends: an enum constant's name, never its words
   * @param label what the person reads, in the display language
   * @param selected whether it is chosen when the form is shown
   */
  public record Option(String value, String label, boolean selected) {}

  /** A link in a list of choices, marked when it is the current one. */
  public record Choice(String label, String url, boolean selected) {}

  /** A community in the directory. */
  public record CommunityRow(String slug, String name, String description, String privacy, String purpose) {}

  /**
   * The community directory.
   *
   * @param privacies the privacy filter's choices
   * @param purposes the purpose filter's choices
   * @param themes the theme filter's choices: the concepts of the communities the person may see
   * @param next the next page's link, or empty on the last page
   * @param first the first page's link, or empty on the first page
   */
  public record Directory(Chrome chrome, List<CommunityRow> communities, List<Choice> privacies,
      List<Choice> purposes, List<Choice> themes, String next, String first) {}

  /** A document in a list. */
  public record DocumentRow(String id, String title, String language, String visibility) {}

  /**
   * A community's space.
   *
   * @param action "join", "request" or empty: what the signed-in person may do to get in
   * @param standing the person's standing in the community, in words, or empty
   * @param sections its guidelines, colours and sections other than documents
   * @param reviews whether the person has items of the community to review, which the page links to
   */
  public record Space(Chrome chrome, String slug, String name, String description, String welcome, String privacy,
      String purpose, List<DocumentRow> documents, String action, String standing, SectionViews.Overview sections,
      boolean reviews) {}

  /** A file attached to a document. */
  public record AttachmentRow(String fileName, String mediaType, long size, String url) {}

  /** A document's page. */
  public record DocumentPage(Chrome chrome, String communitySlug, String communityName, String title, String summary,
      String body, String language, String visibility, List<AttachmentRow> attachments) {}

  /** A run of a search snippet's text, marked where the query matched. */
  public record Segment(String text, boolean marked) {}

  /** A search hit. */
  public record Hit(String title, String url, String kind, String community, List<Segment> snippet) {}

  /** One facet: its name and its values, each a link that drills down (or back up). */
  public record Facet(String name, List<Choice> values) {}

  /**
   * The search page.
   *
   * @param error the message shown next to the query field, or empty
   * @param next the next page's link, or empty on the last page
   */
  public record Search(Chrome chrome, String query, String error, long total, List<Hit> hits, List<Facet> facets,
      String next) {}

  /** An error page: the same page for everything that is missing or hidden. */
  public record Problem(Chrome chrome, int status, String heading, String message) {}
}
