package dev.convene.platform.internal;

import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Pages of what an actor may see, read from a stored listing that also holds what they may not.
 *
 * <p>Each stored read asks for exactly as many rows as the page still lacks, so a page fills up only
 * on a row the actor may see: the cursor handed out then holds that row's sort key, never the key of
 * a row the actor may not know exists. A page holds fewer rows than asked only when it is the last;
 * a last page may be empty when the rows that followed turned out to be invisible (a cursor says that
 * more rows <em>may</em> follow).
 */
public final class ItemPages {
  private ItemPages() {}

  /**
   * One page of the visible rows.
   *
   * @param read reads one stored page
   * @param shown a row as the actor may see it, or empty if they may not see it
   */
  public static <T> Page<T> visible(PageRequest page, Function<PageRequest, Page<T>> read,
      Function<T, Optional<T>> shown) {
    List<T> visible = new ArrayList<>();
    Optional<String> after = page.after();
    while (true) {
      Page<T> stored = read.apply(new PageRequest(page.limit() - visible.size(), after));
      stored.items().forEach(row -> shown.apply(row).ifPresent(visible::add));
      if (stored.next().isEmpty() || visible.size() == page.limit()) {
        return new Page<>(visible, stored.next());
      }
      after = stored.next();
    }
  }
}
