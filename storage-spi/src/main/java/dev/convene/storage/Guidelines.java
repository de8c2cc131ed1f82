package dev.convene.storage;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.UserId;
import java.time.Instant;

/**
 * One published version of a community's guidelines: immutable once stored. Versions count from 1
 * in each community, with no gaps; the highest is the current one.
 *
 * @param community the community they govern
 * @param version 1 for the first guidelines, one more for each later version
 * @param text the guidelines by language, at least one, each at most {@value #MAX_TEXT_LENGTH}
 *     characters
 * @param author who published this version
 * @param publishedAt when it was published
 */
public record Guidelines(CommunityId community, int version, LocalizedText text, UserId author,
    Instant publishedAt) {
  /** The longest text in one language, in characters. */
  public static final int MAX_TEXT_LENGTH = 100_000;

  /**
   * Validates the version.
   *
   * @throws dev.convene.core.ValidationException if a value is missing, the version is below 1 or the
   *     text is empty or too long ({@code text}, {@code required} or {@code text[<tag>]}, {@code
   *     max-length})
   */
  public Guidelines {
    Checks.required(community, "community");
    Checks.check(version >= 1, "version", "positive", "guidelines versions count from 1");
    Checks.required(text, "text");
    Checks.check(!text.isEmpty(), "text", "required", "guidelines need a text in at least one language");
    text.values().forEach((language, value) ->
        Checks.text(value, "text[" + language.toLanguageTag() + "]", MAX_TEXT_LENGTH));
    Checks.required(author, "author");
    Checks.instant(publishedAt, "publishedAt");
  }
}
