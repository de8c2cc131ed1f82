/**
 * Optional: the taxonomy in and out as SKOS (Turtle, RDF/XML, N-Triples) through Eclipse RDF4J Rio,
 * with a report of what was read and what was skipped, and a merge into a running platform.
 *
 * <p>RDF4J's jars are automatic modules named after their files, hence the {@code rdf4j.*} names.
 */
module dev.convene.skos {
  requires transitive dev.convene.platform;
  requires rdf4j.model.api;
  requires rdf4j.model;
  requires rdf4j.model.vocabulary;
  requires rdf4j.rio.api;
  requires rdf4j.rio.turtle;
  requires rdf4j.rio.rdfxml;
  requires rdf4j.rio.ntriples;
  requires static org.jspecify;

  exports dev.convene.skos;
}
