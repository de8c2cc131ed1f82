package dev.convene.storage.jdbc.internal;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The JSON shapes of the values the codecs share: texts by language, languages, sets of ids. */
final class Values {
  private Values() {}

  /** Texts by BCP 47 tag, in the text's own order. */
  static Map<String, String> texts(LocalizedText text) {
    Map<String, String> texts = new LinkedHashMap<>();
    text.values().forEach((language, value) -> texts.put(tag(language), value));
    return texts;
  }

  static LocalizedText texts(Map<String, String> texts) {
    Map<Locale, String> values = new LinkedHashMap<>();
    texts.forEach((tag, value) -> values.put(language(tag), value));
    return LocalizedText.of(values);
  }

  static String tag(Locale language) {
    return language.toLanguageTag();
  }

  static Locale language(String tag) {
    return Locale.forLanguageTag(tag);
  }

  /** The values' strings in their natural order, so that a body does not depend on a set's order. */
  static <T extends Comparable<? super T>> List<String> sorted(Collection<T> values) {
    return new TreeSet<>(values).stream().map(Object::toString).toList();
  }

  static Set<ConceptId> concepts(List<String> ids) {
    Set<ConceptId> concepts = new LinkedHashSet<>();
    ids.forEach(id -> concepts.add(ConceptId.of(id)));
    return concepts;
  }

  /** Labels by BCP 47 tag, each language's labels in their order. */
  static Map<String, List<String>> labelsByTag(Map<Locale, Set<String>> labels) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    labels.forEach((language, texts) -> out.put(tag(language), List.copyOf(texts)));
    return out;
  }

  static Map<Locale, Set<String>> labels(Map<String, List<String>> labels) {
    Map<Locale, Set<String>> out = new LinkedHashMap<>();
    labels.forEach((tag, texts) -> out.put(language(tag), new LinkedHashSet<>(texts)));
    return out;
  }
}
