package dev.convene.skos.internal;

import dev.convene.skos.SkosFormat;
import java.io.OutputStream;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.ntriples.NTriplesParserFactory;
import org.eclipse.rdf4j.rio.ntriples.NTriplesWriterFactory;
import org.eclipse.rdf4j.rio.rdfxml.RDFXMLParserFactory;
import org.eclipse.rdf4j.rio.rdfxml.RDFXMLWriterFactory;
import org.eclipse.rdf4j.rio.turtle.TurtleParserFactory;
import org.eclipse.rdf4j.rio.turtle.TurtleWriterFactory;

/**
 * Rio's parser and writer for each format, wired explicitly rather than found through Rio's
 * registry, so that nothing depends on service files being seen on the module path.
 */
public final class RioFormats {
  private RioFormats() {}

  /** A new parser for {@code format}. */
  public static RDFParser parser(SkosFormat format) {
    return switch (format) {
      case TURTLE -> new TurtleParserFactory().getParser();
      case RDF_XML -> new RDFXMLParserFactory().getParser();
      case N_TRIPLES -> new NTriplesParserFactory().getParser();
    };
  }

  /** A new writer for {@code format} onto {@code out}. */
  public static RDFWriter writer(SkosFormat format, OutputStream out) {
    return switch (format) {
      case TURTLE -> new TurtleWriterFactory().getWriter(out);
      case RDF_XML -> new RDFXMLWriterFactory().getWriter(out);
      case N_TRIPLES -> new NTriplesWriterFactory().getWriter(out);
    };
  }
}
