package dev.convene.skos.internal;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFHandler;

/**
 * Hands a taxonomy to a Rio writer as SKOS statements, one subject after another: each scheme with
 * its title and top concepts, then each concept with its labels, notation, definition, links both
 * ways (broader and narrower) and deprecation. URIs are the ones kept; a scheme or concept without
 * one gets {@code <namespace>scheme/<id>} or {@code <namespace>concept/<id>}.
 */
public final class SkosEmitter {
  private static final ValueFactory VALUES = SimpleValueFactory.getInstance();

  private final Taxonomy taxonomy;
  private final URI namespace;
  private final RDFHandler out;

  public SkosEmitter(Taxonomy taxonomy, URI namespace, RDFHandler out) {
    this.taxonomy = taxonomy;
    this.namespace = namespace;
    this.out = out;
  }

  /** Writes the schemes {@code selected} (all if empty) and their concepts. */
  public void emit(Set<SchemeId> selected) {
    out.startRDF();
    out.handleNamespace(SKOS.PREFIX, SKOS.NAMESPACE);
    out.handleNamespace(DCTERMS.PREFIX, DCTERMS.NAMESPACE);
    out.handleNamespace(OWL.PREFIX, OWL.NAMESPACE);
    for (ConceptScheme scheme : taxonomy.schemes()) {
      if (selected.isEmpty() || selected.contains(scheme.id())) {
        scheme(scheme);
      }
    }
    for (Concept concept : taxonomy.concepts()) {
      if (selected.isEmpty() || selected.contains(concept.scheme())) {
        concept(concept);
      }
    }
    out.endRDF();
  }

  private void scheme(ConceptScheme scheme) {
    IRI iri = scheme(scheme.id());
    statement(iri, RDF.TYPE, SKOS.CONCEPT_SCHEME);
    scheme.title().values().forEach((language, title) -> statement(iri, DCTERMS.TITLE, text(title, language)));
    taxonomy.topConcepts(scheme.id()).forEach(top -> statement(iri, SKOS.HAS_TOP_CONCEPT, concept(top.id())));
  }

  private void concept(Concept concept) {
    IRI iri = concept(concept.id());
    IRI scheme = scheme(concept.scheme());
    statement(iri, RDF.TYPE, SKOS.CONCEPT);
    statement(iri, SKOS.IN_SCHEME, scheme);
    if (concept.isTop()) {
      statement(iri, SKOS.TOP_CONCEPT_OF, scheme);
    }
    concept.prefLabels().values().forEach((language, label) -> statement(iri, SKOS.PREF_LABEL, text(label, language)));
    labels(iri, SKOS.ALT_LABEL, concept.altLabels());
    labels(iri, SKOS.HIDDEN_LABEL, concept.hiddenLabels());
    concept.notation().ifPresent(notation -> statement(iri, SKOS.NOTATION, VALUES.createLiteral(notation)));
    concept.definition().values().forEach((language, text) -> statement(iri, SKOS.DEFINITION, text(text, language)));
    concept.broader().forEach(broader -> statement(iri, SKOS.BROADER, concept(broader)));
    taxonomy.narrower(concept.id()).forEach(narrower -> statement(iri, SKOS.NARROWER, concept(narrower.id())));
    concept.related().forEach(related -> statement(iri, SKOS.RELATED, concept(related)));
    if (concept.deprecated()) {
      statement(iri, OWL.DEPRECATED, VALUES.createLiteral(true));
    }
  }

  private void labels(IRI iri, IRI property, Map<Locale, Set<String>> labels) {
    labels.forEach((language, texts) -> texts.forEach(label -> statement(iri, property, text(label, language))));
  }

  private IRI scheme(SchemeId id) {
    return VALUES.createIRI(taxonomy.scheme(id).flatMap(ConceptScheme::uri).map(URI::toString)
        .orElseGet(() -> minted("scheme/", id.value())));
  }

  private IRI concept(ConceptId id) {
    return VALUES.createIRI(taxonomy.concept(id).flatMap(Concept::uri).map(URI::toString)
        .orElseGet(() -> minted("concept/", id.value())));
  }

  private String minted(String kind, String id) {
    return namespace + kind + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Value text(String text, Locale language) {
    return VALUES.createLiteral(text, language.toLanguageTag());
  }

  private void statement(Resource subject, IRI property, Value object) {
    out.handleStatement(VALUES.createStatement(subject, property, object));
  }
}
