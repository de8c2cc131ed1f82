package dev.convene.core.taxonomy;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A concept of a {@link ConceptScheme}: a subject that items and communities are tagged with, named
 * in several languages. Modelled on SKOS: one preferred label per language, any number of
 * alternative labels (synonyms shown to people) and hidden labels (misspellings and other variants
 * that only look-ups see), broader concepts (several are allowed: polyhierarchy) and related
 * concepts.
 *
 * <p>Build one with {@link #builder(ConceptId, SchemeId)}; derive changed copies with the {@code
 * withX} methods. The constructor enforces the rules that need nothing but the concept itself; the
 * rules that relate concepts to each other (no cycles, no dangling links, unique notations, a label
 * in the scheme's default language) are checked when a {@link Taxonomy} is built. Every failure is a
 * {@link dev.convene.core.ValidationException} whose field starts with {@code concept[<id>]}.
 *
 * @param id the concept's id
 * @param scheme the scheme the concept belongs to
 * @param uri the concept's URI, kept from the SKOS file it came from so that a re-import updates it
 *     and an export writes it again; unique in the taxonomy; absolute, at most 2,000 characters
 * @param notation a code that identifies the concept within its scheme, such as {@code "1.05"}
 * @param prefLabels the preferred labels: at least one, at most one per language, each not blank and
 *     at most 1,000 characters
 * @param altLabels the alternative labels by language; copied immutably, sorted by language tag,
 *     each language's labels in the order given
 * @param hiddenLabels the hidden labels by language, copied in the same way
 * @param definition what the concept means, per language; may be empty
 * @param broader the concepts this one is narrower than, in id order; never the concept itself
 * @param related the concepts associated with this one, in id order; never the concept itself nor
 *     one of its broader concepts (SKOS S27)
 * @param deprecated whether the concept is kept only so that existing tags still resolve; a
 *     deprecated concept is still found by id, notation and label
 * @param version the store's optimistic-concurrency counter: 0 until first stored; core never
 *     changes it
 */
public record Concept(
    ConceptId id,
    SchemeId scheme,
    Optional<URI> uri,
    Optional<String> notation,
    LocalizedText prefLabels,
    Map<Locale, Set<String>> altLabels,
    Map<Locale, Set<String>> hiddenLabels,
    LocalizedText definition,
    Set<ConceptId> broader,
    Set<ConceptId> related,
    boolean deprecated,
    long version) {

  /**
   * Validates and copies the concept.
   *
   * @throws dev.convene.core.ValidationException naming the field and the rule: {@code required},
   *     {@code not-blank} or {@code max-length} for missing or malformed values, {@code language-tag}
   *     for a malformed language, {@code not-self} when the concept is its own broader or related
   *     concept, {@code related-not-broader} when a concept is both broader and related, {@code
   *     distinct-labels} when one label is preferred, alternative or hidden at once in one language
   *     (SKOS S13), {@code non-negative} for a negative version
   */
  public Concept {
    Checks.required(id, "concept.id");
    String field = "concept[" + id + "]";
    Checks.required(scheme, field + ".scheme");
    uri = Checks.required(uri, field + ".uri").map(u -> Checks.uri(u, field + ".uri"));
    notation = Checks.required(notation, field + ".notation").map(n -> Checks.id(n, field + ".notation"));
    Checks.required(prefLabels, field + ".prefLabels");
    Checks.check(!prefLabels.isEmpty(), field + ".prefLabels", "required", "needs a preferred label");
    prefLabels.values().forEach((language, text) ->
        Labels.label(text, field + ".prefLabels[" + language.toLanguageTag() + "]"));
    altLabels = Labels.copy(altLabels, field + ".altLabels");
    hiddenLabels = Labels.copy(hiddenLabels, field + ".hiddenLabels");
    Labels.checkDistinct(prefLabels.values(), altLabels, hiddenLabels, field);
    Checks.required(definition, field + ".definition");
    broader = Labels.ids(broader, field + ".broader");
    related = Labels.ids(related, field + ".related");
    Checks.check(!broader.contains(id), field + ".broader", "not-self", "a concept cannot be broader than itself");
    Checks.check(!related.contains(id), field + ".related", "not-self", "a concept cannot be related to itself");
    for (ConceptId other : related) {
      Checks.check(!broader.contains(other), field + ".related", "related-not-broader",
          "%s is already a broader concept; a concept cannot be both broader and related (SKOS S27)", other);
    }
    Checks.check(version >= 0, field + ".version", "non-negative", "must not be negative");
  }

  /**
   * Starts a concept with the given id in the given scheme; see {@link ConceptBuilder}.
   *
   * @param id the concept's id
   * @param scheme the id of the scheme the concept belongs to
   * @return a builder with the id and scheme set
   */
  public static ConceptBuilder builder(ConceptId id, SchemeId scheme) {
    return new ConceptBuilder(id, scheme);
  }

  /**
   * Whether the concept has no broader concept, and so is a top concept of its scheme.
   *
   * @return {@code true} if the concept has no broader concept
   */
  public boolean isTop() {
    return broader.isEmpty();
  }

  /**
   * A copy with the preferred label in {@code language} set, replacing any earlier one.
   *
   * @param language the label's language
   * @param label the preferred label
   * @return a copy of this concept with that label
   */
  public Concept withPrefLabel(Locale language, String label) {
    return withPrefLabels(prefLabels.with(language, label));
  }

  /**
   * A copy with other preferred labels.
   *
   * @param newPrefLabels the preferred labels, one per language
   * @return a copy of this concept with those labels
   */
  public Concept withPrefLabels(LocalizedText newPrefLabels) {
    return new Concept(id, scheme, uri, notation, newPrefLabels, altLabels, hiddenLabels, definition, broader, related,
        deprecated, version);
  }

  /**
   * A copy with other alternative labels.
   *
   * @param newAltLabels the alternative labels by language
   * @return a copy of this concept with those labels
   */
  public Concept withAltLabels(Map<Locale, Set<String>> newAltLabels) {
    return new Concept(id, scheme, uri, notation, prefLabels, newAltLabels, hiddenLabels, definition, broader, related,
        deprecated, version);
  }

  /**
   * A copy with other hidden labels.
   *
   * @param newHiddenLabels the hidden labels by language
   * @return a copy of this concept with those labels
   */
  public Concept withHiddenLabels(Map<Locale, Set<String>> newHiddenLabels) {
    return new Concept(id, scheme, uri, notation, prefLabels, altLabels, newHiddenLabels, definition, broader, related,
        deprecated, version);
  }

  /**
   * A copy with another URI, or none if {@code newUri} is null.
   *
   * @param newUri the URI, or null for none
   * @return a copy of this concept with that URI
   */
  public Concept withUri(@Nullable URI newUri) {
    return new Concept(id, scheme, Optional.ofNullable(newUri), notation, prefLabels, altLabels, hiddenLabels,
        definition, broader, related, deprecated, version);
  }

  /**
   * A copy with another notation, or none if {@code newNotation} is null.
   *
   * @param newNotation the notation, or null for none
   * @return a copy of this concept with that notation
   */
  public Concept withNotation(@Nullable String newNotation) {
    return new Concept(id, scheme, uri, Optional.ofNullable(newNotation), prefLabels, altLabels, hiddenLabels, definition,
        broader, related, deprecated, version);
  }

  /**
   * A copy with another definition.
   *
   * @param newDefinition the definition per language; empty for none
   * @return a copy of this concept with that definition
   */
  public Concept withDefinition(LocalizedText newDefinition) {
    return new Concept(id, scheme, uri, notation, prefLabels, altLabels, hiddenLabels, newDefinition, broader, related,
        deprecated, version);
  }

  /**
   * A copy with other broader concepts (none makes it a top concept).
   *
   * @param newBroader the ids of the broader concepts
   * @return a copy of this concept with those broader concepts
   */
  public Concept withBroader(Set<ConceptId> newBroader) {
    return new Concept(id, scheme, uri, notation, prefLabels, altLabels, hiddenLabels, definition, newBroader, related,
        deprecated, version);
  }

  /**
   * A copy with other related concepts.
   *
   * @param newRelated the ids of the related concepts
   * @return a copy of this concept with those related concepts
   */
  public Concept withRelated(Set<ConceptId> newRelated) {
    return new Concept(id, scheme, uri, notation, prefLabels, altLabels, hiddenLabels, definition, broader, newRelated,
        deprecated, version);
  }

  /**
   * A copy that is deprecated, or no longer deprecated.
   *
   * @param newDeprecated {@code true} to deprecate the concept
   * @return a copy of this concept, deprecated or not
   */
  public Concept withDeprecated(boolean newDeprecated) {
    return new Concept(id, scheme, uri, notation, prefLabels, altLabels, hiddenLabels, definition, broader, related,
        newDeprecated, version);
  }

  /**
   * A copy with another version (for stores).
   *
   * @param newVersion the store's new version
   * @return a copy of this concept with that version
   */
  public Concept withVersion(long newVersion) {
    return new Concept(id, scheme, uri, notation, prefLabels, altLabels, hiddenLabels, definition, broader, related,
        deprecated, newVersion);
  }
}
