package dev.convene.core.taxonomy;

import dev.convene.core.model.ConceptId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The broader, narrower and related links of a validated, acyclic set of concepts, with the
 * traversals {@link Taxonomy} offers. Every list is immutable and in a stable order.
 *
 * <p>Broader links form a directed acyclic graph, not a tree: with polyhierarchy the number of paths
 * from the top can grow exponentially with depth (a lattice of two concepts per level has 2<sup>n</sup>),
 * and a chain can be as deep as there are concepts. So nothing here recurses, building takes time in
 * proportion to concepts plus links, and each traversal visits a concept at most once; only {@link
 * #pathsToTop} enumerates paths, and it stops at the limit it is given.
 */
final class Hierarchy {
  private final Map<ConceptId, Concept> byId;
  private final Map<ConceptId, List<Concept>> narrower = new HashMap<>();
  private final Map<ConceptId, List<Concept>> related = new HashMap<>();
  private final Map<ConceptId, Integer> depth = new HashMap<>();

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
    computeDepths(inIdOrder);
  }

  /** Longest paths, top down in topological order (Kahn): a concept is settled once all its broader are. */
  private void computeDepths(List<Concept> concepts) {
    Map<ConceptId, Integer> waitingFor = new HashMap<>();
    Deque<Concept> ready = new ArrayDeque<>();
    for (Concept concept : concepts) {
      waitingFor.put(concept.id(), concept.broader().size());
      if (concept.isTop()) {
        ready.add(concept);
        depth.put(concept.id(), 1);
      }
    }
    while (!ready.isEmpty()) {
      Concept settled = ready.poll();
      int below = depth.get(settled.id()) + 1;
      for (Concept child : narrower(settled)) {
        depth.merge(child.id(), below, Math::max);
        if (waitingFor.merge(child.id(), -1, Integer::sum) == 0) {
          ready.add(child);
        }
      }
    }
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

  /** The number of concepts on the longest path from a top concept down to {@code concept}. */
  int depth(Concept concept) {
    return depth.get(concept.id());
  }

  /**
   * The first {@code limit} paths from a top concept down to {@code concept}, in the order of the ids
   * along them. A depth-first walk down from the top concepts among its ancestors, through its
   * ancestors only: every step leads to {@code concept}, so each path costs its length.
   */
  List<List<Concept>> pathsToTop(Concept concept, int limit) {
    Set<ConceptId> above = new HashSet<>();
    above.add(concept.id());
    List<Concept> tops = new ArrayList<>(concept.isTop() ? List.of(concept) : List.of());
    for (Concept ancestor : ancestors(concept)) {
      above.add(ancestor.id());
      if (ancestor.isTop()) {
        tops.add(ancestor);
      }
    }
    tops.sort((a, b) -> a.id().compareTo(b.id()));
    List<List<Concept>> paths = new ArrayList<>();
    List<Concept> path = new ArrayList<>();
    Deque<Iterator<Concept>> pending = new ArrayDeque<>(List.of(tops.iterator()));
    while (!pending.isEmpty() && paths.size() < limit) {
      Iterator<Concept> next = pending.peek();
      if (!next.hasNext()) {
        pending.pop();
        if (!path.isEmpty()) {
          path.removeLast();
        }
        continue;
      }
      Concept step = next.next();
      path.add(step);
      if (step.id().equals(concept.id())) {
        paths.add(List.copyOf(path));
        path.removeLast();
      } else {
        pending.push(narrower(step).stream().filter(c -> above.contains(c.id())).iterator());
      }
    }
    return List.copyOf(paths);
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
}
