package dev.convene.skos.internal;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.vocabulary.DC;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;

/** The properties the mapping reads, each with what its object must be. */
enum Role {
  TYPE(RDF.TYPE, false),
  PREF_LABEL(SKOS.PREF_LABEL, true),
  ALT_LABEL(SKOS.ALT_LABEL, true),
  HIDDEN_LABEL(SKOS.HIDDEN_LABEL, true),
  NOTATION(SKOS.NOTATION, true),
  DEFINITION(SKOS.DEFINITION, true),
  DCT_TITLE(DCTERMS.TITLE, true),
  DC_TITLE(DC.TITLE, true),
  RDFS_LABEL(RDFS.LABEL, true),
  BROADER(SKOS.BROADER, false),
  NARROWER(SKOS.NARROWER, false),
  RELATED(SKOS.RELATED, false),
  IN_SCHEME(SKOS.IN_SCHEME, false),
  TOP_CONCEPT_OF(SKOS.TOP_CONCEPT_OF, false),
  HAS_TOP_CONCEPT(SKOS.HAS_TOP_CONCEPT, false),
  MEMBER(SKOS.MEMBER, false),
  DEPRECATED(OWL.DEPRECATED, true);

  private static final Map<IRI, Role> BY_PROPERTY = index();

  final IRI property;
  /** Whether the object is a literal; otherwise it is an IRI. */
  final boolean literal;

  Role(IRI property, boolean literal) {
    this.property = property;
    this.literal = literal;
  }

  /** The role of {@code property}, or null if the mapping does not read it. */
  static Role of(IRI property) {
    return BY_PROPERTY.get(property);
  }

  private static Map<IRI, Role> index() {
    Map<IRI, Role> roles = new HashMap<>();
    for (Role role : values()) {
      roles.put(role.property, role);
    }
    return Map.copyOf(roles);
  }
}
