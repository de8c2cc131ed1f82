package dev.convene.core.taxonomy;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ConceptId;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The copying and checking that {@link Concept} and its builder share. */
final class Labels {
  /** The longest label accepted: labels are short names, shown in facets and lists. */
  static final int MAX_LENGTH = 1000;

  static final Comparator<Locale> BY_TAG = Comparator.comparing(Locale::toLanguageTag);

  private Labels() {}

  /**
   * An immutable copy of synonyms by language, sorted by language tag, each language's labels in the
   * given order without repeats; languages with no label are dropped, and languages that normalise to
   * the same tag are merged.
   */
  static Map<Locale, Set<String>> copy(Map<Locale, ? extends Collection<String>> labels, String field) {
    Checks.required(labels, field);
    TreeMap<Locale, Set<String>> copy = new TreeMap<>(BY_TAG);
    labels.forEach((language, texts) -> {
      Locale tag = Checks.language(language, field);
      String languageField = field + "[" + tag.toLanguageTag() + "]";
      for (String text : Checks.noNulls(texts, languageField)) {
        copy.computeIfAbsent(tag, t -> new LinkedHashSet<>()).add(label(text, languageField));
      }
    });
    copy.replaceAll((language, texts) -> Collections.unmodifiableSet(texts));
    return Collections.unmodifiableSortedMap(copy);
  }

  /** Checks one label: not blank, not too long. */
  static String label(String text, String field) {
    return Checks.text(text, field, MAX_LENGTH);
  }

  /** An immutable copy of concept ids, in id order so that iteration is stable. */
  static SortedSet<ConceptId> ids(Set<ConceptId> ids, String field) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(Checks.noNulls(ids, field)));
  }

  /**
   * SKOS S13: in one language, a label is at most one of preferred, alternative and hidden.
   *
   * @param field the concept's field prefix, {@code concept[<id>]}
   */
  static void checkDistinct(
      Map<Locale, String> pref, Map<Locale, Set<String>> alt, Map<Locale, Set<String>> hidden, String field) {
    alt.forEach((language, texts) -> notIn(texts, pref.get(language), field + ".altLabels", language, "the preferred"));
    hidden.forEach((language, texts) -> {
      notIn(texts, pref.get(language), field + ".hiddenLabels", language, "the preferred");
      for (String text : alt.getOrDefault(language, Set.of())) {
        notIn(texts, text, field + ".hiddenLabels", language, "an alternative");
      }
    });
  }

  private static void notIn(Set<String> texts, @Nullable String label, String field, Locale language, String kind) {
    Checks.check(label == null || !texts.contains(label), field + "[" + language.toLanguageTag() + "]",
        "distinct-labels", "\"%s\" is already %s label in this language", label, kind);
  }
}
