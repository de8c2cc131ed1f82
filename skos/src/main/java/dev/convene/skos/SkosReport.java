package dev.convene.skos;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a {@link SkosReader} read and what it left out.
 *
 * @param schemes the schemes in the taxonomy read
 * @param concepts the concepts in the taxonomy read
 * @param labels the preferred, alternative and hidden labels kept, by language (by language tag)
 * @param links the broader and related links kept; a broader link stated both ways (broader and
 *     narrower) counts once
 * @param skipped what was left out and why, grouped as {@link Skipped} describes
 */
public record SkosReport(int schemes, int concepts, SortedMap<String, Integer> labels, int links,
    List<Skipped> skipped) {

  /** Copies the values. */
  public SkosReport {
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    skipped = List.copyOf(skipped);
  }

  /** Why something in the file is not in the taxonomy. */
  public enum Reason {
    /** A property the mapping does not read; one entry per property, counting its statements. */
    UNKNOWN_PROPERTY,
    /**
     * A label, definition or title in a language not kept, or with no language tag; one entry per
     * language tag ({@code ""} for none), counting the texts.
     */
    LANGUAGE_NOT_KEPT,
    /**
     * A broader, narrower or related link to something that is not a concept kept from the file; one
     * entry per link, naming the concept it starts from and, in the detail, the property and target.
     */
    DANGLING_LINK,
    /** A collection, which the taxonomy cannot hold; one entry per collection, counting its members. */
    COLLECTION,
    /**
     * A concept in several kept schemes: it is kept in the first it names (skos:inScheme, then
     * skos:topConceptOf, then skos:hasTopConcept, each in file order); one entry per concept, the
     * other schemes in the detail.
     */
    EXTRA_SCHEME,
    /** A scheme left out by the options; one entry per scheme, counting the concepts left out with it. */
    SCHEME_NOT_KEPT,
    /** A concept or scheme that is a blank node, which has no URI to keep; one entry per node. */
    BLANK_NODE
  }

  /**
   * One thing left out.
   *
   * @param reason why
   * @param what what it is: a property's, concept's, scheme's or collection's URI, or a language tag
   * @param count how many statements, texts or members it stands for
   * @param detail more, in words; may be empty
   */
  public record Skipped(Reason reason, String what, int count, String detail) {
    /** Validates the value. */
    public Skipped {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * The entries skipped for {@code reason}, in the order the report lists them.
   *
   * @param reason the reason
   * @return the entries, possibly none
   */
  public List<Skipped> skipped(Reason reason) {
    return skipped.stream().filter(s -> s.reason() == reason).toList();
  }

  /**
   * The counts of the entries skipped for {@code reason}, by what they name.
   *
   * @param reason the reason
   * @return the counts, possibly none
   */
  public Map<String, Integer> counts(Reason reason) {
    Map<String, Integer> counts = new TreeMap<>();
    skipped(reason).forEach(s -> counts.merge(s.what(), s.count(), Integer::sum));
    return counts;
  }

  /**
   * The labels kept in {@code language}, 0 if none.
   *
   * @param language the language
   * @return the number of labels
   */
  public int labels(Locale language) {
    return labels.getOrDefault(language.toLanguageTag(), 0);
  }
}
