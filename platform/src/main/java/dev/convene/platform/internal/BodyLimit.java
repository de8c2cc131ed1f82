package dev.convene.platform.internal;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's limit on a document's body, which the host sets ({@code
 * Convene.Builder.maxBodyLength}). It binds what is written through the services; the model and the
 * stores hold bodies of any length, so a document stored before the limit was lowered is still read,
 * and an edit that keeps its body as stored still goes through.
 *
 * @param max the most characters a document's body may have
 */
public record BodyLimit(int max) {
  /** Validates the limit: at least 1. */
  public BodyLimit {
    Checks.check(max >= 1, "maxBodyLength", "range", Map.of("min", 1), "must be at least 1, not %d", max);
  }

  /**
   * Refuses a document whose body is longer than the limit, unless it is the body already stored.
   *
   * @param stored the item as stored, for an edit; empty for a new item
   * @throws dev.convene.core.ValidationException ({@code body}, {@code max-length}) naming the limit
   */
  public void require(Item item, Optional<Item> stored) {
    if (!(item instanceof Document document) || document.body().length() <= max) {
      return;
    }
    boolean kept = stored.filter(Document.class::isInstance).map(s -> ((Document) s).body().equals(document.body()))
        .orElse(false);
    Checks.check(kept, "body", "max-length", Map.of("limit", max),
        "a document's body must be at most %d characters, not %d", max,
        document.body().length());
  }
}
