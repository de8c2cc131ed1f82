package dev.convene.portal;

import dev.convene.core.ConveneException;
import dev.convene.core.model.Labels;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's own words in one display language: the bundle {@code portal*.properties} (UTF-8,
 * English as the base bundle, French and Spanish beside it), one key per text, {@link MessageFormat}
 * patterns for texts with values. A key the language lacks is read from the English base bundle;
 * the values of Convene's enums come from the library's {@link Labels}.
 *
 * <p>Errors are worded from their {@link ConveneException#code() code}, never from the exception's
 * English message: the key {@code error.} followed by the code, else the same key with its last word
 * dropped, and so on down to the family ({@code error.access-denied}, {@code error.validation}, ...).
 * A key may name the code's arguments, such as <code>{limit}</code>; the argument {@code field} is
 * shown as the field's own label ({@code field.} followed by its name) where the bundle has one.
 */
public final class PortalText {
  private static final String BUNDLE = "portal";
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final Pattern NAMED = Pattern.compile("\\{([a-z][a-zA-Z]*)([,}])");

  private final Locale locale;
  private final ResourceBundle bundle;

  private PortalText(Locale locale) {
    this.locale = locale;
    // the JVM's default locale never decides: a language without its own bundle reads the English base
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, PortalText.class.getClassLoader(), NO_DEFAULT_LOCALE);
  }

  /**
   * The words of {@code locale}'s language.
   *
   * @param locale the display language
   * @return its words, English where the language has none
   */
  public static PortalText of(Locale locale) {
    return new PortalText(locale);
  }

  /**
   * The display language.
   *
   * @return the locale these words are for
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The text of {@code key}, with {@code values} put in its numbered places.
   *
   * @param key the text's key in the bundle
   * @param values the values of the pattern's places <code>{0}</code>, <code>{1}</code>, ...
   * @return the text in the display language
   * @throws MissingResourceException if no bundle has the key
   */
  public String t(String key, Object... values) {
    return new MessageFormat(bundle.getString(key), locale).format(values);
  }

  /**
   * Whether the bundle has a text for {@code key}.
   *
   * @param key the key
   * @return whether {@link #t} finds it
   */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * The label of an enum constant of Convene's, as the library words it.
   *
   * @param value the constant
   * @return its label in the display language
   */
  public String label(Enum<?> value) {
    return Labels.of(value, locale);
  }

  /**
   * What a notification is about, as a short word for its tag: its kind's family (membership, an
   * item, a community), or a plain notice for a family the portal does not know.
   *
   * @param kind the notification's stable code, such as {@code item.published}
   * @return the family's word in the display language
   */
  public String kind(String kind) {
    String key = "inbox.kind." + kind.split("\\.", 2)[0];
    return t(has(key) ? key : "inbox.kind.other");
  }

  /**
   * How the demo list's person is named in the display language.
   *
   * @param user the person
   * @return who they are in the demo world
   */
  public String user(DemoUser user) {
    String key = "user." + user.key();
    return has(key) ? t(key) : user.label();
  }

  /**
   * The sentence that says what went wrong, worded from the exception's code and arguments.
   *
   * @param error what Convene (or the portal) refused
   * @return the sentence in the display language
   */
  public String error(ConveneException error) {
    Map<String, Object> arguments = error.arguments();
    String key = errorKey(error.code(), arguments.get("field"));
    List<String> names = new ArrayList<>(arguments.keySet());
    Object[] values = new Object[names.size()];
    for (int i = 0; i < values.length; i++) {
      Object value = arguments.get(names.get(i));
      values[i] = names.get(i).equals("field") && has("field." + value) ? t("field." + value) : value;
    }
    Matcher named = NAMED.matcher(bundle.getString(key));
    StringBuilder pattern = new StringBuilder();
    while (named.find()) {
      int index = names.indexOf(named.group(1));
      // a name the exception does not carry stays as written rather than failing the page
      named.appendReplacement(pattern, Matcher.quoteReplacement(
          index < 0 ? "'{'" + named.group(1) + ("}".equals(named.group(2)) ? "'}'" : ",")
              : "{" + index + named.group(2)));
    }
    named.appendTail(pattern);
    return new MessageFormat(pattern.toString(), locale).format(values);
  }

  /**
   * The heading of the page that answers {@code error}: one per family of codes.
   *
   * @param error what was refused
   * @return the heading in the display language
   */
  public String errorHeading(ConveneException error) {
    String family = error.code().split("\\.", 2)[0];
    String key = "problem.heading." + family;
    return t(has(key) ? key : "problem.heading.failed");
  }

  /**
   * The most specific key the bundle has for {@code code}: first one for the code on that field, then
   * the code, then the code with its last words dropped one by one, then the text of any failure.
   */
  String errorKey(String code, Object field) {
    if (field != null && has("error." + code + ".field." + field)) {
      return "error." + code + ".field." + field;
    }
    String key = "error." + code;
    while (true) {
      if (has(key)) {
        return key;
      }
      int dot = key.lastIndexOf('.');
      if (dot <= "error".length()) {
        return "error.failed";
      }
      key = key.substring(0, dot);
    }
  }
}
