package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words a page shows for the values of Convene's public enums, such as {@link Privacy}, {@link
 * Role}, {@link ItemType} or the storage module's {@code ReportReason}, in English, French or Spanish.
 * They come from the bundle {@code dev/convene/core/model/labels*.properties} of this module (UTF-8;
 * English is the base bundle), one key per constant: the enum's name inside its package, a dot, and
 * the constant, such as {@code Privacy.SEMI_PRIVATE} or {@code Poll.Mode.IDEAS}. Any other language
 * gets the English labels, whatever the JVM's default locale. The bundle is read from inside this
 * module, so it is found on the module path as on the class path.
 *
 * <p>Labels are standalone, capitalized words for a list, a badge or a menu; a sentence that names a
 * value uses its own wording.
 */
public final class Labels {
  private static final String BUNDLE = "dev.convene.core.model.labels";

  private Labels() {}

  /**
   * The label of {@code value} in {@code display}'s language, or in English when that language has no
   * labels. A constant the bundle does not know (an enum of the host's, say) is shown as its name in
   * lower case with its first letter in upper case and spaces for underscores: {@code SEMI_PRIVATE}
   * reads "Semi private".
   *
   * @param value the constant to name
   * @param display the language of the page
   * @return the label, never blank
   */
  public static String of(Enum<?> value, Locale display) {
    Checks.required(value, "value");
    Checks.required(display, "display");
    try {
      return bundle(display).getString(key(value));
    } catch (MissingResourceException e) {
      String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
  }

  /**
   * The key of {@code value} in the bundle: the enum's name inside its package (nested enums with
   * their enclosing types, joined by dots), a dot, and the constant's name.
   *
   * @param value the constant
   * @return such as {@code "Privacy.PUBLIC"} or {@code "Poll.Mode.OPTIONS"}
   */
  public static String key(Enum<?> value) {
    Class<?> type = value.getDeclaringClass();
    String name = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    return name + "." + value.name();
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
