package dev.convene.skos.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;

/**
 * What the file says about one subject, as far as the mapping reads it: its types, its texts and
 * links by role, in file order, and the count of every other property.
 */
final class Node {
  final List<IRI> types = new ArrayList<>(2);
  final Map<Role, List<Literal>> texts = new LinkedHashMap<>();
  final Map<Role, List<IRI>> links = new LinkedHashMap<>();
  final Map<IRI, Integer> unknown = new LinkedHashMap<>();
  boolean deprecated;

  void text(Role role, Literal value) {
    texts.computeIfAbsent(role, r -> new ArrayList<>(4)).add(value);
  }

  void link(Role role, IRI target) {
    links.computeIfAbsent(role, r -> new ArrayList<>(4)).add(target);
  }

  void unknown(IRI property) {
    unknown.merge(property, 1, Integer::sum);
  }

  List<Literal> texts(Role role) {
    return texts.getOrDefault(role, List.of());
  }

  List<IRI> links(Role role) {
    return links.getOrDefault(role, List.of());
  }

  boolean is(IRI type) {
    return types.contains(type);
  }
}
