package dev.convene.storage.jdbc.internal;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** The JSON shapes of the values the codecs share: texts by language, languages, sets of ids. */
final class Values {
  private Values() {}

  /** Texts by BCP 47 tag, in the text's own order. */
  static Map<String, Object> texts(LocalizedText text) {
    Map<String, Object> texts = new LinkedHashMap<>();
    text.values().forEach((language, value) -> texts.put(language.toLanguageTag(), value));
    return texts;
  }

  static LocalizedText texts(JsonIn in) {
    Map<Locale, String> values = new LinkedHashMap<>();
    in.texts().forEach((tag, value) -> values.put(language(tag), value));
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
    return ids(ids, ConceptId::of);
  }

  static <T> Set<T> ids(List<String> ids, Function<String, T> parse) {
    Set<T> set = new LinkedHashSet<>();
    ids.forEach(id -> set.add(parse.apply(id)));
    return set;
  }

  /** Labels by language, each language's labels in their order. */
  static Map<String, Object> labels(Map<Locale, Set<String>> labels) {
    Map<String, Object> out = new LinkedHashMap<>();
    labels.forEach((language, texts) -> out.put(tag(language), new ArrayList<>(texts)));
    return out;
  }

  static Map<Locale, Set<String>> labels(JsonIn in) {
    Map<Locale, Set<String>> labels = new LinkedHashMap<>();
    in.lists().forEach((tag, texts) -> labels.put(language(tag), new LinkedHashSet<>(texts)));
    return labels;
  }
}
