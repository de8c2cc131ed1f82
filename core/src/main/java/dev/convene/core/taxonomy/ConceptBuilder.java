package dev.convene.core.taxonomy;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Concept}; start one with {@link Concept#builder(ConceptId, SchemeId)}. Labels,
 * broader and related concepts accumulate; the rest defaults to nothing: no URI, no notation, no definition,
 * not deprecated, version 0.
 *
 * <p>A setting that contradicts an earlier one is rejected at once, with a {@link
 * dev.convene.core.ValidationException} naming it: a second, different preferred label in one
 * language (rule {@code one-pref-label}, SKOS S14), a second, different notation or definition in
 * one language (rule {@code already-set}). Everything else is checked by {@link #build()}. A builder
 * is not thread-safe.
 */
public final class ConceptBuilder {
  private final ConceptId id;
  private final SchemeId scheme;
  private final String field;
  private @Nullable URI uri;
  private @Nullable String notation;
  private final Map<Locale, String> prefLabels = new TreeMap<>(Labels.BY_TAG);
  private final Map<Locale, Set<String>> altLabels = new LinkedHashMap<>();
  private final Map<Locale, Set<String>> hiddenLabels = new LinkedHashMap<>();
  private final Map<Locale, String> definition = new TreeMap<>(Labels.BY_TAG);
  private final Set<ConceptId> broader = new LinkedHashSet<>();
  private final Set<ConceptId> related = new LinkedHashSet<>();
  private boolean deprecated;
  private long version;

  ConceptBuilder(ConceptId id, SchemeId scheme) {
    this.id = Checks.required(id, "concept.id");
    this.field = "concept[" + id + "]";
    this.scheme = Checks.required(scheme, field + ".scheme");
  }

  /**
   * Sets the preferred label in {@code language}; a concept has at most one per language.
   *
   * @param language the label's language
   * @param label the preferred label
   * @return this builder
   */
  public ConceptBuilder prefLabel(Locale language, String label) {
    setOnce(prefLabels, Checks.language(language, field + ".prefLabels"), label, ".prefLabels", "one-pref-label");
    return this;
  }

  /**
   * Sets the preferred label in the language with the BCP 47 tag {@code languageTag}.
   *
   * @param languageTag the label's language, such as {@code "fr"}
   * @param label the preferred label
   * @return this builder
   */
  public ConceptBuilder prefLabel(String languageTag, String label) {
    return prefLabel(Checks.languageTag(languageTag, field + ".prefLabels"), label);
  }

  /**
   * Adds alternative labels (synonyms shown to people) in {@code language}.
   *
   * @param language the labels' language
   * @param labels the alternative labels
   * @return this builder
   */
  public ConceptBuilder altLabel(Locale language, String... labels) {
    add(altLabels, Checks.language(language, field + ".altLabels"), labels, ".altLabels");
    return this;
  }

  /**
   * Adds alternative labels in the language with the BCP 47 tag {@code languageTag}.
   *
   * @param languageTag the labels' language, such as {@code "fr"}
   * @param labels the alternative labels
   * @return this builder
   */
  public ConceptBuilder altLabel(String languageTag, String... labels) {
    return altLabel(Checks.languageTag(languageTag, field + ".altLabels"), labels);
  }

  /**
   * Adds hidden labels (misspellings and variants that only look-ups see) in {@code language}.
   *
   * @param language the labels' language
   * @param labels the hidden labels
   * @return this builder
   */
  public ConceptBuilder hiddenLabel(Locale language, String... labels) {
    add(hiddenLabels, Checks.language(language, field + ".hiddenLabels"), labels, ".hiddenLabels");
    return this;
  }

  /**
   * Adds hidden labels in the language with the BCP 47 tag {@code languageTag}.
   *
   * @param languageTag the labels' language, such as {@code "fr"}
   * @param labels the hidden labels
   * @return this builder
   */
  public ConceptBuilder hiddenLabel(String languageTag, String... labels) {
    return hiddenLabel(Checks.languageTag(languageTag, field + ".hiddenLabels"), labels);
  }

  /**
   * Sets the concept's URI, unique in the taxonomy.
   *
   * @param newUri the URI
   * @return this builder
   */
  public ConceptBuilder uri(URI newUri) {
    uri = Checks.uri(newUri, field + ".uri");
    return this;
  }

  /**
   * Sets the notation, a code unique within the scheme.
   *
   * @param newNotation the notation
   * @return this builder
   */
  public ConceptBuilder notation(String newNotation) {
    Checks.required(newNotation, field + ".notation");
    Checks.check(notation == null || notation.equals(newNotation), field + ".notation", "already-set",
        "was already set to \"%s\"", notation);
    notation = newNotation;
    return this;
  }

  /**
   * Sets the definition in {@code language}.
   *
   * @param language the definition's language
   * @param text the definition
   * @return this builder
   */
  public ConceptBuilder definition(Locale language, String text) {
    setOnce(definition, Checks.language(language, field + ".definition"), text, ".definition", "already-set");
    return this;
  }

  /**
   * Sets the definition in the language with the BCP 47 tag {@code languageTag}.
   *
   * @param languageTag the definition's language, such as {@code "fr"}
   * @param text the definition
   * @return this builder
   */
  public ConceptBuilder definition(String languageTag, String text) {
    return definition(Checks.languageTag(languageTag, field + ".definition"), text);
  }

  /**
   * Adds broader concepts; a concept may have several (polyhierarchy).
   *
   * @param concepts the ids of the broader concepts to add
   * @return this builder
   */
  public ConceptBuilder broader(ConceptId... concepts) {
    broader.addAll(Checks.noNulls(Arrays.asList(concepts), field + ".broader"));
    return this;
  }

  /**
   * Adds related concepts.
   *
   * @param concepts the ids of the related concepts to add
   * @return this builder
   */
  public ConceptBuilder related(ConceptId... concepts) {
    related.addAll(Checks.noNulls(Arrays.asList(concepts), field + ".related"));
    return this;
  }

  /**
   * Marks the concept deprecated, or not.
   *
   * @param isDeprecated {@code true} to mark the concept deprecated
   * @return this builder
   */
  public ConceptBuilder deprecated(boolean isDeprecated) {
    deprecated = isDeprecated;
    return this;
  }

  /**
   * Sets the store's version (default 0, not yet stored).
   *
   * @param newVersion the version
   * @return this builder
   */
  public ConceptBuilder version(long newVersion) {
    version = newVersion;
    return this;
  }

  /**
   * Builds the concept.
   *
   * @return the concept
   * @throws dev.convene.core.ValidationException if the concept breaks one of the rules of {@link
   *     Concept}
   */
  public Concept build() {
    // Built here, not by the caller, so a bad text is reported on the concept's own field.
    LocalizedText labels = LocalizedText.forField(field + ".prefLabels", prefLabels);
    LocalizedText defined = LocalizedText.forField(field + ".definition", definition);
    return new Concept(id, scheme, Optional.ofNullable(uri), Optional.ofNullable(notation), labels, altLabels, hiddenLabels, defined, broader,
        related, deprecated, version);
  }

  private void setOnce(Map<Locale, String> texts, Locale language, String text, String name, String rule) {
    Checks.required(text, field + name + "[" + language.toLanguageTag() + "]");
    String previous = texts.putIfAbsent(language, text);
    Checks.check(previous == null || previous.equals(text), field + name + "[" + language.toLanguageTag() + "]", rule,
        "is already \"%s\" in this language", previous);
  }

  private void add(Map<Locale, Set<String>> labels, Locale language, String[] texts, String name) {
    Checks.noNulls(Arrays.asList(texts), field + name + "[" + language.toLanguageTag() + "]");
    labels.computeIfAbsent(language, l -> new LinkedHashSet<>()).addAll(Arrays.asList(texts));
  }
}
