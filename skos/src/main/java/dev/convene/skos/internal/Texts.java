package dev.convene.skos.internal;

import dev.convene.skos.SkosOptions;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.rdf4j.model.Literal;

/** The language filter: which texts are kept, with the ones left out and the labels kept counted. */
final class Texts {
  private final SkosOptions options;
  private final Skips skips;
  private final SortedMap<String, Integer> labels = new TreeMap<>();

  Texts(SkosOptions options, Skips skips) {
    this.options = options;
    this.skips = skips;
  }

  /** The language of {@code text} if it is kept; otherwise empty, and the text is reported. */
  Optional<Locale> kept(Literal text) {
    Optional<Locale> language = text.getLanguage().map(Locale::forLanguageTag);
    if (language.isPresent() && options.keeps(language.get())) {
      return language;
    }
    skips.language(language.map(Locale::toLanguageTag).orElse(""));
    return Optional.empty();
  }

  /** Counts a label kept in {@code language}. */
  void label(Locale language) {
    labels.merge(language.toLanguageTag(), 1, Integer::sum);
  }

  SortedMap<String, Integer> labels() {
    return labels;
  }
}
