package dev.convene.search.internal;

/**
 * What one actor may read of one community, as {@link AccessPolicyProbe} found it: the item cells
 * they may read when they wrote the item and when someone else did, and whether they may see the
 * community itself.
 *
 * @param authored the cells of items the actor wrote that they may read
 * @param other the cells of items someone else wrote that they may read
 * @param community whether the actor may see the community (VIEW_COMMUNITY)
 */
public record Reach(long authored, long other, boolean community) {
  /** Nothing at all. */
  public static final Reach NONE = new Reach(0, 0, false);

  /** The cells readable whoever wrote the item. */
  public long anyone() {
    return authored & other;
  }

  /** Whether this reach includes everything {@code that} one does. */
  public boolean covers(Reach that) {
    return (authored & that.authored) == that.authored && (other & that.other) == that.other
        && (community || !that.community);
  }
}
