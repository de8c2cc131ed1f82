package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.ItemType;
import dev.convene.core.model.Privacy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every kind the platform guide's table says is told to someone has a default text in English, French
 * and Spanish, and the three bundles hold the same keys and only known placeholders.
 */
class NotificationTextsBundleTest {
  private static final Path GUIDE = Path.of("..", "docs", "platform.md");
  private static final Pattern KIND = Pattern.compile("`((?:membership|item|community)\\.[a-z_]+)`");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
  private static final Set<String> PLACEHOLDERS = Set.of("community", "parent", "member", "role", "privacy", "title",
      "type", "aType", "AType", "author", "replyAuthor");
  private static final List<String> LANGUAGES = List.of("", "_fr", "_es");

  private static Properties bundle(String suffix) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = Notification.class.getResourceAsStream("internal/notifications" + suffix + ".properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }

  /** The kinds of the guide's table whose line is not "—": those someone is told of. */
  private static Set<String> toldKinds() throws IOException {
    List<String> lines = Files.readAllLines(GUIDE);
    int header = lines.indexOf("  | kind | sent when | who is told by default | what it names (the line) |");
    assertTrue(header >= 0, "the table of kinds is missing from " + GUIDE);
    Set<String> kinds = new TreeSet<>();
    for (String line : lines.subList(header + 2, lines.size())) {
      if (!line.startsWith("  | ")) {
        break;
      }
      String[] cells = line.split("\\|");
      if (cells[4].strip().equals("—")) {
        continue;
      }
      Matcher m = KIND.matcher(cells[1]);
      while (m.find()) {
        kinds.add(m.group(1));
      }
    }
    return kinds;
  }

  @Test
  @DisplayName("every kind someone is told of has a text, or a text per variant, in English, French and Spanish")
  void everyToldKindHasText() throws IOException {
    Set<String> kinds = toldKinds();
    // 38 kinds, less six membership kinds and item.created and item.deleted, which nobody is told of
    assertEquals(30, kinds.size(), "the kinds someone is told of: " + kinds);
    for (String suffix : LANGUAGES) {
      Properties texts = bundle(suffix);
      for (String kind : kinds) {
        boolean whole = texts.containsKey(kind);
        boolean variants = texts.containsKey(kind + ".self") && texts.containsKey(kind + ".other");
        assertTrue(whole || variants, "notifications" + suffix + " has no text for " + kind);
      }
    }
  }

  @Test
  @DisplayName("every item type and every privacy has its words in each language")
  void everyCodedValueHasWords() throws IOException {
    for (String suffix : LANGUAGES) {
      Properties texts = bundle(suffix);
      for (ItemType type : ItemType.values()) {
        assertTrue(texts.containsKey("type." + type.name()), suffix + " type." + type);
        assertTrue(texts.containsKey("aType." + type.name()), suffix + " aType." + type);
      }
      for (Privacy privacy : Privacy.values()) {
        assertTrue(texts.containsKey("privacy." + privacy.name()), suffix + " privacy." + privacy);
      }
    }
  }

  @Test
  @DisplayName("the three bundles hold the same keys, and their texts only known placeholders")
  void sameKeysKnownPlaceholders() throws IOException {
    Set<String> english = bundle("").stringPropertyNames();
    for (String suffix : LANGUAGES) {
      Properties texts = bundle(suffix);
      assertEquals(new TreeSet<>(english), new TreeSet<>(texts.stringPropertyNames()), "notifications" + suffix);
      for (String key : texts.stringPropertyNames()) {
        Matcher m = PLACEHOLDER.matcher(texts.getProperty(key));
        while (m.find()) {
          assertTrue(PLACEHOLDERS.contains(m.group(1)), "notifications" + suffix + " " + key + ": {" + m.group(1) + "}");
        }
      }
    }
  }
}
