package dev.convene.skos;

import dev.convene.platform.TaxonomyMerge;
import java.util.Objects;

/**
 * A SKOS file merged into a running platform by {@link SkosReader#importInto}.
 *
 * @param report what was read from the file and what was left out
 * @param merge the taxonomy stored and what the merge did to it
 */
public record SkosMerge(SkosReport report, TaxonomyMerge merge) {
  /** Validates the value. */
  public SkosMerge {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(merge, "merge");
  }

  /**
   * Concepts added by the merge.
   *
   * @return the number of concepts added
   */
  public int added() {
    return merge.change().added().size();
  }

  /**
   * Concepts whose labels, links or other values the merge updated.
   *
   * @return the number of concepts updated
   */
  public int updated() {
    return merge.change().updated().size();
  }

  /**
   * Concepts the merge deprecated because the file no longer has them.
   *
   * @return the number of concepts deprecated
   */
  public int deprecated() {
    return merge.change().deprecated().size();
  }

  /**
   * Concepts the merge removed because the file no longer has them and nothing used them.
   *
   * @return the number of concepts removed
   */
  public int removed() {
    return merge.change().removed().size();
  }
}
