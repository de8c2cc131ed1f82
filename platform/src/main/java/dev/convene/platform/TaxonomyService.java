package dev.convene.platform;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.policy.Reason;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.platform.internal.Platform;
import dev.convene.platform.internal.TaxonomyMerger;
import dev.convene.platform.internal.Work;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.PageRequest;
import dev.convene.storage.StoredTaxonomy;
import dev.convene.storage.Transaction;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The curated taxonomy: concept schemes and concepts. Everyone reads it; platform admins and curators
 * (the knowledge-management team) change it. Every change replaces the whole taxonomy at once and is
 * validated as a whole, so an import is all-or-nothing.
 *
 * <p>Curators add, relabel, relink and deprecate concepts; only platform admins remove one, and only
 * when no item or community is tagged with it. Whether a concept is in use depends on items and
 * communities a curator may not see, so a curator's change never asks: it is refused for removing a
 * concept whatever the concept tags, and the answer depends only on the change and the actor's role.
 *
 * <p>Every change is recorded in the platform-wide audit log ({@link AuditAction#TAXONOMY_CHANGED}),
 * in the same transaction, with the counts of concepts added, updated, removed and deprecated.
 */
public final class TaxonomyService {
  private final Platform platform;

  TaxonomyService(Platform platform) {
    this.platform = platform;
  }

  /**
   * The current taxonomy and its version. The vocabulary is public: no actor is needed.
   *
   * @return the taxonomy with its version
   */
  public StoredTaxonomy current() {
    return platform.storage().read(tx -> tx.taxonomy().current());
  }

  /**
   * Replaces the whole taxonomy, for an import.
   *
   * @param actor a platform admin or a curator
   * @param taxonomy the new taxonomy
   * @param expectedVersion the version the new taxonomy was based on
   * @return the stored taxonomy, one version up
   * @throws AccessDeniedException unless the actor is a platform admin or a curator, or if a curator's
   *     new taxonomy drops a concept (deprecate it instead)
   * @throws ConflictException if the taxonomy changed since {@code expectedVersion}, or if a platform
   *     admin's new taxonomy drops a concept that an item or a community is still tagged with
   */
  public StoredTaxonomy replace(Actor actor, Taxonomy taxonomy, long expectedVersion) {
    requireCurator(actor);
    Checks.required(taxonomy, "taxonomy");
    return platform.writes().run(work -> store(work, actor, work.tx().taxonomy().current(), taxonomy, expectedVersion))
        .stored();
  }

  /**
   * Applies a change to the current taxonomy, for example {@code t -> t.with(concept)}, and stores the
   * result if it is valid, all in one transaction.
   *
   * @param actor a platform admin or a curator
   * @param change returns the changed taxonomy from the current one
   * @return the stored taxonomy, one version up
   * @throws AccessDeniedException unless the actor is a platform admin or a curator, or if a curator's
   *     change drops a concept (deprecate it instead)
   * @throws dev.convene.core.ValidationException if the changed taxonomy breaks a rule; nothing changes
   * @throws ConflictException if a platform admin's change drops a concept that an item or a community
   *     is still tagged with
   */
  public StoredTaxonomy change(Actor actor, UnaryOperator<Taxonomy> change) {
    requireCurator(actor);
    Checks.required(change, "change");
    return platform.writes().run(work -> {
      StoredTaxonomy current = work.tx().taxonomy().current();
      Taxonomy changed = Checks.required(change.apply(current.taxonomy()), "change");
      return store(work, actor, current, changed, current.version()).stored();
    });
  }

  /**
   * Merges an imported taxonomy into the current one, in one transaction: schemes and concepts are
   * matched by URI, then by id, and keep their ids; matched concepts take the incoming labels,
   * notation, definition and links; unmatched ones are added. A concept of an imported scheme that
   * {@code incoming} no longer has is deprecated; a platform admin's merge removes it instead when no
   * item or community is tagged with it and no remaining concept links to it. Concepts of schemes
   * that {@code incoming} does not have are left as they are. A concept in use is never removed.
   *
   * @param actor a platform admin or a curator
   * @param incoming the imported taxonomy
   * @return the stored taxonomy and what the merge did
   * @throws AccessDeniedException unless the actor is a platform admin or a curator
   * @throws dev.convene.core.ValidationException if the merged taxonomy breaks a rule; nothing changes
   * @throws ConflictException if the taxonomy changed concurrently
   */
  public TaxonomyMerge merge(Actor actor, Taxonomy incoming) {
    requireCurator(actor);
    Checks.required(incoming, "incoming");
    return platform.writes().run(work -> {
      Transaction tx = work.tx();
      StoredTaxonomy current = tx.taxonomy().current();
      Taxonomy merged = new TaxonomyMerger(current.taxonomy()).merge(incoming, actor.isPlatformAdmin(),
          id -> inUse(tx, id));
      return store(work, actor, current, merged, current.version());
    });
  }

  /** Stores {@code next} if the actor may drop what it drops, and audits what changed. */
  private TaxonomyMerge store(Work work, Actor actor, StoredTaxonomy current, Taxonomy next, long expectedVersion) {
    Transaction tx = work.tx();
    for (Concept concept : current.taxonomy().concepts()) {
      ConceptId id = concept.id();
      if (next.concept(id).isPresent()) {
        continue;
      }
      if (!actor.isPlatformAdmin()) {
        throw new AccessDeniedException(AccessDeniedException.PLATFORM_ADMIN_ONLY, Map.of(),
            "only platform admins remove concepts; deprecate concept " + id
            + " instead of removing it");
      }
      if (inUse(tx, id)) {
        throw new ConflictException("concept-in-use", Map.of("concept", id.value()),
            "concept " + id + " is still used by items or communities; deprecate it instead"
            + " of removing it");
      }
    }
    StoredTaxonomy stored = tx.taxonomy().replace(next, expectedVersion);
    TaxonomyChange change = TaxonomyChange.between(current.taxonomy(), stored.taxonomy());
    work.audit(AuditEntry.ofPlatform(platform.now(), actor.user(), AuditAction.TAXONOMY_CHANGED, change.summary())
        .withChange("version " + current.version(), "version " + stored.version()));
    return new TaxonomyMerge(stored, change);
  }

  /** Whether any item or community, whoever may see it, is tagged with {@code id}. */
  private static boolean inUse(Transaction tx, ConceptId id) {
    PageRequest one = PageRequest.first(1);
    return !tx.items().byConcept(id, one).items().isEmpty()
        || !tx.communities().list(CommunityQuery.all().withConcept(id), one).items().isEmpty();
  }

  private static void requireCurator(Actor actor) {
    Checks.required(actor, "actor");
    if (!actor.isPlatformAdmin() && !actor.has(PlatformRole.CURATOR)) {
      throw new AccessDeniedException(Reason.CURATORS_ONLY.code(), Map.of(),
          "only platform admins and curators change the taxonomy");
    }
  }
}
