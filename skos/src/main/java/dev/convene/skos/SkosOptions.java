package dev.convene.skos;

import dev.convene.core.ValidationException;
import dev.convene.core.model.SchemeId;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The choices a {@link SkosReader} and a {@link SkosWriter} make. Start from {@link #defaults()} and
 * derive with the {@code withX} methods; options are immutable.
 *
 * @param languages the languages whose labels, definitions and titles are kept, compared by base
 *     language ({@code en} keeps {@code en-GB}); empty, the default, keeps every language. A text in
 *     another language, or with no language tag, is skipped and reported
 * @param schemes the URIs of the schemes to read; empty, the default, reads every scheme. A concept
 *     of no kept scheme is left out and reported; so are links to it
 * @param ids how a concept's or scheme's id is made from its URI: {@link #LOCAL_NAME} (the default),
 *     {@link #FULL_URI} or the caller's function; two URIs that give one id are refused ({@code
 *     unique-id})
 * @param defaultLanguage the default language of every scheme read; when empty, the default, each
 *     scheme's is the language in which most of its concepts have a preferred label, English among
 *     equals, then the first tag in alphabetical order
 * @param defaultScheme the id of the scheme minted, only when needed, for the concepts that name no
 *     scheme; titled with its id in its default language. Default {@code concepts}
 * @param namespace the namespace for the URIs the writer makes for schemes and concepts that have
 *     none: {@code <namespace>scheme/<id>} and {@code <namespace>concept/<id>}, the id percent-encoded.
 *     Default {@code https://convene.dev/taxonomy/}; set your own
 */
public record SkosOptions(Set<Locale> languages, Set<URI> schemes, Function<URI, String> ids,
    Optional<Locale> defaultLanguage, SchemeId defaultScheme, URI namespace) {

  /**
   * The id is the URI's local name: what follows its last {@code #} or {@code /}, percent-decoded, so
   * that a URI the writer minted for an id gives that id back.
   */
  public static final Function<URI, String> LOCAL_NAME = SkosOptions::localName;
  /** The id is the whole URI. */
  public static final Function<URI, String> FULL_URI = URI::toString;

  private static final SkosOptions DEFAULTS = new SkosOptions(Set.of(), Set.of(), LOCAL_NAME, Optional.empty(),
      SchemeId.of("concepts"), URI.create("https://convene.dev/taxonomy/"));

  /**
   * Validates and copies the options.
   *
   * @throws ValidationException ({@code namespace}, {@code absolute}) if the namespace is not an
   *     absolute URI ending with {@code /} or {@code #}
   * @throws NullPointerException if a value is null
   */
  public SkosOptions {
    languages = Set.copyOf(languages);
    schemes = Set.copyOf(schemes);
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    Objects.requireNonNull(defaultScheme, "defaultScheme");
    String text = namespace.toString();
    if (!namespace.isAbsolute() || !(text.endsWith("/") || text.endsWith("#"))) {
      throw new ValidationException("namespace", "absolute", "must be an absolute URI ending with / or #, was " + text);
    }
  }

  /**
   * Every language, every scheme, ids from local names, default languages by majority.
   *
   * @return the default options
   */
  public static SkosOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Options keeping only {@code kept} languages; none keeps all.
   *
   * @param kept the languages to keep
   * @return a copy of these options with that choice
   */
  public SkosOptions withLanguages(Locale... kept) {
    return new SkosOptions(Set.of(kept), schemes, ids, defaultLanguage, defaultScheme, namespace);
  }

  /**
   * Options reading only the schemes with these URIs; none reads all.
   *
   * @param kept the schemes' URIs
   * @return a copy of these options with that choice
   */
  public SkosOptions withSchemes(URI... kept) {
    return new SkosOptions(languages, Set.of(kept), ids, defaultLanguage, defaultScheme, namespace);
  }

  /**
   * Options minting ids with {@code newIds}, such as {@link #FULL_URI}.
   *
   * @param newIds mints a concept's or scheme's id from its URI
   * @return a copy of these options with that minting
   */
  public SkosOptions withIds(Function<URI, String> newIds) {
    return new SkosOptions(languages, schemes, newIds, defaultLanguage, defaultScheme, namespace);
  }

  /**
   * Options giving every scheme read the default language {@code language}.
   *
   * @param language the default language
   * @return a copy of these options with that language
   */
  public SkosOptions withDefaultLanguage(Locale language) {
    return new SkosOptions(languages, schemes, ids, Optional.of(language), defaultScheme, namespace);
  }

  /**
   * Options putting concepts that name no scheme in a scheme with id {@code id}.
   *
   * @param id the scheme's id
   * @return a copy of these options with that scheme
   */
  public SkosOptions withDefaultScheme(SchemeId id) {
    return new SkosOptions(languages, schemes, ids, defaultLanguage, id, namespace);
  }

  /**
   * Options minting missing URIs under {@code newNamespace}.
   *
   * @param newNamespace the namespace URI
   * @return a copy of these options with that namespace
   */
  public SkosOptions withNamespace(URI newNamespace) {
    return new SkosOptions(languages, schemes, ids, defaultLanguage, defaultScheme, newNamespace);
  }

  /**
   * Whether a text in {@code language} is kept.
   *
   * @param language the text's language
   * @return {@code true} if the options keep it
   */
  public boolean keeps(Locale language) {
    return languages.isEmpty() || languages.stream().anyMatch(l -> l.getLanguage().equals(language.getLanguage()));
  }

  private static String localName(URI uri) {
    String text = uri.toString();
    int end = text.length();
    while (end > 1 && (text.charAt(end - 1) == '/' || text.charAt(end - 1) == '#')) {
      end--; // a namespace-like URI such as http://example.org/scheme/ is named by its last segment
    }
    int start = Math.max(text.lastIndexOf('/', end - 1), text.lastIndexOf('#', end - 1)) + 1;
    return start < end ? decoded(text.substring(start, end)) : text;
  }

  private static String decoded(String name) {
    try {
      return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return name; // not percent-encoded after all: a lone % is kept as it is
    }
  }
}
