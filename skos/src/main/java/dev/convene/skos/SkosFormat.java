package dev.convene.skos;

import dev.convene.core.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The RDF syntaxes a SKOS file may be read from and written in. */
public enum SkosFormat {
  /** Turtle, the usual syntax for thesauri: {@code .ttl}. */
  TURTLE(List.of(".ttl")),
  /** RDF/XML: {@code .rdf}, {@code .xml} or {@code .owl}. */
  RDF_XML(List.of(".rdf", ".xml", ".owl")),
  /** N-Triples, one statement a line: {@code .nt}. */
  N_TRIPLES(List.of(".nt"));

  private final List<String> extensions;

  SkosFormat(List<String> extensions) {
    this.extensions = extensions;
  }

  /**
   * The file name extensions of the format, the usual one first, each with its dot.
   *
   * @return the extensions, such as {@code ".ttl"}
   */
  public List<String> extensions() {
    return extensions;
  }

  /**
   * The format of {@code file}, by its extension, regardless of case.
   *
   * @param file the file, whose name tells its format
   * @return the format
   * @throws ValidationException ({@code file}, {@code format}) if the extension is none of the formats'
   */
  public static SkosFormat of(Path file) {
    Path name = Objects.requireNonNull(file, "file").getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    for (SkosFormat format : values()) {
      if (format.extensions.stream().anyMatch(lower::endsWith)) {
        return format;
      }
    }
    throw new ValidationException("file", "format",
        "cannot tell the RDF syntax of " + file + ": use .ttl (Turtle), .rdf or .xml (RDF/XML) or .nt (N-Triples)");
  }
}
