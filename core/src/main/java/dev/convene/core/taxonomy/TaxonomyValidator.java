package dev.convene.core.taxonomy;

import dev.convene.core.ValidationException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules that relate the schemes and concepts of a {@link Taxonomy} to each other. The first
 * broken rule is thrown as a {@link ValidationException} whose field names the concept ({@code
 * concept[<id>].broader}) or scheme; concepts are checked in the order given, so the same input
 * always gives the same error.
 */
final class TaxonomyValidator {
  private static final int CYCLE_ENDS = 5;

  private TaxonomyValidator() {}

  /**
   * Indexes {@code values} by key, in the order given; a repeated key breaks {@code rule}, reported
   * on the field {@code kind[<key>]}.
   */
  static <K, V> Map<K, V> unique(Collection<V> values, Function<V, K> key, String kind, String rule) {
    Map<K, V> byKey = new LinkedHashMap<>();
    for (V value : Checks.noNulls(values, kind)) {
      K k = key.apply(value);
      Checks.check(byKey.putIfAbsent(k, value) == null, kind + "[" + k + "]", rule, "the id %s is used twice", k);
    }
    return byKey;
  }

  /** Checks every cross-reference rule; see {@link TaxonomyBuilder#build()} for the list. */
  static void validate(Map<SchemeId, ConceptScheme> schemes, Map<ConceptId, Concept> concepts) {
    Map<SchemeId, Map<String, ConceptId>> notations = new HashMap<>();
    Map<URI, Object> uris = new HashMap<>();
    for (ConceptScheme scheme : schemes.values()) {
      scheme.uri().ifPresent(uri -> checkUnique(uris, uri, "scheme " + scheme.id(), "scheme[" + scheme.id() + "].uri"));
    }
    for (Concept concept : concepts.values()) {
      String field = "concept[" + concept.id() + "]";
      ConceptScheme scheme = schemes.get(concept.scheme());
      Checks.check(scheme != null, field + ".scheme", "known-scheme", "there is no scheme %s", concept.scheme());
      checkLinks(concept, concepts, field);
      checkDefaultLabel(concept, scheme, field);
      concept.uri().ifPresent(uri -> checkUnique(uris, uri, "concept " + concept.id(), field + ".uri"));
      concept.notation().ifPresent(notation -> {
        ConceptId holder = notations.computeIfAbsent(concept.scheme(), s -> new HashMap<>())
            .putIfAbsent(notation, concept.id());
        Checks.check(holder == null, field + ".notation", "unique-notation",
            "\"%s\" is already the notation of %s in scheme %s", notation, holder, concept.scheme());
      });
    }
    checkAcyclic(concepts);
  }

  /** One URI names one scheme or concept. */
  private static void checkUnique(Map<URI, Object> uris, URI uri, String holder, String field) {
    Object earlier = uris.putIfAbsent(uri, holder);
    Checks.check(earlier == null, field, "unique-uri", "%s is already the URI of %s", uri, earlier);
  }

  private static void checkLinks(Concept concept, Map<ConceptId, Concept> concepts, String field) {
    for (ConceptId broader : concept.broader()) {
      Concept target = concepts.get(broader);
      Checks.check(target != null, field + ".broader", "known-concept", "there is no concept %s", broader);
      Checks.check(target.scheme().equals(concept.scheme()), field + ".broader", "same-scheme",
          "%s is in scheme %s; a broader concept must be in the same scheme, %s", broader, target.scheme(),
          concept.scheme());
    }
    for (ConceptId related : concept.related()) {
      Concept target = concepts.get(related);
      Checks.check(target != null, field + ".related", "known-concept", "there is no concept %s", related);
      // The other direction (related is also broader) is checked by the Concept itself.
      Checks.check(!target.broader().contains(concept.id()), field + ".related", "related-not-broader",
          "%s is narrower than this concept; a concept cannot be both narrower and related (SKOS S27)", related);
    }
  }

  private static void checkDefaultLabel(Concept concept, ConceptScheme scheme, String field) {
    String language = scheme.defaultLanguage().getLanguage();
    boolean labelled = concept.prefLabels().values().keySet().stream().anyMatch(l -> l.getLanguage().equals(language));
    Checks.check(labelled, field + ".prefLabels", "default-language-label",
        "needs a preferred label in %s, the default language of scheme %s", scheme.defaultLanguage().toLanguageTag(),
        scheme.id());
  }

  /** Depth-first search over broader links, without recursion so that a long chain cannot overflow. */
  private static void checkAcyclic(Map<ConceptId, Concept> concepts) {
    Map<ConceptId, Boolean> finished = new HashMap<>(); // false while on the current path
    for (ConceptId start : concepts.keySet()) {
      if (finished.containsKey(start)) {
        continue;
      }
      List<ConceptId> path = new ArrayList<>(List.of(start));
      Deque<Iterator<ConceptId>> pending = new ArrayDeque<>(List.of(concepts.get(start).broader().iterator()));
      finished.put(start, false);
      while (!pending.isEmpty()) {
        Iterator<ConceptId> next = pending.peek();
        if (!next.hasNext()) {
          pending.pop();
          finished.put(path.removeLast(), true);
          continue;
        }
        ConceptId broader = next.next();
        Boolean state = finished.get(broader);
        if (state == null) {
          finished.put(broader, false);
          path.add(broader);
          pending.push(concepts.get(broader).broader().iterator());
        } else if (!state) {
          throw cycle(path.subList(path.indexOf(broader), path.size()), broader);
        }
      }
    }
  }

  /** Names the cycle; a long one by its first and last few concepts, so that the message stays readable. */
  private static ValidationException cycle(List<ConceptId> onCycle, ConceptId closing) {
    int size = onCycle.size();
    String links = size <= 2 * CYCLE_ENDS ? joined(onCycle) : joined(onCycle.subList(0, CYCLE_ENDS)) + " -> ... ("
        + (size - 2 * CYCLE_ENDS) + " more) -> " + joined(onCycle.subList(size - CYCLE_ENDS, size));
    return new ValidationException("concept[" + onCycle.getLast() + "].broader", "acyclic",
        "broader links form a cycle: " + links + " -> " + closing);
  }

  private static String joined(List<ConceptId> ids) {
    return ids.stream().map(ConceptId::value).collect(Collectors.joining(" -> "));
  }
}
