package dev.convene.archive;

/**
 * What {@link CommunityArchives#export} puts in an archive besides the community itself.
 *
 * @param workingGroups whether the community's working groups, with their members, items,
 *     subscriptions and audit logs, go in too
 */
public record ExportOptions(boolean workingGroups) {
  private static final ExportOptions DEFAULTS = new ExportOptions(false);

  /**
   * The community alone, without its working groups.
   *
   * @return the default options
   */
  public static ExportOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A copy that includes the working groups, or leaves them out.
   *
   * @param value {@code true} to include the working groups
   * @return a copy of these options with that choice
   */
  public ExportOptions withWorkingGroups(boolean value) {
    return new ExportOptions(value);
  }
}
