package dev.convene.core.taxonomy;

import dev.convene.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects schemes and concepts for a {@link Taxonomy}; start one with {@link Taxonomy#builder()}.
 * Nothing is checked before {@link #build()}, so concepts may come in any order. A builder is not
 * thread-safe.
 */
public final class TaxonomyBuilder {
  private final List<ConceptScheme> schemes = new ArrayList<>();
  private final List<Concept> concepts = new ArrayList<>();

  TaxonomyBuilder() {}

  /**
   * Adds a scheme.
   *
   * @param scheme the scheme to add
   * @return this builder
   */
  public TaxonomyBuilder scheme(ConceptScheme scheme) {
    schemes.add(Checks.required(scheme, "scheme"));
    return this;
  }

  /**
   * Adds schemes.
   *
   * @param added the schemes to add
   * @return this builder
   */
  public TaxonomyBuilder schemes(Collection<ConceptScheme> added) {
    schemes.addAll(Checks.noNulls(added, "schemes"));
    return this;
  }

  /**
   * Adds a concept.
   *
   * @param concept the concept to add
   * @return this builder
   */
  public TaxonomyBuilder concept(Concept concept) {
    concepts.add(Checks.required(concept, "concept"));
    return this;
  }

  /**
   * Adds concepts.
   *
   * @param added the concepts to add
   * @return this builder
   */
  public TaxonomyBuilder concepts(Collection<Concept> added) {
    concepts.addAll(Checks.noNulls(added, "concepts"));
    return this;
  }

  /**
   * Validates everything and builds the taxonomy. The first broken rule is thrown as a {@link
   * dev.convene.core.ValidationException} whose field names the scheme ({@code scheme[<id>]}) or
   * concept ({@code concept[<id>].broader}, ...) and whose rule is one of these codes:
   *
   * <ul>
   *   <li>{@code unique-scheme}, {@code unique-concept}: an id is used twice;
   *   <li>{@code known-scheme}: a concept's scheme is not in the taxonomy;
   *   <li>{@code known-concept}: a broader or related link points to a concept that is not in the
   *       taxonomy;
   *   <li>{@code same-scheme}: a broader link crosses schemes (related links may);
   *   <li>{@code default-language-label}: a concept has no preferred label in its scheme's default
   *       language (a regional variant counts: {@code en-GB} satisfies {@code en});
   *   <li>{@code related-not-broader}: two concepts are linked both as broader/narrower and as
   *       related (SKOS S27; only direct links are compared);
   *   <li>{@code unique-notation}: two concepts of one scheme have the same notation;
   *   <li>{@code unique-uri}: two concepts or schemes have the same URI;
   *   <li>{@code acyclic}: broader links form a cycle; the field names a concept on it and the
   *       message lists the cycle.
   * </ul>
   *
   * The builder can be changed and built again after a failure.
   *
   * @return the taxonomy
   */
  public Taxonomy build() {
    return new Taxonomy(schemes, concepts);
  }
}
