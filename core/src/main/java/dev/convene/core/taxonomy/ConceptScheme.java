package dev.convene.core.taxonomy;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A concept scheme: one vocabulary of a {@link Taxonomy}, such as Themes, Regions or Programme
 * types. Every concept belongs to exactly one scheme and must have a preferred label in the scheme's
 * default language, which is also the fallback when a label is shown in another language.
 *
 * @param id the scheme's id
 * @param title the scheme's title, in at least one language
 * @param defaultLanguage the language every concept of the scheme is labelled in; normalised
 * @param uri the scheme's URI, kept from the SKOS file it came from; unique among the schemes;
 *     absolute, at most 2,000 characters
 * @param version the store's optimistic-concurrency counter: 0 until first stored; core never
 *     changes it
 */
public record ConceptScheme(SchemeId id, LocalizedText title, Locale defaultLanguage, Optional<URI> uri, long version) {

  /**
   * Validates the scheme and normalises its default language.
   *
   * @throws dev.convene.core.ValidationException naming the field ({@code scheme[<id>].title}, ...)
   *     and the rule when a value is missing or malformed, or the version is negative
   */
  public ConceptScheme {
    Checks.required(id, "scheme.id");
    String field = "scheme[" + id + "]";
    Checks.required(title, field + ".title");
    Checks.check(!title.isEmpty(), field + ".title", "required", "needs a title in at least one language");
    defaultLanguage = Checks.language(defaultLanguage, field + ".defaultLanguage");
    uri = Checks.required(uri, field + ".uri").map(u -> Checks.uri(u, field + ".uri"));
    Checks.check(version >= 0, field + ".version", "non-negative", "must not be negative");
  }

  /**
   * A scheme not yet stored (version 0).
   *
   * @param id the scheme's id
   * @param title the scheme's title per language
   * @param defaultLanguage the language every concept of the scheme has a preferred label in
   * @return the scheme, with no URI
   */
  public static ConceptScheme of(SchemeId id, LocalizedText title, Locale defaultLanguage) {
    return new ConceptScheme(id, title, defaultLanguage, Optional.empty(), 0);
  }

  /**
   * A copy with another title.
   *
   * @param newTitle the title per language
   * @return a copy of this scheme with that title
   */
  public ConceptScheme withTitle(LocalizedText newTitle) {
    return new ConceptScheme(id, newTitle, defaultLanguage, uri, version);
  }

  /**
   * A copy with another default language. Whether every concept has a label in it is checked when
   * the copy is put into a {@link Taxonomy}.
   *
   * @param newDefaultLanguage the default language
   * @return a copy of this scheme with that default language
   */
  public ConceptScheme withDefaultLanguage(Locale newDefaultLanguage) {
    return new ConceptScheme(id, title, newDefaultLanguage, uri, version);
  }

  /**
   * A copy with another URI, or none if {@code newUri} is null.
   *
   * @param newUri the URI, or null for none
   * @return a copy of this scheme with that URI
   */
  public ConceptScheme withUri(@Nullable URI newUri) {
    return new ConceptScheme(id, title, defaultLanguage, Optional.ofNullable(newUri), version);
  }

  /**
   * A copy with another version (for stores).
   *
   * @param newVersion the store's new version
   * @return a copy of this scheme with that version
   */
  public ConceptScheme withVersion(long newVersion) {
    return new ConceptScheme(id, title, defaultLanguage, uri, newVersion);
  }
}
