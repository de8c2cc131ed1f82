package dev.convene.skos.internal;

import dev.convene.core.ValidationException;
import dev.convene.skos.SkosOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.eclipse.rdf4j.model.IRI;

/** Ids and URIs from IRIs. */
final class Ids {
  private Ids() {}

  /**
   * The id {@code options} make for {@code iri}, unique among those already in {@code minted}.
   *
   * @throws ValidationException ({@code <kind>[<iri>].id}, {@code unique-id}) if another IRI gave the same id
   */
  static String mint(SkosOptions options, IRI iri, Map<String, IRI> minted, String kind) {
    String id = options.ids().apply(uri(iri, kind));
    IRI earlier = minted.putIfAbsent(id, iri);
    if (earlier != null && !earlier.equals(iri)) {
      throw new ValidationException(kind + "[" + iri.stringValue() + "].id", "unique-id", "gives the id \"" + id
          + "\", as " + earlier.stringValue() + " does; mint ids another way, for instance from the full URI");
    }
    return id;
  }

  /**
   * The IRI as a URI.
   *
   * @throws ValidationException ({@code <kind>[<iri>].uri}, {@code uri}) if it is not a valid URI
   */
  static URI uri(IRI iri, String kind) {
    try {
      return new URI(iri.stringValue());
    } catch (URISyntaxException e) {
      throw new ValidationException(kind + "[" + iri.stringValue() + "].uri", "uri", "is not a valid URI: "
          + e.getMessage());
    }
  }
}
