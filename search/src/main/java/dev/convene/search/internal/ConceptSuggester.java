package dev.convene.search.internal;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.LabelNormalizer;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.search.SuggestRequest;
import dev.convene.search.Suggestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Autocompletes concept labels: every preferred, alternative and hidden label of every concept that
 * is not deprecated, compared as {@link LabelNormalizer} keys, so that case and accents do not
 * matter. A label matches when it starts with the prefix, or one of its words does. Per concept the
 * best match is kept: whole label before word, preferred before alternative before hidden.
 */
public final class ConceptSuggester {
  private record Label(String key, String text, Locale language, Concept concept, int rank) {}

  private record Match(Label label, int quality) {}

  private static volatile Map.Entry<Taxonomy, List<Label>> last = Map.entry(Taxonomy.empty(), List.of());

  private ConceptSuggester() {}

  /** The concepts whose labels match, before counting: best first, at most {@code limit} if no counts. */
  public static List<Suggestion> suggest(SuggestRequest request, Taxonomy taxonomy,
      Function<Set<SchemeId>, Map<ConceptId, Long>> counter) {
    String prefix = LabelNormalizer.normalize(request.prefix());
    if (prefix.isEmpty()) {
      return List.of();
    }
    Map<ConceptId, Match> best = new HashMap<>();
    for (Label label : labels(taxonomy)) {
      if (!request.schemes().isEmpty() && !request.schemes().contains(label.concept.scheme())) {
        continue;
      }
      int quality = label.key.startsWith(prefix) ? 0 : wordStarts(label.key, prefix) ? 1 : -1;
      if (quality < 0) {
        continue;
      }
      Match match = new Match(label, quality);
      best.merge(label.concept.id(), match, (a, b) -> order(a) <= order(b) ? a : b);
    }
    Map<ConceptId, Long> counts = Map.of();
    if (request.withCounts() && !best.isEmpty()) {
      Set<SchemeId> schemes = new java.util.HashSet<>();
      best.values().forEach(m -> schemes.add(m.label.concept.scheme()));
      counts = counter.apply(schemes);
    }
    List<Suggestion> suggestions = new ArrayList<>();
    for (Match match : best.values()) {
      Concept concept = match.label.concept;
      long count = counts.getOrDefault(concept.id(), 0L);
      if (request.withCounts() && count == 0) {
        continue;
      }
      String shown = taxonomy.label(concept.id(), request.displayLanguage()).orElse(match.label.text);
      String matched = match.label.rank == 2 ? shown : match.label.text; // a hidden label is never shown
      suggestions.add(new Suggestion(concept.id(), concept.scheme(), shown, matched, match.label.language,
          request.withCounts() ? OptionalLong.of(count) : OptionalLong.empty()));
    }
    Map<ConceptId, Match> matches = best;
    suggestions.sort(Comparator.<Suggestion>comparingInt(s -> order(matches.get(s.concept())))
        .thenComparing(s -> -s.count().orElse(0))
        .thenComparing(Suggestion::label).thenComparing(s -> s.concept().value()));
    return suggestions.size() > request.limit() ? List.copyOf(suggestions.subList(0, request.limit())) : suggestions;
  }

  private static int order(Match match) {
    return match.quality * 3 + match.label.rank;
  }

  private static boolean wordStarts(String key, String prefix) {
    for (int i = 1; i < key.length(); i++) {
      char before = key.charAt(i - 1);
      if ((before == ' ' || before == '-' || before == '\'') && key.startsWith(prefix, i)) {
        return true;
      }
    }
    return false;
  }

  private static List<Label> labels(Taxonomy taxonomy) {
    Map.Entry<Taxonomy, List<Label>> known = last;
    if (known.getKey() == taxonomy) {
      return known.getValue();
    }
    List<Label> labels = new ArrayList<>();
    for (Concept concept : taxonomy.concepts()) {
      if (concept.deprecated()) {
        continue;
      }
      concept.prefLabels().values().forEach((language, text) -> add(labels, text, language, concept, 0));
      concept.altLabels().forEach((language, texts) -> texts.forEach(t -> add(labels, t, language, concept, 1)));
      concept.hiddenLabels().forEach((language, texts) -> texts.forEach(t -> add(labels, t, language, concept, 2)));
    }
    List<Label> built = List.copyOf(labels);
    last = Map.entry(taxonomy, built);
    return built;
  }

  private static void add(List<Label> labels, String text, Locale language, Concept concept, int rank) {
    labels.add(new Label(LabelNormalizer.normalize(text), text, language, concept, rank));
  }
}
