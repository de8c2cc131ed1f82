package dev.convene.platform;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.platform.internal.Platform;
import dev.convene.storage.PageRequest;
import dev.convene.storage.StoredTaxonomy;
import dev.convene.storage.Transaction;
import java.util.function.UnaryOperator;

/**
 * The curated taxonomy: concept schemes and concepts. Everyone reads it; platform admins and curators
 * (the knowledge-management team) change it. Every change replaces the whole taxonomy at once and is
 * validated as a whole, so an import is all-or-nothing.
 */
public final class TaxonomyService {
  private final Platform platform;

  TaxonomyService(Platform platform) {
    this.platform = platform;
  }

  /** The current taxonomy and its version. The vocabulary is public: no actor is needed. */
  public StoredTaxonomy current() {
    return platform.storage().read(tx -> tx.taxonomy().current());
  }

  /**
   * Replaces the whole taxonomy, for an import.
   *
   * @param expectedVersion the version the new taxonomy was based on
   * @throws AccessDeniedException unless the actor is a platform admin or a curator
   * @throws ConflictException if the taxonomy changed since {@code expectedVersion}, or if the new
   *     taxonomy drops a concept that items are still tagged with (deprecate it instead)
   */
  public StoredTaxonomy replace(Actor actor, Taxonomy taxonomy, long expectedVersion) {
    requireCurator(actor);
    Checks.required(taxonomy, "taxonomy");
    return platform.writes().run(work -> store(work.tx(), work.tx().taxonomy().current(), taxonomy, expectedVersion));
  }

  /**
   * Applies a change to the current taxonomy, for example {@code t -> t.with(concept)}, and stores the
   * result if it is valid, all in one transaction.
   *
   * @throws AccessDeniedException unless the actor is a platform admin or a curator
   * @throws dev.convene.core.ValidationException if the changed taxonomy breaks a rule; nothing changes
   * @throws ConflictException if the change drops a concept that items are still tagged with
   */
  public StoredTaxonomy change(Actor actor, UnaryOperator<Taxonomy> change) {
    requireCurator(actor);
    Checks.required(change, "change");
    return platform.writes().run(work -> {
      StoredTaxonomy current = work.tx().taxonomy().current();
      Taxonomy changed = Checks.required(change.apply(current.taxonomy()), "change");
      return store(work.tx(), current, changed, current.version());
    });
  }

  private static StoredTaxonomy store(Transaction tx, StoredTaxonomy current, Taxonomy next, long expectedVersion) {
    for (Concept concept : current.taxonomy().concepts()) {
      ConceptId id = concept.id();
      if (next.concept(id).isEmpty() && !tx.items().byConcept(id, PageRequest.first(1)).items().isEmpty()) {
        throw new ConflictException("concept " + id + " is still used by items; deprecate it instead of removing it");
      }
    }
    return tx.taxonomy().replace(next, expectedVersion);
  }

  private static void requireCurator(Actor actor) {
    Checks.required(actor, "actor");
    if (!actor.isPlatformAdmin() && !actor.has(PlatformRole.CURATOR)) {
      throw new AccessDeniedException("only platform admins and curators change the taxonomy");
    }
  }
}
