package dev.convene.skos.internal;

import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.skos.SkosOptions;
import dev.convene.skos.SkosReport.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.jspecify.annotations.Nullable;

/**
 * The schemes of a file: those declared (skos:ConceptScheme) and those its concepts name, which of
 * them the options keep, and the scheme each concept goes to.
 */
final class Schemes {
  private static final List<Role> TITLES = List.of(Role.DCT_TITLE, Role.DC_TITLE, Role.RDFS_LABEL, Role.PREF_LABEL);

  private final SkosOptions options;
  private final Skips skips;
  private final Texts texts;
  private final Map<IRI, Node> declared = new HashMap<>();
  private final Map<IRI, List<IRI>> topOf = new HashMap<>();
  private final Map<IRI, SchemeId> kept = new LinkedHashMap<>();
  private final Map<IRI, Integer> leftOut = new LinkedHashMap<>();
  private final Map<String, IRI> minted = new HashMap<>();
  private boolean defaultUsed;

  Schemes(SkosOptions options, Skips skips, Texts texts) {
    this.options = options;
    this.skips = skips;
    this.texts = texts;
  }

  /** A scheme the file declares. */
  void declare(IRI scheme, Node node) {
    declared.put(scheme, node);
    node.links(Role.HAS_TOP_CONCEPT).forEach(top -> topOf.computeIfAbsent(top, t -> new ArrayList<>()).add(scheme));
    keeps(scheme);
  }

  /**
   * The scheme {@code concept} goes to: the first kept one it names, or the default scheme if it
   * names none; empty if it names only schemes the options leave out.
   */
  Optional<SchemeId> schemeOf(IRI concept, Node node) {
    Set<IRI> named = new LinkedHashSet<>(node.links(Role.IN_SCHEME));
    named.addAll(node.links(Role.TOP_CONCEPT_OF));
    named.addAll(topOf.getOrDefault(concept, List.of()));
    if (named.isEmpty()) {
      defaultUsed = true;
      return Optional.of(options.defaultScheme());
    }
    List<IRI> keptNamed = named.stream().filter(this::keeps).toList();
    if (keptNamed.isEmpty()) {
      named.forEach(scheme -> leftOut.merge(scheme, 1, Integer::sum));
      return Optional.empty();
    }
    if (keptNamed.size() > 1) {
      skips.add(Reason.EXTRA_SCHEME, concept.stringValue(), keptNamed.size() - 1, "kept in "
          + keptNamed.getFirst().stringValue() + "; also in " + keptNamed.subList(1, keptNamed.size()).stream()
          .map(IRI::stringValue).toList());
    }
    return Optional.of(kept.get(keptNamed.getFirst()));
  }

  /** Whether the options keep {@code scheme}; a kept scheme gets its id, one left out is noted. */
  private boolean keeps(IRI scheme) {
    if (kept.containsKey(scheme)) {
      return true;
    }
    if (!options.schemes().isEmpty() && !options.schemes().contains(Ids.uri(scheme, "scheme"))) {
      leftOut.putIfAbsent(scheme, 0);
      return false;
    }
    kept.put(scheme, SchemeId.of(Ids.mint(options, scheme, minted, "scheme")));
    return true;
  }

  /**
   * The kept schemes, and the default one if a concept went to it; reports the schemes left out.
   *
   * @param languages per scheme, how many concepts have a preferred label in each language
   */
  List<ConceptScheme> build(Map<SchemeId, Map<Locale, Integer>> languages) {
    leftOut.forEach((scheme, concepts) -> skips.add(Reason.SCHEME_NOT_KEPT, scheme.stringValue(), concepts,
        "left out by the options, with the concepts only it holds"));
    List<ConceptScheme> built = new ArrayList<>();
    kept.forEach((iri, id) -> {
      Locale language = language(languages.getOrDefault(id, Map.of()));
      LocalizedText title = title(declared.get(iri)).orElseGet(() -> LocalizedText.of(language, id.value()));
      built.add(new ConceptScheme(id, title, language, Optional.of(Ids.uri(iri, "scheme")), 0));
    });
    if (defaultUsed) {
      SchemeId id = options.defaultScheme();
      Locale language = language(languages.getOrDefault(id, Map.of()));
      built.add(ConceptScheme.of(id, LocalizedText.of(language, id.value()), language));
    }
    return built;
  }

  /** The options' default language, or the one most concepts are labelled in: English among equals. */
  private Locale language(Map<Locale, Integer> labelled) {
    if (options.defaultLanguage().isPresent()) {
      return options.defaultLanguage().get();
    }
    int most = labelled.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Locale> leaders = labelled.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
        .sorted(Comparator.comparing(Locale::toLanguageTag)).toList();
    return leaders.isEmpty() || leaders.contains(Locale.ENGLISH) ? Locale.ENGLISH : leaders.getFirst();
  }

  /** The title from dct:title, dc:title, rdfs:label or skos:prefLabel: the first that has a kept text. */
  private Optional<LocalizedText> title(@Nullable Node node) {
    if (node == null) {
      return Optional.empty();
    }
    Optional<LocalizedText> title = Optional.empty();
    for (Role role : TITLES) {
      Map<Locale, String> values = new TreeMap<>(Comparator.comparing(Locale::toLanguageTag));
      for (Literal text : node.texts(role)) {
        texts.kept(text).ifPresent(language -> values.putIfAbsent(language, text.getLabel()));
      }
      if (title.isEmpty() && !values.isEmpty()) {
        title = Optional.of(LocalizedText.of(values));
      }
    }
    return title;
  }
}
