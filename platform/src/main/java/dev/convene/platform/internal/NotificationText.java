package dev.convene.platform.internal;

import dev.convene.core.model.UserId;
import dev.convene.storage.PendingNotification;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default text of a notification in a language: the bundle {@code
 * dev/convene/platform/internal/notifications*.properties} (English, the base bundle, French and
 * Spanish) holds one text per kind, or per variant of a kind, with named placeholders that the
 * notification's parameters fill. It writes only what the parameters hold, and {@link
 * NotificationFacts} puts there only what the recipient has just been allowed to see.
 *
 * <p>A text is plain: {@code {name}} is replaced by the parameter of that name and nothing else is
 * special, so apostrophes are written as they are ({@code MessageFormat} would take them for quotes,
 * and its numbered arguments would hide from a translator what each one is). The coded parameters
 * ({@code type}, {@code privacy}) show the bundle's word for the code.
 */
public final class NotificationText {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final Pattern LINE_BREAKS = Pattern.compile("\\R+");
  private static final Set<String> CODED = Set.of(NotificationFacts.TYPE, NotificationFacts.PRIVACY);
  private static final String A_TYPE = "aType";

  private NotificationText() {}

  /**
   * The text of a notification of {@code kind} for {@code recipient} in {@code language}'s words,
   * English when the language has none.
   *
   * @param kind the notification's kind
   * @param recipient who reads it: news about them reads "your ..."
   * @param parameters the notification's parameters
   * @param language the language to write in
   * @return one line of at most {@value PendingNotification#MAX_SUMMARY_LENGTH} characters
   */
  public static String render(String kind, UserId recipient, Map<String, String> parameters, Locale language) {
    Texts texts = Texts.of(language);
    Matcher placeholders = PLACEHOLDER.matcher(texts.get(key(kind, recipient, parameters, texts)));
    StringBuilder text = new StringBuilder();
    while (placeholders.find()) {
      placeholders.appendReplacement(text, Matcher.quoteReplacement(value(placeholders.group(1), parameters, texts)));
    }
    placeholders.appendTail(text);
    return fit(text.toString());
  }

  /**
   * The key of the text: the kind, with the variant the recipient reads; a kind the bundle does not
   * know reads as a change of its item or of its community.
   */
  static String key(String kind, UserId recipient, Map<String, String> parameters, Texts texts) {
    String variant = switch (kind) {
      case "membership.approved", "membership.role_changed" -> self(recipient, parameters.get(NotificationFacts.MEMBER));
      case "item.published" -> self(recipient, parameters.get(NotificationFacts.AUTHOR));
      case "item.replied" -> parameters.containsKey(NotificationFacts.REPLY_AUTHOR) ? "" : ".unnamed";
      case "community.working_group_created" -> parameters.containsKey(NotificationFacts.PARENT) ? "" : ".unnamed";
      default -> "";
    };
    if (texts.has(kind + variant)) {
      return kind + variant;
    }
    return parameters.containsKey(NotificationFacts.TITLE) ? "other.item" : "other.community";
  }

  private static String self(UserId recipient, String subject) {
    return recipient.value().equals(subject) ? ".self" : ".other";
  }

  private static String value(String name, Map<String, String> parameters, Texts texts) {
    if (name.equalsIgnoreCase(A_TYPE)) {
      String type = parameters.get(NotificationFacts.TYPE);
      String words = type == null ? "" : texts.word(A_TYPE + "." + type, type);
      boolean capital = Character.isUpperCase(name.charAt(0)) && !words.isEmpty();
      return capital ? words.substring(0, 1).toUpperCase(texts.locale()) + words.substring(1) : words;
    }
    String value = parameters.getOrDefault(name, "");
    return CODED.contains(name) ? texts.word(name + "." + value, value) : value;
  }

  /** Names and titles may be long or span lines; a text is one line of bounded length. */
  private static String fit(String text) {
    String line = LINE_BREAKS.matcher(text).replaceAll(" ");
    int max = PendingNotification.MAX_SUMMARY_LENGTH;
    return line.length() <= max ? line : line.substring(0, max - 1) + "…";
  }
}
