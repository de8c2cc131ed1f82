package dev.convene.archive.internal;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * A concept the archive uses, in {@code concepts.json}: what a target needs to find its own concept
 * for it (URI, notation, scheme) and to show a missing one to people (labels).
 */
final class ConceptJson {
  private ConceptJson() {}

  /**
   * A concept as the archive describes it.
   *
   * @param id its id in the exporting platform
   * @param uri its URI, if any
   * @param notation its notation, if any
   * @param schemeId its scheme's id
   * @param schemeUri its scheme's URI, if any
   * @param label its preferred label in its scheme's default language (or any)
   */
  record Described(ConceptId id, Optional<URI> uri, Optional<String> notation, String schemeId,
      Optional<URI> schemeUri, String label) {}

  static void write(JsonGenerator g, Concept concept, ConceptScheme scheme) {
    g.writeStartObject();
    g.writeStringProperty("id", concept.id().value());
    Out.optional(g, "uri", concept.uri());
    Out.optional(g, "notation", concept.notation());
    g.writeObjectPropertyStart("scheme");
    g.writeStringProperty("id", scheme.id().value());
    Out.optional(g, "uri", scheme.uri());
    Out.texts(g, "title", scheme.title());
    g.writeStringProperty("defaultLanguage", scheme.defaultLanguage().toLanguageTag());
    g.writeEndObject();
    Out.texts(g, "prefLabels", concept.prefLabels());
    Out.textLists(g, "altLabels", concept.altLabels());
    Out.texts(g, "definition", concept.definition());
    g.writeBooleanProperty("deprecated", concept.deprecated());
    g.writeEndObject();
  }

  static Described read(In in) {
    In scheme = in.object("scheme");
    Locale language = scheme.parsed("defaultLanguage", Locale::forLanguageTag);
    LocalizedText labels = in.build(() -> LocalizedText.forField("prefLabels", in.texts("prefLabels")));
    String label = labels.resolve(language).orElseThrow(() -> in.invalid("required", "needs a preferred label"));
    return in.build(() -> new Described(ConceptId.of(in.string("id")), in.optUri("uri"), in.optString("notation"),
        scheme.string("id"), scheme.optUri("uri"), label));
  }
}
