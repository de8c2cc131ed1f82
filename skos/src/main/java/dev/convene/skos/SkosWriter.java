package dev.convene.skos;

import dev.convene.core.ConveneException;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.skos.internal.RioFormats;
import dev.convene.skos.internal.SkosEmitter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.rdf4j.rio.RDFHandlerException;

/**
 * Writes a taxonomy as SKOS (Turtle, RDF/XML, N-Triples) through Eclipse RDF4J Rio: each scheme
 * (skos:ConceptScheme with dct:title and skos:hasTopConcept) and each concept (skos:Concept with
 * skos:inScheme, skos:topConceptOf for top concepts, preferred, alternative and hidden labels,
 * skos:notation, skos:definition, skos:broader and skos:narrower, skos:related and owl:deprecated).
 * URIs are the ones the schemes and concepts carry; those without one get a URI under {@link
 * SkosOptions#namespace()}. What a {@link SkosReader} reads back from the output equals the
 * taxonomy written, versions aside, when every scheme and concept had a URI and the reader is given
 * each scheme's default language (or the default it would pick is the same). A writer is immutable
 * and safe to share.
 */
public final class SkosWriter {
  private final SkosOptions options;
  private final Set<SchemeId> schemes;

  private SkosWriter(SkosOptions options, Set<SchemeId> schemes) {
    this.options = Objects.requireNonNull(options, "options");
    this.schemes = Set.copyOf(schemes);
  }

  /**
   * A writer of every scheme, minting missing URIs under {@code options}' namespace.
   *
   * @param options the options whose namespace to mint URIs under
   * @return the writer
   */
  public static SkosWriter create(SkosOptions options) {
    return new SkosWriter(options, Set.of());
  }

  /**
   * A writer of every scheme with {@link SkosOptions#defaults()}.
   *
   * @return the writer
   */
  public static SkosWriter create() {
    return create(SkosOptions.defaults());
  }

  /**
   * A writer of only the schemes {@code selected} and their concepts; none selects all.
   *
   * @param selected the schemes' ids
   * @return a copy of this writer limited to those schemes
   */
  public SkosWriter onlySchemes(SchemeId... selected) {
    return new SkosWriter(options, Set.of(selected));
  }

  /**
   * Writes {@code taxonomy} to {@code file}, replacing it, in the syntax its extension tells ({@link
   * SkosFormat#of(Path)}).
   *
   * @param taxonomy the taxonomy to write
   * @param file the file to write
   * @throws dev.convene.core.ValidationException ({@code file}, {@code format}) if the extension is unknown
   * @throws ConveneException if the file cannot be written
   */
  public void write(Taxonomy taxonomy, Path file) {
    SkosFormat format = SkosFormat.of(file);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      write(taxonomy, out, format);
    } catch (IOException e) {
      throw new ConveneException("skos.write-failed", Map.of(), "Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code taxonomy} to {@code out} as {@code format}. The stream is flushed, not closed.
   *
   * @param taxonomy the taxonomy to write
   * @param out where to write it
   * @param format the syntax to write
   * @throws ConveneException if the stream cannot be written
   */
  public void write(Taxonomy taxonomy, OutputStream out, SkosFormat format) {
    Objects.requireNonNull(taxonomy, "taxonomy");
    try {
      new SkosEmitter(taxonomy, options.namespace(), RioFormats.writer(format, out)).emit(schemes);
      out.flush();
    } catch (RDFHandlerException | IOException e) {
      throw new ConveneException("skos.write-failed", Map.of(),
          "Cannot write the taxonomy as " + format + ": " + e.getMessage(), e);
    }
  }
}
