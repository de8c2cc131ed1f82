package dev.convene.platform.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The notification texts of one language: the bundle of that language, else the English base
 * bundle. {@code getBundle} alone would fall back to the JVM's default locale's bundle, and a bundle
 * {@code Control} that prevents it is not supported in a named module. The bundle is read from this
 * module's own code, so it is found on the module path as on the class path.
 */
record Texts(ResourceBundle bundle) {
  private static final String BUNDLE = "dev.convene.platform.internal.notifications";

  /** The texts of {@code language}, or the English ones when it has none. */
  static Texts of(Locale language) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language);
    if (!bundle.getLocale().getLanguage().equals(language.getLanguage())) {
      bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    }
    return new Texts(bundle);
  }

  /** The language of these texts: English for the base bundle. */
  Locale locale() {
    Locale locale = bundle.getLocale();
    return locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
  }

  boolean has(String key) {
    return bundle.containsKey(key);
  }

  String get(String key) {
    return bundle.getString(key);
  }

  /** The word for {@code key}, or {@code otherwise} when there is none. */
  String word(String key, String otherwise) {
    return bundle.containsKey(key) ? bundle.getString(key) : otherwise;
  }
}
