package dev.convene.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ValidationException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {
  private static final Locale FR = Locale.FRENCH;
  private static final Locale ES = Locale.forLanguageTag("es");
  private static final Locale DE = Locale.GERMAN;

  private final LocalizedText name = LocalizedText.of("en", "Social protection")
      .with("fr", "Protection sociale")
      .with("es", "Protección social");

  @Test
  @DisplayName("the requested language comes first")
  void requestedLanguage() {
    assertEquals(Optional.of("Protection sociale"), name.resolve(FR, Locale.ENGLISH));
    assertEquals(Optional.of("Protección social"), name.resolve(ES));
  }

  @Test
  @DisplayName("a regional variant finds its base language, and a base language finds a variant")
  void regionalVariants() {
    assertEquals(Optional.of("Protection sociale"), name.resolve(Locale.CANADA_FRENCH));
    LocalizedText quebec = LocalizedText.of("fr-CA", "Courriel");
    assertEquals(Optional.of("Courriel"), quebec.resolve(FR));
  }

  @Test
  @DisplayName("then the community's default language, then English, then the first language by tag")
  void fallbackChain() {
    assertEquals(Optional.of("Protección social"), name.resolve(DE, ES));
    assertEquals(Optional.of("Social protection"), name.resolve(DE, Locale.ITALIAN));
    LocalizedText noEnglish = LocalizedText.of("pt", "Proteção social").with("es", "Protección social");
    assertEquals(Optional.of("Protección social"), noEnglish.resolve(DE, Locale.ITALIAN));
  }

  @Test
  @DisplayName("empty text resolves to nothing")
  void emptyText() {
    assertTrue(LocalizedText.empty().resolve(FR).isEmpty());
  }

  @Test
  @DisplayName("language tags are normalised, one text per language")
  void normalisedTags() {
    LocalizedText text = LocalizedText.of("FR-ca", "a").with("fr-CA", "b");
    assertEquals(Map.of(Locale.CANADA_FRENCH, "b"), text.values());
  }

  @Test
  @DisplayName("blank text and malformed tags are rejected, naming the field")
  void rejectsBadInput() {
    ValidationException blank = assertThrows(ValidationException.class, () -> LocalizedText.of("en", "  "));
    assertEquals("text[en]", blank.field());
    assertEquals("not-blank", blank.rule());
    ValidationException tag = assertThrows(ValidationException.class, () -> LocalizedText.of("not a tag!", "x"));
    assertEquals("language-tag", tag.rule());
  }

  @Test
  @DisplayName("the text of a named field reports failures on that field")
  void forField() {
    ValidationException blank = assertThrows(ValidationException.class,
        () -> LocalizedText.forField("description", Map.of(Locale.FRENCH, " ")));
    assertEquals("description[fr]", blank.field());
    assertEquals("not-blank", blank.rule());
    ValidationException missing = assertThrows(ValidationException.class,
        () -> LocalizedText.forField("name", Locale.ENGLISH, null));
    assertEquals("name[en]", missing.field());
    assertEquals("required", missing.rule());
    ValidationException tag = assertThrows(ValidationException.class,
        () -> LocalizedText.forField("name", Locale.ROOT, "Water"));
    assertEquals("name", tag.field());
    assertEquals("language-tag", tag.rule());
    assertEquals(LocalizedText.of("en", "Water"), LocalizedText.forField("name", Locale.ENGLISH, "Water"));
  }

  @Test
  @DisplayName("a language is an ISO 639 code: two letters where the language has them, else three that CLDR names")
  void isoLanguages() {
    assertEquals(Locale.forLanguageTag("haw"), LocalizedText.of("haw", "Aloha").values().firstKey());
    assertEquals(Locale.forLanguageTag("fil-PH"), LocalizedText.of("fil-PH", "Kumusta").values().firstKey());
    assertEquals(Locale.forLanguageTag("he"), LocalizedText.of("iw", "Shalom").values().firstKey());
    ValidationException unknown = assertThrows(ValidationException.class, () -> LocalizedText.of("xx", "x"));
    assertEquals("language", unknown.field());
    assertEquals("language-code", unknown.rule());
    assertEquals("language: \"xx\" is not an ISO 639 language code [language-code]", unknown.getMessage());
    ValidationException made = assertThrows(ValidationException.class, () -> LocalizedText.of("zzz-FR", "x"));
    assertEquals("language-code", made.rule());
    ValidationException three = assertThrows(ValidationException.class,
        () -> LocalizedText.forField("name", Locale.forLanguageTag("fra"), "Eau"));
    assertEquals("name", three.field());
    assertEquals("language-code", three.rule());
    assertEquals("name: write \"fra\" as \"fr\", its two-letter ISO 639-1 code [language-code]", three.getMessage());
    assertEquals("language-code", assertThrows(ValidationException.class,
        () -> LocalizedText.of("abcde", "x")).rule());
  }
}
