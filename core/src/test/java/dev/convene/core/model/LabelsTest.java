package dev.convene.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LabelsTest {
  private static final Locale ES = Locale.forLanguageTag("es");
  private static final List<Class<? extends Enum<?>>> CORE = List.of(Privacy.class, Purpose.class, JoinPolicy.class,
      CommunityState.class, Role.class, MembershipState.class, Visibility.class, ReviewState.class, ItemType.class,
      Section.class, PlatformRole.class, Permission.class, Poll.Mode.class, Poll.ResultsVisibility.class,
      Recurrence.Frequency.class);

  static Properties bundle(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream("labels" + suffix + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  @DisplayName("labels read in each language, accents included")
  void labelsByLanguage() {
    assertEquals("Semi-private", Labels.of(Privacy.SEMI_PRIVATE, Locale.ENGLISH));
    assertEquals("Semi-privée", Labels.of(Privacy.SEMI_PRIVATE, Locale.FRENCH));
    assertEquals("Semiprivada", Labels.of(Privacy.SEMI_PRIVATE, ES));
    assertEquals("Événement", Labels.of(ItemType.EVENT, Locale.FRANCE));
    assertEquals("Debate", Labels.of(ItemType.DISCUSSION, Locale.forLanguageTag("es-MX")));
    assertEquals("Idées libres", Labels.of(Poll.Mode.IDEAS, Locale.FRENCH));
    assertEquals("Solo para miembros", Labels.of(Visibility.MEMBERS, ES));
  }

  @Test
  @DisplayName("a language without labels gets English, whatever the default locale")
  void fallsBackToEnglish() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.FRENCH);
    try {
      assertEquals("Members only", Labels.of(Visibility.MEMBERS, Locale.GERMAN));
      assertEquals("Awaiting review", Labels.of(ReviewState.SUBMITTED, Locale.ROOT));
    } finally {
      Locale.setDefault(before);
    }
  }

  private enum Unlabelled { SOME_VALUE }

  @Test
  @DisplayName("a constant without a label reads as its name in words")
  void unknownConstant() {
    assertEquals("Some value", Labels.of(Unlabelled.SOME_VALUE, Locale.FRENCH));
    assertEquals("LabelsTest.Unlabelled.SOME_VALUE", Labels.key(Unlabelled.SOME_VALUE));
    assertEquals("Poll.Mode.OPTIONS", Labels.key(Poll.Mode.OPTIONS));
  }

  @Test
  @DisplayName("every constant of the core's enums has a label in English, French and Spanish")
  void everyCoreConstantLabelled() throws IOException {
    for (String suffix : List.of("", "_fr", "_es")) {
      Properties bundle = bundle(suffix);
      for (Class<? extends Enum<?>> type : CORE) {
        for (Enum<?> value : type.getEnumConstants()) {
          String label = bundle.getProperty(Labels.key(value));
          assertTrue(label != null && !label.isBlank(), "labels" + suffix + " lacks " + Labels.key(value));
        }
      }
    }
  }

  @Test
  @DisplayName("the French and Spanish bundles have exactly the English bundle's keys")
  void sameKeysInEveryLanguage() throws IOException {
    Set<String> english = new TreeSet<>(bundle("").stringPropertyNames());
    assertEquals(english, new TreeSet<>(bundle("_fr").stringPropertyNames()));
    assertEquals(english, new TreeSet<>(bundle("_es").stringPropertyNames()));
    // a label left in English by mistake reads the same; only words the languages share may
    Set<String> shared = Set.of("Public", "Active", "Document", "Discussion", "Documents", "Discussions", "Spam",
        "Date", "Type");
    Properties en = bundle("");
    for (String suffix : List.of("_fr", "_es")) {
      Properties other = bundle(suffix);
      for (String key : english) {
        String label = other.getProperty(key);
        assertFalse(label.equals(en.getProperty(key)) && !shared.contains(label),
            "labels" + suffix + " copies the English of " + key);
      }
    }
  }
}
