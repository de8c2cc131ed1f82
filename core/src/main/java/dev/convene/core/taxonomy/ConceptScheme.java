package dev.convene.core.taxonomy;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import java.util.Locale;

/**
 * A concept scheme: one vocabulary of a {@link Taxonomy}, such as Themes, Regions or Programme
 * types. Every concept belongs to exactly one scheme and must have a preferred label in the scheme's
 * default language, which is also the fallback when a label is shown in another language.
 *
 * @param id the scheme's id
 * @param title the scheme's title, in at least one language
 * @param defaultLanguage the language every concept of the scheme is labelled in; normalised
 * @param version the store's optimistic-concurrency counter: 0 until first stored; core never
 *     changes it
 * @throws dev.convene.core.ValidationException naming the field ({@code scheme[<id>].title}, ...)
 *     and the rule when a value is missing or malformed, or the version is negative
 */
public record ConceptScheme(SchemeId id, LocalizedText title, Locale defaultLanguage, long version) {

  /** Validates the scheme and normalises its default language. */
  public ConceptScheme {
    Checks.required(id, "scheme.id");
    String field = "scheme[" + id + "]";
    Checks.required(title, field + ".title");
    Checks.check(!title.isEmpty(), field + ".title", "required", "needs a title in at least one language");
    defaultLanguage = Checks.language(defaultLanguage, field + ".defaultLanguage");
    Checks.check(version >= 0, field + ".version", "non-negative", "must not be negative");
  }

  /** A scheme not yet stored (version 0). */
  public static ConceptScheme of(SchemeId id, LocalizedText title, Locale defaultLanguage) {
    return new ConceptScheme(id, title, defaultLanguage, 0);
  }

  /** A copy with another title. */
  public ConceptScheme withTitle(LocalizedText newTitle) {
    return new ConceptScheme(id, newTitle, defaultLanguage, version);
  }

  /**
   * A copy with another default language. Whether every concept has a label in it is checked when
   * the copy is put into a {@link Taxonomy}.
   */
  public ConceptScheme withDefaultLanguage(Locale newDefaultLanguage) {
    return new ConceptScheme(id, title, newDefaultLanguage, version);
  }

  /** A copy with another version (for stores). */
  public ConceptScheme withVersion(long newVersion) {
    return new ConceptScheme(id, title, defaultLanguage, newVersion);
  }
}
