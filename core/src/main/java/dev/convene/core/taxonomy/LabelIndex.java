package dev.convene.core.taxonomy;

import dev.convene.core.model.ConceptId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Every label of every concept by its {@link LabelNormalizer} key, for {@link Taxonomy#findByLabel}. */
final class LabelIndex {
  private record Entry(Concept concept, Locale language, boolean preferred) {}

  private final Map<String, List<Entry>> byKey = new HashMap<>();

  LabelIndex(Collection<Concept> concepts) {
    for (Concept concept : concepts) {
      concept.prefLabels().values().forEach((language, label) -> add(label, concept, language, true));
      addAll(concept.altLabels(), concept);
      addAll(concept.hiddenLabels(), concept);
    }
    byKey.replaceAll((key, entries) -> List.copyOf(entries));
  }

  /**
   * The concepts with a label whose key is the key of {@code text}, in {@code language} (compared by
   * base language) or in any language if it is null: concepts matched by a preferred label first,
   * then by id.
   */
  List<Concept> find(String text, @Nullable Locale language) {
    Map<ConceptId, Concept> found = new HashMap<>();
    Set<ConceptId> preferred = new HashSet<>();
    for (Entry entry : byKey.getOrDefault(LabelNormalizer.normalize(text), List.of())) {
      if (language == null || entry.language().getLanguage().equals(language.getLanguage())) {
        found.put(entry.concept().id(), entry.concept());
        if (entry.preferred()) {
          preferred.add(entry.concept().id());
        }
      }
    }
    Comparator<Concept> order = Comparator.comparing((Concept c) -> !preferred.contains(c.id()))
        .thenComparing(Concept::id);
    return found.values().stream().sorted(order).toList();
  }

  private void addAll(Map<Locale, Set<String>> labels, Concept concept) {
    labels.forEach((language, texts) -> texts.forEach(label -> add(label, concept, language, false)));
  }

  private void add(String label, Concept concept, Locale language, boolean preferred) {
    String key = LabelNormalizer.normalize(label);
    if (!key.isEmpty()) {
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(concept, language, preferred));
    }
  }
}
