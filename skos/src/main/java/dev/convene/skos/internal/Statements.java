package dev.convene.skos.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/**
 * Receives the statements as the parser streams them and keeps, per subject, only what the mapping
 * reads: no RDF model of the whole file is built. Subjects keep their file order.
 */
final class Statements extends AbstractRDFHandler {
  final Map<Resource, Node> nodes = new LinkedHashMap<>();

  @Override
  public void handleStatement(Statement statement) {
    Node node = nodes.computeIfAbsent(statement.getSubject(), s -> new Node());
    IRI property = statement.getPredicate();
    Value object = statement.getObject();
    Role role = Role.of(property);
    if (role == null || role.literal != object.isLiteral() || (!role.literal && !object.isIRI())) {
      node.unknown(property);
    } else if (role == Role.TYPE) {
      node.types.add((IRI) object);
    } else if (role == Role.DEPRECATED) {
      String flag = ((Literal) object).getLabel().strip();
      node.deprecated |= flag.equals("true") || flag.equals("1");
    } else if (role.literal) {
      node.text(role, (Literal) object);
    } else {
      node.link(role, (IRI) object);
    }
  }
}
