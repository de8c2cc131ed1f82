package dev.convene.search.internal;

import dev.convene.core.model.CommunityId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Communities grouped by what an actor may read of them, the shape the privacy filter is built
 * from: for each mask of cells, the set of communities where the actor may read exactly those cells
 * whoever wrote the item ({@code anyone}), only when they wrote it ({@code authoredOnly}), or only
 * when someone else did ({@code otherOnly}); and the communities they may see.
 *
 * @param anyone cells readable whoever wrote the item, to the communities where that holds
 * @param authoredOnly cells readable only in the actor's own items
 * @param otherOnly cells readable only in other people's items
 * @param visible the communities the actor may see
 */
public record ReachGroups(Map<Long, CommunitySet> anyone, Map<Long, CommunitySet> authoredOnly,
    Map<Long, CommunitySet> otherOnly, CommunitySet visible) {

  /** No access at all. */
  public static final ReachGroups NONE = new ReachGroups(Map.of(), Map.of(), Map.of(), CommunitySet.of(List.of()));

  /** Groups the communities of {@code reach}; communities that give nothing are left out. */
  public static ReachGroups of(Map<CommunityId, Reach> reach) {
    Map<Long, List<CommunityId>> anyone = new HashMap<>();
    Map<Long, List<CommunityId>> authoredOnly = new HashMap<>();
    Map<Long, List<CommunityId>> otherOnly = new HashMap<>();
    List<CommunityId> visible = new ArrayList<>();
    reach.forEach((id, r) -> {
      add(anyone, r.anyone(), id);
      add(authoredOnly, r.authored() & ~r.other(), id);
      add(otherOnly, r.other() & ~r.authored(), id);
      if (r.community()) {
        visible.add(id);
      }
    });
    return new ReachGroups(sets(anyone), sets(authoredOnly), sets(otherOnly), CommunitySet.of(visible));
  }

  private static void add(Map<Long, List<CommunityId>> groups, long mask, CommunityId id) {
    if (mask != 0) {
      groups.computeIfAbsent(mask, m -> new ArrayList<>()).add(id);
    }
  }

  private static Map<Long, CommunitySet> sets(Map<Long, List<CommunityId>> groups) {
    Map<Long, CommunitySet> sets = new HashMap<>();
    groups.forEach((mask, ids) -> sets.put(mask, CommunitySet.of(ids)));
    return Map.copyOf(sets);
  }
}
