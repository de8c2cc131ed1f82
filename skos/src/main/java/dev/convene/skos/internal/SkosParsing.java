package dev.convene.skos.internal;

import dev.convene.core.ConveneException;
import dev.convene.core.ValidationException;
import dev.convene.skos.SkosFormat;
import dev.convene.skos.SkosImport;
import dev.convene.skos.SkosOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;

/** Streams a file through Rio into the statements the mapping reads, then maps them. */
public final class SkosParsing {
  private SkosParsing() {}

  /**
   * Reads {@code in} as {@code format} into a taxonomy and its report.
   *
   * @param base the base URI that relative URIs in the file resolve against
   * @throws ValidationException ({@code skos}, {@code syntax}) if the file is not valid {@code format},
   *     or as {@link TaxonomyMapping} throws if the thesaurus breaks a rule
   * @throws ConveneException if the stream cannot be read
   */
  public static SkosImport read(InputStream in, SkosFormat format, String base, SkosOptions options) {
    Statements statements = new Statements();
    RDFParser parser = RioFormats.parser(format);
    parser.setRDFHandler(statements);
    try {
      parser.parse(in, base);
    } catch (RDFParseException e) {
      String where = e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ": " : "";
      throw new ValidationException("skos", "syntax", where + "not valid " + format + ": " + e.getMessage());
    } catch (IOException e) {
      throw new ConveneException("skos.read-failed", Map.of(), "Cannot read the SKOS input: " + e.getMessage(), e);
    }
    return TaxonomyMapping.map(statements.nodes, options);
  }
}
