package dev.convene.archive.internal;

import dev.convene.core.model.LocalizedText;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JsonGenerator;

/** Writes the values the model shares (optional fields, texts by language, id sets) with a generator. */
final class Out {
  private Out() {}

  /** Writes {@code name} only if the value is present; an absent value leaves the property out. */
  static void optional(JsonGenerator g, String name, Optional<?> value) {
    value.ifPresent(v -> g.writeStringProperty(name, v.toString()));
  }

  /** Writes the texts by BCP 47 language tag. */
  static void texts(JsonGenerator g, String name, LocalizedText text) {
    g.writeObjectPropertyStart(name);
    text.values().forEach((language, value) -> g.writeStringProperty(language.toLanguageTag(), value));
    g.writeEndObject();
  }

  /** Writes label lists by BCP 47 language tag. */
  static void textLists(JsonGenerator g, String name, Map<Locale, ? extends Collection<String>> texts) {
    g.writeObjectPropertyStart(name);
    texts.forEach((language, values) -> strings(g, language.toLanguageTag(), values));
    g.writeEndObject();
  }

  /** Writes strings as an array, in the given order. */
  static void strings(JsonGenerator g, String name, Collection<String> values) {
    g.writeArrayPropertyStart(name);
    values.forEach(g::writeString);
    g.writeEndArray();
  }

  /** Writes a set of ids (or other values) by their text, sorted so that archives are reproducible. */
  static void sorted(JsonGenerator g, String name, Set<?> values) {
    TreeSet<String> sorted = new TreeSet<>();
    values.forEach(v -> sorted.add(v.toString()));
    strings(g, name, sorted);
  }
}
