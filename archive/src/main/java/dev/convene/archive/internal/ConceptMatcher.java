package dev.convene.archive.internal;

import dev.convene.archive.MissingConcept;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the target's concept for each concept of an archive: by URI first; then by notation in the
 * matching scheme (the scheme with the same URI, or else the same id); and, for a concept with
 * neither URI nor notation, the concept with the same id in a scheme with the same id. What is not
 * found is missing.
 */
final class ConceptMatcher {
  private final Map<ConceptId, ConceptId> found = new HashMap<>();
  private final Map<ConceptId, MissingConcept> missing = new LinkedHashMap<>();

  ConceptMatcher(List<ConceptJson.Described> concepts, Taxonomy target) {
    for (ConceptJson.Described concept : concepts) {
      Optional<Concept> match = match(concept, target);
      if (match.isPresent()) {
        found.put(concept.id(), match.get().id());
      } else {
        missing.put(concept.id(), new MissingConcept(concept.id(), concept.uri(), concept.schemeId(), concept.notation(),
            concept.label()));
      }
    }
  }

  private static Optional<Concept> match(ConceptJson.Described concept, Taxonomy target) {
    Optional<Concept> byUri = concept.uri().flatMap(target::byUri);
    if (byUri.isPresent()) {
      return byUri;
    }
    Optional<SchemeId> scheme = concept.schemeUri().flatMap(target::schemeByUri).map(ConceptScheme::id)
        .or(() -> target.scheme(SchemeId.of(concept.schemeId())).map(ConceptScheme::id));
    if (scheme.isEmpty()) {
      return Optional.empty();
    }
    if (concept.notation().isPresent()) {
      return target.byNotation(scheme.get(), concept.notation().get());
    }
    return concept.uri().isPresent() ? Optional.empty()
        : target.concept(concept.id()).filter(c -> c.scheme().equals(scheme.get()));
  }

  /**
   * The target's concepts for {@code tags}, without the missing ones. A tag that {@code concepts.json}
   * does not describe is missing too.
   */
  Set<ConceptId> map(Set<ConceptId> tags) {
    Set<ConceptId> mapped = new HashSet<>();
    for (ConceptId tag : tags) {
      ConceptId target = found.get(tag);
      if (target != null) {
        mapped.add(target);
      } else {
        missing.computeIfAbsent(tag, id -> new MissingConcept(id, Optional.empty(), "", Optional.empty(), id.value()));
      }
    }
    return mapped;
  }

  List<MissingConcept> missing() {
    return List.copyOf(missing.values());
  }
}
