package dev.convene.storage.jdbc.internal;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import java.net.URI;

/**
 * The taxonomy as one JSON body: its schemes and concepts, each with every field. Reading it back
 * builds (and so validates) the taxonomy again.
 */
final class TaxonomyCodec {
  private TaxonomyCodec() {}

  static String encode(Taxonomy taxonomy) {
    return new JsonOut()
        .put("schemes", taxonomy.schemes().stream().map(TaxonomyCodec::scheme).toList())
        .put("concepts", taxonomy.concepts().stream().map(TaxonomyCodec::concept).toList())
        .text();
  }

  static Taxonomy decode(String body) {
    JsonIn in = JsonIn.parse(body);
    return Taxonomy.builder()
        .schemes(in.objects("schemes").stream().map(TaxonomyCodec::scheme).toList())
        .concepts(in.objects("concepts").stream().map(TaxonomyCodec::concept).toList())
        .build();
  }

  private static JsonOut scheme(ConceptScheme s) {
    return new JsonOut().put("id", s.id()).put("title", Values.texts(s.title()))
        .put("defaultLanguage", Values.tag(s.defaultLanguage())).put("uri", s.uri().map(URI::toString))
        .put("version", s.version());
  }

  private static ConceptScheme scheme(JsonIn in) {
    return new ConceptScheme(in.get("id", SchemeId::of), Values.texts(in.object("title")),
        in.get("defaultLanguage", Values::language), in.optional("uri").map(URI::create), in.number("version"));
  }

  private static JsonOut concept(Concept c) {
    return new JsonOut().put("id", c.id()).put("scheme", c.scheme()).put("uri", c.uri().map(URI::toString))
        .put("notation", c.notation())
        .put("prefLabels", Values.texts(c.prefLabels())).put("altLabels", Values.labels(c.altLabels()))
        .put("hiddenLabels", Values.labels(c.hiddenLabels())).put("definition", Values.texts(c.definition()))
        .put("broader", Values.sorted(c.broader())).put("related", Values.sorted(c.related()))
        .put("deprecated", c.deprecated()).put("version", c.version());
  }

  private static Concept concept(JsonIn in) {
    return new Concept(in.get("id", ConceptId::of), in.get("scheme", SchemeId::of),
        in.optional("uri").map(URI::create), in.optional("notation"),
        Values.texts(in.object("prefLabels")), Values.labels(in.object("altLabels")),
        Values.labels(in.object("hiddenLabels")), Values.texts(in.object("definition")),
        Values.concepts(in.strings("broader")), Values.concepts(in.strings("related")), in.flag("deprecated"),
        in.number("version"));
  }
}
