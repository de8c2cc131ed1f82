package dev.convene.platform.internal;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Merges an incoming taxonomy (an import) into the current one. Schemes and concepts are matched by
 * URI, then by id, and keep the id and version they have; incoming values replace the matched
 * ones, and unmatched incoming ones are added. A concept of an imported scheme that the incoming
 * taxonomy no longer has is removed only when the actor may remove concepts, nothing is tagged with
 * it and no remaining concept links to it; otherwise it is deprecated. Concepts of other schemes stay
 * as they are. Whether a concept is in use is asked only when the actor may remove it, so a curator's
 * merge depends on nothing they cannot see.
 */
public final class TaxonomyMerger {
  private final Taxonomy current;
  private final Map<SchemeId, SchemeId> schemeIds = new HashMap<>();
  private final Map<ConceptId, ConceptId> conceptIds = new HashMap<>();

  public TaxonomyMerger(Taxonomy current) {
    this.current = current;
  }

  /**
   * The merged taxonomy, validated as a whole.
   *
   * @param mayRemove whether the actor may remove concepts at all (platform admins)
   * @param inUse whether an item or a community is tagged with a concept; asked only if {@code mayRemove}
   * @throws dev.convene.core.ValidationException if the merged taxonomy breaks a rule
   */
  public Taxonomy merge(Taxonomy incoming, boolean mayRemove, Predicate<ConceptId> inUse) {
    Map<SchemeId, ConceptScheme> schemes = new LinkedHashMap<>();
    current.schemes().forEach(s -> schemes.put(s.id(), s));
    for (ConceptScheme scheme : incoming.schemes()) {
      ConceptScheme merged = scheme(scheme);
      schemes.put(merged.id(), merged);
    }
    incoming.concepts().forEach(concept -> conceptIds.put(concept.id(), matched(concept).map(Concept::id)
        .orElse(concept.id())));
    Map<ConceptId, Concept> concepts = new LinkedHashMap<>();
    current.concepts().forEach(c -> concepts.put(c.id(), c));
    Map<ConceptId, ConceptId> mergedFrom = new HashMap<>();
    for (Concept concept : incoming.concepts()) {
      Concept merged = concept(concept);
      ConceptId earlier = mergedFrom.putIfAbsent(merged.id(), concept.id());
      Checks.check(earlier == null, "concept[" + merged.id() + "]", "unique-concept",
          "incoming concepts %s and %s both match it, by URI or by id", earlier, concept.id());
      concepts.put(merged.id(), merged);
    }
    Set<ConceptId> absent = absent(new HashSet<>(schemeIds.values()));
    Set<ConceptId> removed = mayRemove ? removable(absent, concepts, inUse) : Set.of();
    for (ConceptId id : absent) {
      if (removed.contains(id)) {
        concepts.remove(id);
      } else {
        concepts.computeIfPresent(id, (key, concept) -> concept.withDeprecated(true));
      }
    }
    return Taxonomy.builder().schemes(schemes.values()).concepts(concepts.values()).build();
  }

  private ConceptScheme scheme(ConceptScheme scheme) {
    Optional<ConceptScheme> matched = scheme.uri().flatMap(current::schemeByUri).or(() -> current.scheme(scheme.id()));
    SchemeId id = matched.map(ConceptScheme::id).orElse(scheme.id());
    schemeIds.put(scheme.id(), id);
    return new ConceptScheme(id, scheme.title(), scheme.defaultLanguage(),
        scheme.uri().or(() -> matched.flatMap(ConceptScheme::uri)), matched.map(ConceptScheme::version).orElse(0L));
  }

  private Optional<Concept> matched(Concept concept) {
    return concept.uri().flatMap(current::byUri).or(() -> current.concept(concept.id()));
  }

  private Concept concept(Concept incoming) {
    Optional<Concept> matched = matched(incoming);
    return new Concept(conceptIds.get(incoming.id()), schemeIds.getOrDefault(incoming.scheme(), incoming.scheme()),
        incoming.uri().or(() -> matched.flatMap(Concept::uri)), incoming.notation(), incoming.prefLabels(),
        incoming.altLabels(), incoming.hiddenLabels(), incoming.definition(), mapped(incoming.broader()),
        mapped(incoming.related()), incoming.deprecated(), matched.map(Concept::version).orElse(0L));
  }

  private Set<ConceptId> mapped(Set<ConceptId> ids) {
    return ids.stream().map(id -> conceptIds.getOrDefault(id, id)).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The current concepts of the imported schemes that the incoming taxonomy does not have. */
  private Set<ConceptId> absent(Set<SchemeId> imported) {
    Set<ConceptId> kept = new HashSet<>(conceptIds.values());
    Set<ConceptId> absent = new LinkedHashSet<>();
    for (Concept concept : current.concepts()) {
      if (imported.contains(concept.scheme()) && !kept.contains(concept.id())) {
        absent.add(concept.id());
      }
    }
    return absent;
  }

  /**
   * The absent concepts that can go: unused, and linked to by no concept that stays. Dropping one
   * from the candidates can keep another that it links to, so this runs until nothing changes.
   */
  private static Set<ConceptId> removable(Set<ConceptId> absent, Map<ConceptId, Concept> concepts,
      Predicate<ConceptId> inUse) {
    Set<ConceptId> removable = absent.stream().filter(inUse.negate()).collect(Collectors.toCollection(HashSet::new));
    boolean changed = true;
    while (changed) {
      Set<ConceptId> linked = new HashSet<>();
      for (Concept concept : concepts.values()) {
        if (!removable.contains(concept.id())) {
          linked.addAll(concept.broader());
          linked.addAll(concept.related());
        }
      }
      changed = removable.removeAll(linked);
    }
    return removable;
  }

}
