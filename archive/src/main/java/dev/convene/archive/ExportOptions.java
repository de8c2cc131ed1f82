package dev.convene.archive;

/**
 * What {@link CommunityArchives#export} puts in an archive besides the community itself.
 *
 * @param workingGroups whether the community's working groups, with their members, items,
 *     subscriptions and audit logs, go in too
 */
public record ExportOptions(boolean workingGroups) {
  private static final ExportOptions DEFAULTS = new ExportOptions(false);

  /** The community alone, without its working groups. */
  public static ExportOptions defaults() {
    return DEFAULTS;
  }

  /** A copy that includes the working groups, or leaves them out. */
  public ExportOptions withWorkingGroups(boolean value) {
    return new ExportOptions(value);
  }
}
