package dev.convene.search.internal;

import dev.convene.core.model.ItemType;
import dev.convene.core.model.Labels;
import dev.convene.search.HitKind;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The labels of the type facet's values ({@code document}, {@code event}, {@code announcement},
 * {@code discussion}, {@code poll}, {@code community}) in a display language: an item type's value is
 * labelled as its {@link ItemType} and {@code community} as {@link HitKind#COMMUNITY}, by {@link
 * Labels}, so a page shows the same words in the facet as beside each item. English, French and
 * Spanish; any other language gets the English labels, whatever the JVM's default locale.
 */
public final class TypeLabels {
  private TypeLabels() {}

  /**
   * The label of a type facet value in {@code display}'s language, English when that language has no
   * labels; a value that names no type is shown with its first letter in upper case.
   */
  public static String label(String value, Locale display) {
    if (value.equals(Fields.COMMUNITY_KIND)) {
      return Labels.of(HitKind.COMMUNITY, display);
    }
    return Stream.of(ItemType.values()).filter(t -> Fields.type(t).equals(value)).findFirst()
        .map(type -> Labels.of(type, display))
        .orElseGet(() -> value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1));
  }
}
