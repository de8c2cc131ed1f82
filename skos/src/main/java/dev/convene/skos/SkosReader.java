package dev.convene.skos;

import dev.convene.core.ConveneException;
import dev.convene.core.model.Actor;
import dev.convene.platform.Convene;
import dev.convene.platform.TaxonomyMerge;
import dev.convene.skos.internal.SkosParsing;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Reads SKOS (Turtle, RDF/XML, N-Triples) into a {@link dev.convene.core.taxonomy.Taxonomy} and a
 * {@link SkosReport}, all or nothing, streaming the file through Eclipse RDF4J Rio.
 *
 * <p>The mapping: skos:ConceptScheme to a scheme (URI kept, title from dct:title, dc:title,
 * rdfs:label or skos:prefLabel); skos:Concept to a concept (URI kept) with its preferred,
 * alternative and hidden labels per language, notation, definition, broader links (stated as
 * skos:broader or skos:narrower, merged), related links and owl:deprecated; a concept's scheme is the
 * first kept one it names by skos:inScheme, skos:topConceptOf or the scheme's skos:hasTopConcept.
 * Everything else is reported in {@link SkosReport#skipped()}. See {@link SkosOptions} for the
 * choices: languages and schemes kept, ids, default languages and the scheme of concepts that name
 * none. A reader is immutable and safe to share.
 */
public final class SkosReader {
  private final SkosOptions options;

  private SkosReader(SkosOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * A reader with {@code options}.
   *
   * @param options what to read and how to mint ids
   * @return the reader
   */
  public static SkosReader create(SkosOptions options) {
    return new SkosReader(options);
  }

  /**
   * A reader with {@link SkosOptions#defaults()}.
   *
   * @return the reader
   */
  public static SkosReader create() {
    return new SkosReader(SkosOptions.defaults());
  }

  /**
   * The reader's options.
   *
   * @return the options
   */
  public SkosOptions options() {
    return options;
  }

  /**
   * Reads {@code file}, its syntax told by its extension ({@link SkosFormat#of(Path)}).
   *
   * @param file the file to read
   * @return the taxonomy read, with the report of what was kept and skipped
   * @throws dev.convene.core.ValidationException if the extension is unknown ({@code file}, {@code
   *     format}), the syntax is invalid ({@code skos}, {@code syntax}, with the line when known), or the
   *     thesaurus breaks a rule of the taxonomy (a cycle, two preferred labels in one language, a concept
   *     with no label in its scheme's default language, ...), the field naming the concept by its id
   * @throws ConveneException if the file cannot be read
   */
  public SkosImport read(Path file) {
    SkosFormat format = SkosFormat.of(file);
    try (InputStream in = Files.newInputStream(file)) {
      return SkosParsing.read(in, format, file.toUri().toString(), options);
    } catch (IOException e) {
      throw new ConveneException("skos.read-failed", Map.of(), "Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads {@code in} as {@code format}; relative URIs in it resolve against {@code base}. The stream is
   * not closed.
   *
   * @param in the text to read
   * @param format its syntax
   * @param base the URI relative URIs resolve against
   * @return the taxonomy read, with the report of what was kept and skipped
   * @throws dev.convene.core.ValidationException as {@link #read(Path)} does
   * @throws ConveneException if the stream cannot be read
   */
  public SkosImport read(InputStream in, SkosFormat format, URI base) {
    return SkosParsing.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(format, "format"),
        Objects.requireNonNull(base, "base").toString(), options);
  }

  /**
   * Reads {@code file} and merges it into {@code convene}'s taxonomy in one transaction, as {@link
   * dev.convene.platform.TaxonomyService#merge(Actor, dev.convene.core.taxonomy.Taxonomy)} does: concepts
   * matched by URI then id are updated, new ones added, those of the imported schemes that the file no
   * longer has deprecated (or, for a platform admin, removed when nothing uses them).
   *
   * @param convene the platform whose taxonomy to change
   * @param actor a platform admin or a curator
   * @param file the file to read
   * @return the report of the read and what the merge did
   * @throws dev.convene.core.ValidationException as {@link #read(Path)} does, or if the merged taxonomy
   *     breaks a rule; nothing changes
   * @throws dev.convene.core.AccessDeniedException unless the actor is a platform admin or a curator
   * @throws dev.convene.core.ConflictException if the taxonomy changed concurrently
   */
  public SkosMerge importInto(Convene convene, Actor actor, Path file) {
    Objects.requireNonNull(convene, "convene");
    SkosImport read = read(file);
    TaxonomyMerge merge = convene.taxonomy().merge(actor, read.taxonomy());
    return new SkosMerge(read.report(), merge);
  }
}
