package dev.convene.search.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The labels of the type facet's values ({@code document}, {@code event}, {@code announcement},
 * {@code discussion}, {@code poll}, {@code community}) in a display language, from the bundle
 * {@code dev/convene/search/internal/labels*.properties} of this module: English (the base bundle),
 * French and Spanish. Any other language gets the English labels, whatever the JVM's default locale.
 */
public final class TypeLabels {
  private static final String BUNDLE = "dev.convene.search.internal.labels";

  private TypeLabels() {}

  /**
   * The label of a type facet value in {@code display}'s language, English when that language has no
   * labels; a value without a label is shown with its first letter in upper case.
   */
  public static String label(String value, Locale display) {
    try {
      return bundle(display).getString("type." + value);
    } catch (MissingResourceException e) {
      return value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }
  }

  /**
   * The bundle of {@code display}'s language, else the English base bundle: {@code getBundle} would
   * otherwise fall back to the default locale's bundle, and a bundle {@code Control} that prevents it
   * is not supported in a named module.
   */
  private static ResourceBundle bundle(Locale display) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, display);
    if (bundle.getLocale().getLanguage().equals(display.getLanguage())) {
      return bundle;
    }
    return ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
  }
}
