package dev.convene.platform.internal;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.Announcement;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A community's listing with its pinned announcements first: the pinned ones that have not expired,
 * newest first, then every other row in the store's order. Both parts are read as {@link ItemPages}
 * reads one listing, so a page fills up only on a row the actor may see, and its cursor says which
 * part it stopped in ({@code p} or {@code r}) before the store's own cursor.
 */
public final class PinnedFirst {
  private static final String PINNED = "p";
  private static final String REST = "r";

  private PinnedFirst() {}

  /**
   * One page of the visible rows of {@code query}, pinned announcements first.
   *
   * @param read reads one stored page of a query
   * @param shown a row as the actor may see it, or empty if they may not see it
   * @param now the time that decides whether an announcement has expired
   * @throws dev.convene.core.ValidationException if the cursor is not one this listing gave out
   */
  public static Page<Item> page(PageRequest page, ItemQuery query, Function<ItemQuery, Function<PageRequest,
      Page<Item>>> read, Function<Item, Optional<Item>> shown, Instant now) {
    String part = page.after().map(PinnedFirst::part).orElse(PINNED);
    Optional<String> inner = page.after().map(cursor -> cursor.substring(1)).filter(rest -> !rest.isEmpty());
    List<Item> rows = new ArrayList<>();
    if (part.equals(PINNED) && (query.types().isEmpty() || query.types().contains(ItemType.ANNOUNCEMENT))) {
      ItemQuery announcements = new ItemQuery(query.community(), Set.of(ItemType.ANNOUNCEMENT),
          query.reviewStates());
      Page<Item> pinned = ItemPages.visible(new PageRequest(page.limit(), inner), read.apply(announcements),
          item -> isPinned(item, now) ? shown.apply(item) : Optional.empty());
      if (pinned.hasNext()) {
        return new Page<>(pinned.items(), pinned.next().map(cursor -> PINNED + cursor));
      }
      rows.addAll(pinned.items());
      inner = Optional.empty();
    }
    if (rows.size() == page.limit()) {
      return new Page<>(rows, Optional.of(REST));
    }
    Page<Item> rest = ItemPages.visible(new PageRequest(page.limit() - rows.size(), inner), read.apply(query),
        item -> isPinned(item, now) ? Optional.empty() : shown.apply(item));
    rows.addAll(rest.items());
    return new Page<>(rows, rest.next().map(cursor -> REST + cursor));
  }

  /** Whether the item is a pinned announcement that has not expired at {@code now}. */
  public static boolean isPinned(Item item, Instant now) {
    return item instanceof Announcement announcement && announcement.pinned() && !announcement.isExpired(now);
  }

  private static String part(String cursor) {
    String part = cursor.substring(0, 1);
    Checks.check(part.equals(PINNED) || part.equals(REST), "after", "cursor",
        "is not a cursor this listing gave out");
    return part;
  }
}
