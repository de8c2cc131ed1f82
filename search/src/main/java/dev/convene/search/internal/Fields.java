package dev.convene.search.internal;

import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import java.util.List;
import java.util.Locale;

/**
 * The names and values of the index's fields. Nothing derived from a community's privacy or from
 * the taxonomy's labels and hierarchy is indexed: those are applied at query time, so that a change
 * to either reindexes nothing.
 */
public final class Fields {
  /** Bump when the layout changes: an index written with another layout is rebuilt on open. */
  public static final String LAYOUT = "2";

  /** The unique key of a document: {@code i:<item id>} or {@code c:<community id>}; sorted on. */
  public static final String KEY = "key";
  /** {@value #ITEM_KIND} or {@value #COMMUNITY_KIND}. */
  public static final String KIND = "kind";
  public static final String ITEM_KIND = "item";
  public static final String COMMUNITY_KIND = "community";
  /** The item's type in lower case, or {@code community}. */
  public static final String TYPE = "type";
  /** The item's community, or the community itself; stored. */
  public static final String COMMUNITY = "community";
  /** An item's type, review state and declared visibility, as one term: {@code announcement/PUBLISHED/PUBLIC}. */
  public static final String CELL = "cell";
  /** When an announcement expires, in epoch milliseconds: points, compared with the time of each search. */
  public static final String EXPIRES = "expires";
  /** An item's author. */
  public static final String AUTHOR = "author";
  /** The languages of the document's texts, as base language tags. */
  public static final String LANGUAGE = "language";
  /** The concept ids the document is tagged with (never their ancestors). */
  public static final String CONCEPT = "concept";
  /** An item's date in epoch milliseconds: points, doc values and stored. */
  public static final String DATE = "date";
  /** The year of {@link #DATE}, in UTC. */
  public static final String YEAR = "year";
  /** An item's title as written, stored for hits. */
  public static final String TITLE = "title";

  /** The analysed languages; every other language uses {@value #STANDARD}. */
  public static final List<String> ANALYSED = List.of("en", "fr", "es");
  /** The key of the standard analysis, for languages without their own. */
  public static final String STANDARD = "std";
  /** Every analysis key, in a stable order. */
  public static final List<String> ANALYSES = List.of("en", "fr", "es", STANDARD);

  private Fields() {}

  /** The analysis key of a language: its own for English, French and Spanish, else standard. */
  public static String analysis(Locale language) {
    String base = language.getLanguage();
    return ANALYSED.contains(base) ? base : STANDARD;
  }

  /** The title text field of an analysis. */
  public static String titleField(String analysis) {
    return "title." + analysis;
  }

  /** The body text field of an analysis. */
  public static String bodyField(String analysis) {
    return "body." + analysis;
  }

  /** The key of an item document. */
  public static String itemKey(String itemId) {
    return "i:" + itemId;
  }

  /** The key of a community document. */
  public static String communityKey(String communityId) {
    return "c:" + communityId;
  }

  /** The cell term of an item type, review state and declared visibility. */
  public static String cell(dev.convene.core.model.ItemType type, ReviewState state, Visibility visibility) {
    return type(type) + "/" + state.name() + "/" + visibility.name();
  }

  /** The type term of an item type. */
  public static String type(dev.convene.core.model.ItemType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }
}
