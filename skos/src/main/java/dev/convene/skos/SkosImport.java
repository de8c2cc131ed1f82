package dev.convene.skos;

import dev.convene.core.taxonomy.Taxonomy;
import java.util.Objects;

/**
 * A SKOS file read: the taxonomy it holds and the report of what was read and left out.
 *
 * @param taxonomy the schemes and concepts read, validated as a whole
 * @param report the counts read and the things skipped
 */
public record SkosImport(Taxonomy taxonomy, SkosReport report) {
  /** Validates the value. */
  public SkosImport {
    Objects.requireNonNull(taxonomy, "taxonomy");
    Objects.requireNonNull(report, "report");
  }
}
