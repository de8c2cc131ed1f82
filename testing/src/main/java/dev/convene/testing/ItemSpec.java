package dev.convene.testing;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link TestWorld} item is made. Defaults: written by the community's first admin, PUBLIC,
 * PUBLISHED, in the community's default language, no concepts.
 */
public final class ItemSpec {
  @Nullable String author;
  Visibility visibility = Visibility.PUBLIC;
  ReviewState state = ReviewState.PUBLISHED;
  @Nullable Locale language;
  Set<ConceptId> concepts = Set.of();
  String text = "";

  ItemSpec() {}

  /**
   * Who wrote it.
   *
   * @param user the author's user id
   * @return this spec
   */
  public ItemSpec by(String user) {
    this.author = Checks.required(user, "author");
    return this;
  }

  /**
   * Members-only.
   *
   * @return this spec
   */
  public ItemSpec membersOnly() {
    this.visibility = Visibility.MEMBERS;
    return this;
  }

  /**
   * Declared visibility.
   *
   * @param value the visibility
   * @return this spec
   */
  public ItemSpec visibility(Visibility value) {
    this.visibility = Checks.required(value, "visibility");
    return this;
  }

  /**
   * Review state.
   *
   * @param value the review state
   * @return this spec
   */
  public ItemSpec state(ReviewState value) {
    this.state = Checks.required(value, "state");
    return this;
  }

  /**
   * The language it is written in.
   *
   * @param tag the language's BCP 47 tag, such as {@code "fr"}
   * @return this spec
   */
  public ItemSpec language(String tag) {
    this.language = Locale.forLanguageTag(Checks.required(tag, "language"));
    return this;
  }

  /**
   * The concepts it is tagged with.
   *
   * @param ids the concepts' ids
   * @return this spec
   */
  public ItemSpec concepts(String... ids) {
    this.concepts = java.util.Arrays.stream(ids).map(ConceptId::of).collect(java.util.stream.Collectors.toSet());
    return this;
  }

  /**
   * Its summary or body text.
   *
   * @param value the text
   * @return this spec
   */
  public ItemSpec text(String value) {
    this.text = Checks.required(value, "text");
    return this;
  }
}
