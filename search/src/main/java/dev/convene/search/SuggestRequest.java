package dev.convene.search;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.SchemeId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What to autocomplete: concept labels, in any language, that start with {@code prefix} (the whole
 * label or one of its words), ignoring case and accents.
 *
 * @param prefix what the person has typed so far; at least one letter or digit
 * @param limit how many suggestions at most, 1 to 100
 * @param withCounts whether to count, for each concept, the published documents the actor may see
 *     tagged with it or a narrower concept; only concepts in use are then suggested
 * @param schemes suggest concepts of these schemes only; all when empty
 * @param displayLanguage the language of the preferred labels shown
 */
public record SuggestRequest(String prefix, int limit, boolean withCounts, Set<SchemeId> schemes,
    Locale displayLanguage) {

  /** Validates and copies the request. */
  public SuggestRequest {
    Checks.text(prefix, "prefix", 200);
    Checks.check(limit >= 1 && limit <= 100, "limit", "range", Map.of("min", 1, "max", 100),
        "must be 1 to 100, not %d", limit);
    schemes = Set.copyOf(Checks.noNulls(schemes, "schemes"));
    displayLanguage = Checks.language(displayLanguage, "displayLanguage");
  }

  /**
   * Ten suggestions for {@code prefix}, without counts, in every scheme, labelled in English.
   *
   * @param prefix the start of a label, as the user typed it
   * @return the request
   */
  public static SuggestRequest of(String prefix) {
    return new SuggestRequest(prefix, 10, false, Set.of(), Locale.ENGLISH);
  }

  /**
   * A copy with another limit.
   *
   * @param value the most suggestions to return
   * @return a copy of this request with that limit
   */
  public SuggestRequest withLimit(int value) {
    return new SuggestRequest(prefix, value, withCounts, schemes, displayLanguage);
  }

  /**
   * A copy with counts, or without.
   *
   * @param value {@code true} to count, for each suggestion, the published documents the actor may
   *     see
   * @return a copy of this request with that setting
   */
  public SuggestRequest withCounts(boolean value) {
    return new SuggestRequest(prefix, limit, value, schemes, displayLanguage);
  }

  /**
   * A copy limited to these schemes.
   *
   * @param value the schemes to suggest concepts of; empty for every scheme
   * @return a copy of this request limited to those schemes
   */
  public SuggestRequest withSchemes(Set<SchemeId> value) {
    return new SuggestRequest(prefix, limit, withCounts, value, displayLanguage);
  }

  /**
   * A copy labelled in another language.
   *
   * @param value the language to label suggestions in
   * @return a copy of this request with that language
   */
  public SuggestRequest withDisplayLanguage(Locale value) {
    return new SuggestRequest(prefix, limit, withCounts, schemes, value);
  }
}
