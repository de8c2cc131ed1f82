package dev.convene.platform.internal;

import dev.convene.core.ValidationException;
import dev.convene.core.model.ConceptId;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.storage.Transaction;
import java.util.Set;

/** Checks the concepts an item or a community is tagged with against the stored taxonomy. */
public final class ItemConcepts {
  private ItemConcepts() {}

  /**
   * Requires every concept that {@code wanted} adds to {@code kept} to exist in the taxonomy stored
   * now. Concepts the item or community already carries stay, even if the taxonomy has since dropped
   * them, so that an old one can still be edited; deprecated concepts are known concepts (callers that offer
   * concepts for tagging leave them out).
   *
   * @throws ValidationException ({@code concepts}, {@code known-concept}) naming the first unknown
   *     concept
   */
  public static void requireKnown(Transaction tx, Set<ConceptId> wanted, Set<ConceptId> kept) {
    if (kept.containsAll(wanted)) {
      return; // nothing new: no need to read the taxonomy
    }
    Taxonomy taxonomy = tx.taxonomy().current().taxonomy();
    wanted.stream().filter(c -> !kept.contains(c)).sorted().filter(c -> taxonomy.concept(c).isEmpty()).findFirst()
        .ifPresent(unknown -> {
          throw new ValidationException("concepts", "known-concept", "unknown concept " + unknown);
        });
  }
}
