package dev.convene.storage.jdbc.internal;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The taxonomy as one JSON body: its schemes and concepts, each with every field. Reading it back
 * builds (and so validates) the taxonomy again. Bodies written before schemes and concepts kept their
 * URI have none, which reads as no URI.
 */
final class TaxonomyCodec {
  private TaxonomyCodec() {}

  record Body(List<SchemeBody> schemes, List<ConceptBody> concepts) {}

  record SchemeBody(String id, Map<String, String> title, String defaultLanguage, Optional<URI> uri, long version) {}

  record ConceptBody(String id, String scheme, Optional<URI> uri, Optional<String> notation,
      Map<String, String> prefLabels, Map<String, List<String>> altLabels, Map<String, List<String>> hiddenLabels,
      Map<String, String> definition, List<String> broader, List<String> related, boolean deprecated, long version) {}

  static String encode(Taxonomy taxonomy) {
    return Bodies.write(new Body(taxonomy.schemes().stream().map(TaxonomyCodec::scheme).toList(),
        taxonomy.concepts().stream().map(TaxonomyCodec::concept).toList()));
  }

  static Taxonomy decode(String text) {
    Body body = Bodies.read(text, Body.class);
    return Taxonomy.builder()
        .schemes(body.schemes().stream().map(TaxonomyCodec::scheme).toList())
        .concepts(body.concepts().stream().map(TaxonomyCodec::concept).toList())
        .build();
  }

  private static SchemeBody scheme(ConceptScheme s) {
    return new SchemeBody(s.id().value(), Values.texts(s.title()), Values.tag(s.defaultLanguage()), s.uri(),
        s.version());
  }

  private static ConceptScheme scheme(SchemeBody s) {
    return new ConceptScheme(SchemeId.of(s.id()), Values.texts(s.title()), Values.language(s.defaultLanguage()),
        s.uri(), s.version());
  }

  private static ConceptBody concept(Concept c) {
    return new ConceptBody(c.id().value(), c.scheme().value(), c.uri(), c.notation(), Values.texts(c.prefLabels()),
        Values.labelsByTag(c.altLabels()), Values.labelsByTag(c.hiddenLabels()), Values.texts(c.definition()),
        Values.sorted(c.broader()), Values.sorted(c.related()), c.deprecated(), c.version());
  }

  private static Concept concept(ConceptBody c) {
    return new Concept(ConceptId.of(c.id()), SchemeId.of(c.scheme()), c.uri(), c.notation(),
        Values.texts(c.prefLabels()), Values.labels(c.altLabels()), Values.labels(c.hiddenLabels()),
        Values.texts(c.definition()), Values.concepts(c.broader()), Values.concepts(c.related()), c.deprecated(),
        c.version());
  }
}
