package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Text in several languages: at most one text per language, keyed by a BCP 47 language tag.
 *
 * <p>{@link #resolve(Locale, Locale)} picks the text to show with a fallback chain: the requested
 * language, the community's default language, English, then any language (the first by tag, so the
 * choice is stable). A requested regional variant also matches its base language and the other way
 * round: a request for {@code fr-CA} finds {@code fr}, a request for {@code fr} finds {@code fr-CA}.
 *
 * @param values the texts by language, each not blank
 */
public record LocalizedText(SortedMap<Locale, String> values) {
  private static final Comparator<Locale> BY_TAG = Comparator.comparing(Locale::toLanguageTag);
  private static final LocalizedText EMPTY = new LocalizedText(new TreeMap<>(BY_TAG));

  /**
   * Validates and copies the texts; language tags are normalised. A failure names {@code language}
   * or {@code text[<tag>]}; use {@link #forField(String, Map)} for the text of a named field.
   */
  public LocalizedText {
    Checks.required(values, "values");
    values = validated(values, "language", "text");
  }

  /**
   * The texts by language, as the value of {@code field}: a failure names the field ({@code field}
   * for a missing map or a bad language, {@code field[<tag>]} for a missing, blank or too long
   * text), so a form can show it where it belongs.
   *
   * @param field the name of the field, for the messages of failures
   * @param values the texts by language
   * @return the text
   * @throws dev.convene.core.ValidationException if a language or a text breaks a rule
   */
  public static LocalizedText forField(String field, Map<Locale, String> values) {
    Checks.required(field, "field");
    TreeMap<Locale, String> sorted = new TreeMap<>(BY_TAG);
    sorted.putAll(validated(values, field, field));
    return new LocalizedText(sorted);
  }

  /**
   * The text in one language, as the value of {@code field}; see {@link #forField(String, Map)}.
   *
   * @param field the name of the field, for the messages of failures
   * @param language the text's language
   * @param text the text
   * @return the text
   */
  public static LocalizedText forField(String field, Locale language, String text) {
    Checks.required(field, "field");
    Checks.required(language, field);
    Map<Locale, String> one = new HashMap<>();
    one.put(language, text);
    return forField(field, one);
  }

  private static SortedMap<Locale, String> validated(Map<Locale, String> values, String languageField,
      String textField) {
    Checks.required(values, languageField);
    TreeMap<Locale, String> copy = new TreeMap<>(BY_TAG);
    values.forEach((language, text) -> {
      Locale tag = Checks.language(language, languageField);
      Checks.text(text, textField + "[" + tag.toLanguageTag() + "]", 1_000_000);
      copy.put(tag, text);
    });
    return Collections.unmodifiableSortedMap(copy);
  }

  /**
   * No text at all.
   *
   * @return the empty text
   */
  public static LocalizedText empty() {
    return EMPTY;
  }

  /**
   * The text in one language.
   *
   * @param language the text's language
   * @param text the text
   * @return the text
   */
  public static LocalizedText of(Locale language, String text) {
    return of(Map.of(language, text));
  }

  /**
   * The text in one language, given by its BCP 47 tag such as {@code "fr"}.
   *
   * @param languageTag the text's language, such as {@code "fr"}
   * @param text the text
   * @return the text
   */
  public static LocalizedText of(String languageTag, String text) {
    return of(Checks.languageTag(languageTag, "language"), text);
  }

  /**
   * The texts by language.
   *
   * @param values the texts by language
   * @return the text
   */
  public static LocalizedText of(Map<Locale, String> values) {
    TreeMap<Locale, String> sorted = new TreeMap<>(BY_TAG);
    sorted.putAll(Checks.required(values, "values"));
    return new LocalizedText(sorted);
  }

  /**
   * A copy with the text for {@code language} set (replacing any earlier text in that language).
   *
   * @param language the language to set
   * @param text the text in that language
   * @return a copy of this text with that language set
   */
  public LocalizedText with(Locale language, String text) {
    TreeMap<Locale, String> copy = new TreeMap<>(values);
    copy.put(Checks.language(language, "language"), text);
    return new LocalizedText(copy);
  }

  /**
   * A copy with the text for the language tag set.
   *
   * @param languageTag the language to set, such as {@code "fr"}
   * @param text the text in that language
   * @return a copy of this text with that language set
   */
  public LocalizedText with(String languageTag, String text) {
    return with(Checks.languageTag(languageTag, "language"), text);
  }

  /**
   * Whether there is no text in any language.
   *
   * @return {@code true} if there is no language
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * The text in exactly this language, if any.
   *
   * @param language the language, compared exactly
   * @return the text in that language, or empty
   */
  public Optional<String> get(Locale language) {
    return Optional.ofNullable(values.get(Checks.language(language, "language")));
  }

  /**
   * The text to show for {@code requested}: requested language, English, then any.
   *
   * @param requested the reader's language
   * @return the text to show, empty only if there is no text at all
   */
  public Optional<String> resolve(Locale requested) {
    return resolve(requested, null);
  }

  /**
   * The text to show for {@code requested}, following the chain: the requested language, {@code
   * fallback} (a community's default language), English, then any language. Empty only if there is
   * no text at all.
   *
   * @param requested the reader's language
   * @param fallback the language to try second, or null to go on to English
   * @return the text to show
   */
  public Optional<String> resolve(Locale requested, @Nullable Locale fallback) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    for (Locale wanted : new Locale[] {requested, fallback, Locale.ENGLISH}) {
      String found = wanted == null ? null : match(wanted);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.of(values.get(values.firstKey()));
  }

  private @Nullable String match(Locale wanted) {
    String exact = values.get(Checks.language(wanted, "language"));
    if (exact != null) {
      return exact;
    }
    String base = wanted.getLanguage();
    for (Map.Entry<Locale, String> entry : values.entrySet()) {
      if (entry.getKey().getLanguage().equals(base)) {
        return entry.getValue();
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
