package dev.convene.archive.internal.person;

import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Every row of a listing, page after page, for work that needs them all inside one transaction. */
final class Pages {
  private Pages() {}

  static <T> List<T> all(Function<PageRequest, Page<T>> listing) {
    List<T> rows = new ArrayList<>();
    Optional<PageRequest> next = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
    while (next.isPresent()) {
      PageRequest request = next.get();
      Page<T> page = listing.apply(request);
      rows.addAll(page.items());
      next = request.next(page);
    }
    return rows;
  }
}
