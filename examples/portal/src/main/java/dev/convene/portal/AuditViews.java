package dev.convene.portal;

import java.util.List;

/** The data the audit pages show: plain values, already resolved for the admin reading them. */
public final class AuditViews {
  private AuditViews() {}

  /**
   * One line of an audit log.
   *
   * @param at when it happened, in UTC
   * @param actor who did it (a user id), or {@code system}
   * @param action what happened, in words
   * @param subject what it happened to: a user id, an item id, a setting
   * @param change the state before and after, such as {@code REQUESTED → ACTIVE MEMBER}, or empty
   * @param reason why, as the actor gave it, or empty
   */
  public record Line(String at, String actor, String action, String subject, String change, String reason) {}

  /**
   * A community's log, or the platform-wide one.
   *
   * @param chrome what every page shows around its content
   * @param heading the log's heading: the community's name, or the platform
   * @param communitySlug the community's slug, or empty for the platform-wide log
   * @param lines this page's lines, newest first
   * @param next the next page's link, or empty on the last page
   */
  public record Log(Views.Chrome chrome, String heading, String communitySlug, List<Line> lines, String next) {}

  /**
   * The audit logs the signed-in person may read.
   *
   * @param chrome what every page shows around its content
   * @param communities the communities whose log the person administers, each a link to it
   * @param platform whether the person reads the platform-wide log too
   */
  public record Index(Views.Chrome chrome, List<Views.Choice> communities, boolean platform) {}
}
