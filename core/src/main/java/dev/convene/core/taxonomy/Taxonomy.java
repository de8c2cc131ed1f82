package dev.convene.core.taxonomy;

import dev.convene.core.NotFoundException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, validated set of concept schemes and their concepts, with the look-ups that tagging,
 * browsing and search need. Every taxonomy satisfies the rules listed at {@link
 * TaxonomyBuilder#build()}: there is no way to hold an invalid one. A change ({@link
 * #with(Concept)}, {@link #without(ConceptId)}, ...) returns a new, fully revalidated taxonomy or
 * throws and leaves this one as it was, so a change is all or nothing. Revalidation takes time in
 * proportion to the size of the taxonomy; apply a batch with {@link #withAll(Collection)} rather
 * than one concept at a time.
 *
 * <p>Indexes are built once, in the constructor, in time linear in concepts plus links: look-ups by
 * id, notation and label take constant time, traversals time in proportion to their result. Broader
 * links form a directed acyclic graph, not a tree: a concept may sit at the bottom of a chain
 * thousands deep or of a lattice with exponentially many paths to the top. Traversals are iterative
 * and visit each concept once, whatever the shape; {@link #pathsToTop(ConceptId, int)}, the one
 * look-up whose result can be exponential, takes a limit. Lists come in a stable order, by id unless a
 * method says otherwise, and are immutable. A taxonomy is safe to share between threads.
 *
 * <p>Deprecated concepts stay in the taxonomy and are found by id, notation and label and in every
 * traversal, so that existing tags still resolve; callers that offer concepts for new tags filter
 * them out with {@link Concept#deprecated()}.
 *
 * <p>Methods that take the id of a concept or scheme that must exist throw {@link NotFoundException}
 * when it does not; look-ups that may legitimately find nothing return an empty {@link Optional} or
 * list instead.
 */
public final class Taxonomy {
  private static final Taxonomy EMPTY = new Taxonomy(List.of(), List.of());

  private final Map<SchemeId, ConceptScheme> schemesById;
  private final Map<ConceptId, Concept> conceptsById;
  private final List<ConceptScheme> schemes;
  private final List<Concept> concepts;
  private final Map<SchemeId, List<Concept>> byScheme = new HashMap<>();
  private final Map<SchemeId, List<Concept>> topByScheme = new HashMap<>();
  private final Map<SchemeId, Map<String, Concept>> byNotation = new HashMap<>();
  private final Map<URI, Concept> byUri = new HashMap<>();
  private final Map<URI, ConceptScheme> schemesByUri = new HashMap<>();
  private final Hierarchy hierarchy;
  private final LabelIndex labels;

  Taxonomy(Collection<ConceptScheme> schemeList, Collection<Concept> conceptList) {
    schemesById = TaxonomyValidator.unique(schemeList, ConceptScheme::id, "scheme", "unique-scheme");
    conceptsById = TaxonomyValidator.unique(conceptList, Concept::id, "concept", "unique-concept");
    TaxonomyValidator.validate(schemesById, conceptsById);
    schemes = schemesById.values().stream().sorted(Comparator.comparing(ConceptScheme::id)).toList();
    concepts = conceptsById.values().stream().sorted(Comparator.comparing(Concept::id)).toList();
    schemes.forEach(scheme -> byScheme.put(scheme.id(), new ArrayList<>()));
    for (Concept concept : concepts) {
      byScheme.get(concept.scheme()).add(concept);
      concept.notation().ifPresent(notation ->
          byNotation.computeIfAbsent(concept.scheme(), s -> new HashMap<>()).put(notation, concept));
    }
    concepts.forEach(concept -> concept.uri().ifPresent(uri -> byUri.put(uri, concept)));
    schemes.forEach(scheme -> scheme.uri().ifPresent(uri -> schemesByUri.put(uri, scheme)));
    byScheme.replaceAll((id, inScheme) -> List.copyOf(inScheme));
    byScheme.forEach((id, inScheme) -> topByScheme.put(id, inScheme.stream().filter(Concept::isTop).toList()));
    hierarchy = new Hierarchy(conceptsById, concepts);
    labels = new LabelIndex(concepts);
  }

  /**
   * The taxonomy with no scheme and no concept.
   *
   * @return the empty taxonomy
   */
  public static Taxonomy empty() {
    return EMPTY;
  }

  /**
   * Starts an empty builder.
   *
   * @return a builder holding nothing
   */
  public static TaxonomyBuilder builder() {
    return new TaxonomyBuilder();
  }

  /**
   * A builder holding this taxonomy's schemes and concepts, to add more in one validated step. It
   * only adds: a concept whose id is already present is a duplicate ({@code unique-concept}); replace
   * concepts with {@link #withAll(Collection)}.
   *
   * @return a builder holding every scheme and concept of this taxonomy
   */
  public TaxonomyBuilder toBuilder() {
    return new TaxonomyBuilder().schemes(schemes).concepts(concepts);
  }

  /**
   * A taxonomy with {@code scheme} added, or replacing the scheme with the same id.
   *
   * @param scheme the scheme to add or replace
   * @return the new taxonomy; this one is unchanged
   * @throws dev.convene.core.ValidationException if the result breaks a rule, for instance when a
   *     new default language leaves a concept without a label in it
   */
  public Taxonomy with(ConceptScheme scheme) {
    Checks.required(scheme, "scheme");
    List<ConceptScheme> next = new ArrayList<>(schemes.stream().filter(s -> !s.id().equals(scheme.id())).toList());
    next.add(scheme);
    return new Taxonomy(next, concepts);
  }

  /**
   * A taxonomy with {@code concept} added, or replacing the concept with the same id.
   *
   * @param concept the concept to add or replace
   * @return the new taxonomy; this one is unchanged
   * @throws dev.convene.core.ValidationException if the result breaks a rule
   */
  public Taxonomy with(Concept concept) {
    return withAll(List.of(Checks.required(concept, "concept")));
  }

  /**
   * A taxonomy with every one of {@code changed} added, or replacing the concept with the same id;
   * validated once, as a whole, so concepts that refer to each other can arrive together.
   *
   * @param changed the concepts to add or replace
   * @return the new taxonomy; this one is unchanged
   * @throws dev.convene.core.ValidationException if the result breaks a rule, including the same id
   *     twice in {@code changed} ({@code unique-concept})
   */
  public Taxonomy withAll(Collection<Concept> changed) {
    Set<ConceptId> ids = new HashSet<>();
    Checks.noNulls(changed, "concepts").forEach(concept -> ids.add(concept.id()));
    List<Concept> next = new ArrayList<>(concepts.stream().filter(c -> !ids.contains(c.id())).toList());
    next.addAll(changed);
    return new Taxonomy(schemes, next);
  }

  /**
   * A taxonomy without the concept {@code id}. Unlink its narrower and related concepts first (with
   * {@link #withAll(Collection)}), or remove them in the same step with {@link #withoutAll(Collection)}.
   *
   * @param id the concept to remove
   * @return the new taxonomy; this one is unchanged
   * @throws NotFoundException if there is no such concept
   * @throws dev.convene.core.ValidationException ({@code known-concept}) if another concept still
   *     refers to it
   */
  public Taxonomy without(ConceptId id) {
    return withoutAll(List.of(Checks.required(id, "id")));
  }

  /**
   * A taxonomy without the concepts {@code ids}, removed in one validated step.
   *
   * @param ids the concepts to remove
   * @return the new taxonomy; this one is unchanged
   * @throws NotFoundException if one of them does not exist
   * @throws dev.convene.core.ValidationException ({@code known-concept}) if a remaining concept still
   *     refers to one of them
   */
  public Taxonomy withoutAll(Collection<ConceptId> ids) {
    Checks.noNulls(ids, "ids").forEach(this::require);
    Set<ConceptId> removed = Set.copyOf(ids);
    return new Taxonomy(schemes, concepts.stream().filter(c -> !removed.contains(c.id())).toList());
  }

  /**
   * A taxonomy without the scheme {@code id} and all its concepts.
   *
   * @param id the scheme to remove
   * @return the new taxonomy; this one is unchanged
   * @throws NotFoundException if there is no such scheme
   * @throws dev.convene.core.ValidationException ({@code known-concept}) if a concept of another
   *     scheme is related to one of the removed concepts
   */
  public Taxonomy without(SchemeId id) {
    requireScheme(id);
    return new Taxonomy(schemes.stream().filter(s -> !s.id().equals(id)).toList(),
        concepts.stream().filter(c -> !c.scheme().equals(id)).toList());
  }

  /**
   * The scheme with this id, if there is one.
   *
   * @param id the scheme's id
   * @return the scheme, or empty
   */
  public Optional<ConceptScheme> scheme(SchemeId id) {
    return Optional.ofNullable(schemesById.get(Checks.required(id, "id")));
  }

  /**
   * Every scheme, by id.
   *
   * @return the schemes, possibly none
   */
  public List<ConceptScheme> schemes() {
    return schemes;
  }

  /**
   * The concept with this id, if there is one; deprecated concepts included.
   *
   * @param id the concept's id
   * @return the concept, or empty
   */
  public Optional<Concept> concept(ConceptId id) {
    return Optional.ofNullable(conceptsById.get(Checks.required(id, "id")));
  }

  /**
   * The concept with this id.
   *
   * @param id the concept's id
   * @return the concept
   * @throws NotFoundException if there is no such concept
   */
  public Concept require(ConceptId id) {
    return concept(id).orElseThrow(() -> new NotFoundException("There is no concept " + id + " in the taxonomy"));
  }

  /**
   * Every concept of every scheme, by id.
   *
   * @return the concepts, possibly none
   */
  public List<Concept> concepts() {
    return concepts;
  }

  /**
   * Every concept of {@code scheme}, by id.
   *
   * @param scheme the scheme's id
   * @return the scheme's concepts, possibly none
   * @throws NotFoundException if there is no such scheme
   */
  public List<Concept> concepts(SchemeId scheme) {
    return byScheme.get(requireScheme(scheme).id());
  }

  /**
   * The concepts of {@code scheme} that have no broader concept, by id.
   *
   * @param scheme the scheme's id
   * @return the scheme's top concepts, possibly none
   * @throws NotFoundException if there is no such scheme
   */
  public List<Concept> topConcepts(SchemeId scheme) {
    return topByScheme.get(requireScheme(scheme).id());
  }

  /**
   * The concept whose URI is {@code uri}, if there is one.
   *
   * @param uri the URI to look up
   * @return the concept, or empty
   */
  public Optional<Concept> byUri(URI uri) {
    return Optional.ofNullable(byUri.get(Checks.required(uri, "uri")));
  }

  /**
   * The scheme whose URI is {@code uri}, if there is one.
   *
   * @param uri the URI to look up
   * @return the scheme, or empty
   */
  public Optional<ConceptScheme> schemeByUri(URI uri) {
    return Optional.ofNullable(schemesByUri.get(Checks.required(uri, "uri")));
  }

  /**
   * The concept of {@code scheme} whose notation is exactly {@code notation}, if there is one.
   *
   * @param scheme the scheme to look in
   * @param notation the notation to look up
   * @return the concept, or empty
   */
  public Optional<Concept> byNotation(SchemeId scheme, String notation) {
    Checks.required(scheme, "scheme");
    Checks.required(notation, "notation");
    return Optional.ofNullable(byNotation.getOrDefault(scheme, Map.of()).get(notation));
  }

  /**
   * The concepts with a preferred, alternative or hidden label in any language that matches {@code
   * text} as {@link LabelNormalizer} compares them: regardless of case, accents, surrounding and
   * repeated white space and typographic apostrophes and hyphens. The whole label must match; this
   * is not a word search. Concepts matched by a preferred label come first, then the others, each
   * group by id; each concept once. Empty when nothing matches, including for blank text.
   *
   * @param text the label to look up, as a person typed it
   * @return the matching concepts, possibly none
   */
  public List<Concept> findByLabel(String text) {
    return labels.find(Checks.required(text, "text"), null);
  }

  /**
   * Like {@link #findByLabel(String)}, but only labels in {@code language} match. Languages are
   * compared by their base language, so {@code fr} finds labels tagged {@code fr-CA} and the other
   * way round.
   *
   * @param text the label to look up, as a person typed it
   * @param language the language the label must be in
   * @return the matching concepts, possibly none
   */
  public List<Concept> findByLabel(String text, Locale language) {
    return labels.find(Checks.required(text, "text"), Checks.language(language, "language"));
  }

  /**
   * The concepts {@code id} is directly narrower than, by id.
   *
   * @param id the concept's id
   * @return its broader concepts; none for a top concept
   * @throws NotFoundException if there is no such concept
   */
  public List<Concept> broader(ConceptId id) {
    return hierarchy.broader(require(id));
  }

  /**
   * The concepts directly narrower than {@code id}, by id.
   *
   * @param id the concept's id
   * @return its narrower concepts, possibly none
   * @throws NotFoundException if there is no such concept
   */
  public List<Concept> narrower(ConceptId id) {
    return hierarchy.narrower(require(id));
  }

  /**
   * The concepts related to {@code id}, by id. Relatedness is symmetric: a concept that names {@code
   * id} as related is returned even if {@code id} does not name it.
   *
   * @param id the concept's id
   * @return its related concepts, possibly none
   * @throws NotFoundException if there is no such concept
   */
  public List<Concept> related(ConceptId id) {
    return hierarchy.related(require(id));
  }

  /**
   * Every concept {@code id} is transitively narrower than, each once, nearest first: its broader
   * concepts by id, then theirs, and so on up to the top concepts. Empty for a top concept.
   *
   * @param id the concept's id
   * @return its ancestors, possibly none
   * @throws NotFoundException if there is no such concept
   */
  public List<Concept> ancestors(ConceptId id) {
    return hierarchy.ancestors(require(id));
  }

  /**
   * Every concept transitively narrower than {@code id}, each once, nearest first: its narrower
   * concepts by id, then theirs, and so on.
   *
   * @param id the concept's id
   * @return its descendants, possibly none
   * @throws NotFoundException if there is no such concept
   */
  public List<Concept> descendants(ConceptId id) {
    return hierarchy.descendants(require(id));
  }

  /**
   * The number of concepts on the longest path from a top concept down to {@code id}, itself
   * included: 1 for a top concept. Computed once per taxonomy, in time linear in concepts plus links.
   *
   * @param id the concept's id
   * @return the depth, at least 1
   * @throws NotFoundException if there is no such concept
   */
  public int depth(ConceptId id) {
    return hierarchy.depth(require(id));
  }

  /**
   * The first path from a top concept down to {@code id}, as {@link #pathsToTop(ConceptId, int)} orders
   * them: it starts with a top concept and ends with {@code id}. A top concept's path is itself.
   *
   * @param id the concept's id
   * @return the path, from a top concept to the concept itself
   * @throws NotFoundException if there is no such concept
   */
  public List<Concept> pathToTop(ConceptId id) {
    return pathsToTop(id, 1).getFirst();
  }

  /**
   * The paths from a top concept down to {@code id}, at most {@code limit} of them: each starts with
   * a top concept and ends with {@code id}, and they come sorted by the ids along the path, from the
   * top, so that the first {@code limit} are always the same. A top concept has one path: itself.
   *
   * <p>With polyhierarchy the number of paths can grow exponentially with depth (a lattice of two
   * concepts per level, each narrower than both above, has 2<sup>n-1</sup> paths to a concept on level
   * n), hence the limit. The time taken is linear in the ancestors of {@code id} and their links,
   * plus the length of the paths returned.
   *
   * @param id the concept's id
   * @param limit the most paths to return
   * @return the paths, each from a top concept to the concept itself; at least one
   * @throws NotFoundException if there is no such concept
   * @throws dev.convene.core.ValidationException ({@code limit}, {@code positive}) if {@code limit} is
   *     less than 1
   */
  public List<List<Concept>> pathsToTop(ConceptId id, int limit) {
    Concept concept = require(id);
    Checks.check(limit >= 1, "limit", "positive", "must be at least 1, was %s", limit);
    return hierarchy.pathsToTop(concept, limit);
  }

  /**
   * The preferred label of {@code id} to show to a reader of {@code requested}, following {@link
   * dev.convene.core.model.LocalizedText#resolve(Locale, Locale)} with the scheme's default language
   * as the fallback; every concept has a label in that language, so the result is empty only if
   * there is no such concept.
   *
   * @param id the concept's id
   * @param requested the reader's language
   * @return the label, or empty if there is no such concept
   */
  public Optional<String> label(ConceptId id, Locale requested) {
    Checks.required(requested, "requested");
    return concept(id).flatMap(concept ->
        concept.prefLabels().resolve(requested, schemesById.get(concept.scheme()).defaultLanguage()));
  }

  private ConceptScheme requireScheme(SchemeId id) {
    return scheme(id).orElseThrow(() -> new NotFoundException("There is no scheme " + id + " in the taxonomy"));
  }

  /** Two taxonomies are equal when they hold equal schemes and equal concepts. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Taxonomy that && schemes.equals(that.schemes) && concepts.equals(that.concepts);
  }

  @Override
  public int hashCode() {
    return 31 * schemes.hashCode() + concepts.hashCode();
  }

  @Override
  public String toString() {
    return "Taxonomy[" + schemes.size() + " schemes, " + concepts.size() + " concepts]";
  }
}
