package dev.convene.skos.internal;

import dev.convene.core.ValidationException;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptBuilder;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.core.taxonomy.TaxonomyBuilder;
import dev.convene.skos.SkosImport;
import dev.convene.skos.SkosOptions;
import dev.convene.skos.SkosReport;
import dev.convene.skos.SkosReport.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.vocabulary.SKOS;

/**
 * Maps what a file says about its subjects to a taxonomy: skos:Concept to {@link Concept},
 * skos:ConceptScheme (and any scheme a concept names) to a scheme; collections and everything else
 * are reported. The taxonomy is validated as a whole at the end, so a broken rule anywhere refuses
 * the whole file.
 */
final class TaxonomyMapping {
  private final SkosOptions options;
  private final Skips skips = new Skips();
  private final Texts texts;
  private final Schemes schemes;
  private final Map<IRI, Node> concepts = new LinkedHashMap<>();
  /** The concepts kept, with their ids and schemes. */
  private final Map<IRI, ConceptId> ids = new LinkedHashMap<>();
  private final Map<IRI, SchemeId> schemeOf = new HashMap<>();
  private final Map<IRI, List<IRI>> narrowerOf = new HashMap<>();
  private int links;

  private TaxonomyMapping(SkosOptions options) {
    this.options = options;
    this.texts = new Texts(options, skips);
    this.schemes = new Schemes(options, skips, texts);
  }

  /**
   * The taxonomy and report for the statements read.
   *
   * @throws ValidationException if the result breaks a rule of the taxonomy, or two URIs give one id
   */
  static SkosImport map(Map<Resource, Node> nodes, SkosOptions options) {
    return new TaxonomyMapping(options).run(nodes);
  }

  private SkosImport run(Map<Resource, Node> nodes) {
    classify(nodes);
    Map<String, IRI> minted = new HashMap<>();
    for (Map.Entry<IRI, Node> concept : concepts.entrySet()) {
      schemes.schemeOf(concept.getKey(), concept.getValue()).ifPresent(scheme -> {
        schemeOf.put(concept.getKey(), scheme);
        ids.put(concept.getKey(), ConceptId.of(Ids.mint(options, concept.getKey(), minted, "concept")));
      });
    }
    concepts.forEach((iri, node) -> {
      if (ids.containsKey(iri)) {
        node.links(Role.NARROWER).forEach(narrower ->
            narrowerOf.computeIfAbsent(narrower, n -> new ArrayList<>()).add(iri));
      }
    });
    TaxonomyBuilder taxonomy = Taxonomy.builder();
    Map<SchemeId, Map<Locale, Integer>> languages = new HashMap<>();
    for (IRI iri : ids.keySet()) {
      Concept concept = concept(iri, concepts.get(iri));
      taxonomy.concept(concept);
      Map<Locale, Integer> counts = languages.computeIfAbsent(concept.scheme(), s -> new HashMap<>());
      concept.prefLabels().values().keySet().forEach(language -> counts.merge(language, 1, Integer::sum));
    }
    taxonomy.schemes(schemes.build(languages));
    Taxonomy built = taxonomy.build();
    return new SkosImport(built, new SkosReport(built.schemes().size(), built.concepts().size(), texts.labels(), links,
        skips.all()));
  }

  /** Sorts the subjects into concepts, schemes and collections; counts every property not read. */
  private void classify(Map<Resource, Node> nodes) {
    nodes.forEach((subject, node) -> {
      if (node.is(SKOS.COLLECTION) || node.is(SKOS.ORDERED_COLLECTION)) {
        skips.add(Reason.COLLECTION, subject.stringValue(), node.links(Role.MEMBER).size(),
            "the taxonomy holds no collections");
        return;
      }
      boolean concept = node.is(SKOS.CONCEPT);
      if ((concept || node.is(SKOS.CONCEPT_SCHEME)) && !(subject instanceof IRI)) {
        skips.add(Reason.BLANK_NODE, subject.stringValue(), 1,
            concept ? "a concept with no URI" : "a scheme with no URI");
        return;
      }
      if (concept) {
        concepts.put((IRI) subject, node);
      } else if (node.is(SKOS.CONCEPT_SCHEME)) {
        schemes.declare((IRI) subject, node);
      }
      node.unknown.forEach((property, count) -> skips.property(property.stringValue(), count));
    });
  }

  private Concept concept(IRI iri, Node node) {
    ConceptBuilder concept = Concept.builder(ids.get(iri), schemeOf.get(iri)).uri(Ids.uri(iri, "concept"));
    labels(node, Role.PREF_LABEL, concept::prefLabel);
    labels(node, Role.ALT_LABEL, concept::altLabel);
    labels(node, Role.HIDDEN_LABEL, concept::hiddenLabel);
    node.texts(Role.NOTATION).forEach(notation -> concept.notation(notation.getLabel()));
    for (Literal definition : node.texts(Role.DEFINITION)) {
      texts.kept(definition).ifPresent(language -> concept.definition(language, definition.getLabel()));
    }
    Set<IRI> broader = new LinkedHashSet<>(node.links(Role.BROADER));
    broader.addAll(narrowerOf.getOrDefault(iri, List.of()));
    for (IRI target : broader) {
      if (kept(iri, "broader", target)) {
        concept.broader(ids.get(target));
        links++;
      }
    }
    node.links(Role.NARROWER).forEach(target -> kept(iri, "narrower", target)); // kept ones were merged above
    for (IRI target : new LinkedHashSet<>(node.links(Role.RELATED))) {
      if (kept(iri, "related", target)) {
        concept.related(ids.get(target));
        links++;
      }
    }
    return concept.deprecated(node.deprecated).build();
  }

  /** Hands each kept label of {@code role} to {@code add}, counting it. */
  private void labels(Node node, Role role, BiConsumer<Locale, String> add) {
    for (Literal label : node.texts(role)) {
      texts.kept(label).ifPresent(language -> {
        add.accept(language, label.getLabel());
        texts.label(language);
      });
    }
  }

  /** Whether {@code target} is a kept concept; if not, the link is reported as dangling. */
  private boolean kept(IRI from, String property, IRI target) {
    if (ids.containsKey(target)) {
      return true;
    }
    skips.add(Reason.DANGLING_LINK, from.stringValue(), 1, "skos:" + property + " " + target.stringValue());
    return false;
  }

}
