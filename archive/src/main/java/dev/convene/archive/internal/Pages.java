package dev.convene.archive.internal;

import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Walks a listing page by page, each page read on its own, so that one page at most is in memory. */
final class Pages {
  /** How many rows a page of an export holds. */
  static final int SIZE = 500;

  private Pages() {}

  static <T> void forEach(Function<PageRequest, Page<T>> read, Consumer<? super T> each) {
    Optional<PageRequest> next = Optional.of(PageRequest.first(SIZE));
    while (next.isPresent()) {
      PageRequest request = next.get();
      Page<T> page = read.apply(request);
      page.items().forEach(each);
      next = request.next(page);
    }
  }
}
