package dev.convene.search;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.SchemeId;
import java.util.Optional;

/**
 * A facet: what search results are counted by. Values are the item type ({@code document}, {@code
 * event}, {@code announcement}, {@code discussion}, {@code poll}, or {@code community} for a
 * community), the language tag, the community id, the year, or the concept id of one concept
 * scheme, counted hierarchically.
 *
 * @param kind what is counted
 * @param scheme the concept scheme, for {@link Kind#CONCEPTS} only
 */
public record FacetDimension(Kind kind, Optional<SchemeId> scheme) {
  /** The kinds of facet. */
  public enum Kind {
    /** The item type, or {@code community}. */
    TYPE,
    /** The language of the text, as a base language tag such as {@code fr}. */
    LANGUAGE,
    /** The community of the item, or the community itself. */
    COMMUNITY,
    /** The year of the item's date, in UTC. */
    YEAR,
    /** The concepts of one scheme, each counted with all its broader concepts. */
    CONCEPTS
  }

  /** By item type. */
  public static final FacetDimension TYPE = new FacetDimension(Kind.TYPE, Optional.empty());
  /** By language. */
  public static final FacetDimension LANGUAGE = new FacetDimension(Kind.LANGUAGE, Optional.empty());
  /** By community. */
  public static final FacetDimension COMMUNITY = new FacetDimension(Kind.COMMUNITY, Optional.empty());
  /** By year. */
  public static final FacetDimension YEAR = new FacetDimension(Kind.YEAR, Optional.empty());

  /**
   * Validates the dimension.
   *
   * @throws dev.convene.core.ValidationException if a scheme is given for anything but concepts, or
   *     missing for concepts
   */
  public FacetDimension {
    Checks.required(kind, "kind");
    Checks.required(scheme, "scheme");
    Checks.check(scheme.isPresent() == (kind == Kind.CONCEPTS), "scheme", "concepts-only",
        "a concept facet needs its scheme, and only a concept facet has one");
  }

  /**
   * By the concepts of {@code scheme}, hierarchically.
   *
   * @param scheme the scheme whose concepts to count
   * @return the dimension of that scheme's concepts
   */
  public static FacetDimension concepts(SchemeId scheme) {
    return new FacetDimension(Kind.CONCEPTS, Optional.of(Checks.required(scheme, "scheme")));
  }

  @Override
  public String toString() {
    return scheme.map(s -> "concepts:" + s).orElse(kind.name().toLowerCase(java.util.Locale.ROOT));
  }
}
