package dev.convene.core.taxonomy;

import dev.convene.core.model.ConceptId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The broader, narrower and related links of a validated, acyclic set of concepts, with the
 * traversals {@link Taxonomy} offers. Every list is immutable and in a stable order.
 */
final class Hierarchy {
  private final Map<ConceptId, Concept> byId;
  private final Map<ConceptId, List<Concept>> narrower = new HashMap<>();
  private final Map<ConceptId, List<Concept>> related = new HashMap<>();

  /** Indexes the links; {@code inIdOrder} must hold every concept of {@code byId}, sorted by id. */
  Hierarchy(Map<ConceptId, Concept> byId, List<Concept> inIdOrder) {
    this.byId = byId;
    Map<ConceptId, Set<ConceptId>> relatedIds = new HashMap<>();
    for (Concept concept : inIdOrder) {
      for (ConceptId broader : concept.broader()) {
        narrower.computeIfAbsent(broader, id -> new ArrayList<>()).add(concept);
      }
      // skos:related is symmetric even when only one side states it.
      for (ConceptId other : concept.related()) {
        relatedIds.computeIfAbsent(concept.id(), id -> new TreeSet<>()).add(other);
        relatedIds.computeIfAbsent(other, id -> new TreeSet<>()).add(concept.id());
      }
    }
    narrower.replaceAll((id, concepts) -> List.copyOf(concepts));
    relatedIds.forEach((id, others) -> related.put(id, resolve(others)));
  }

  List<Concept> broader(Concept concept) {
    return resolve(concept.broader());
  }

  List<Concept> narrower(Concept concept) {
    return narrower.getOrDefault(concept.id(), List.of());
  }

  List<Concept> related(Concept concept) {
    return related.getOrDefault(concept.id(), List.of());
  }

  /** Breadth-first, so nearer ancestors come first; each once. */
  List<Concept> ancestors(Concept concept) {
    return walk(concept, this::broader);
  }

  /** Breadth-first, so nearer descendants come first; each once. */
  List<Concept> descendants(Concept concept) {
    return walk(concept, this::narrower);
  }

  /** Every path from a top concept down to {@code concept}, sorted by the ids along the path. */
  List<List<Concept>> pathsToTop(Concept concept) {
    List<List<Concept>> paths = new ArrayList<>(pathsDown(concept, new HashMap<>()));
    paths.sort(Hierarchy::compareByIds);
    return List.copyOf(paths);
  }

  private List<List<Concept>> pathsDown(Concept concept, Map<ConceptId, List<List<Concept>>> memo) {
    List<List<Concept>> known = memo.get(concept.id());
    if (known != null) {
      return known;
    }
    List<List<Concept>> paths = new ArrayList<>();
    if (concept.isTop()) {
      paths.add(List.of(concept));
    }
    for (Concept broader : broader(concept)) {
      for (List<Concept> above : pathsDown(broader, memo)) {
        List<Concept> path = new ArrayList<>(above);
        path.add(concept);
        paths.add(List.copyOf(path));
      }
    }
    memo.put(concept.id(), paths);
    return paths;
  }

  private static List<Concept> walk(Concept start, Function<Concept, List<Concept>> next) {
    List<Concept> found = new ArrayList<>();
    Set<ConceptId> seen = new HashSet<>();
    Deque<Concept> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      for (Concept neighbour : next.apply(queue.poll())) {
        if (seen.add(neighbour.id())) {
          found.add(neighbour);
          queue.add(neighbour);
        }
      }
    }
    return List.copyOf(found);
  }

  private List<Concept> resolve(Collection<ConceptId> ids) {
    return ids.stream().map(byId::get).toList();
  }

  private static int compareByIds(List<Concept> a, List<Concept> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int order = a.get(i).id().compareTo(b.get(i).id());
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
