package dev.convene.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.ConveneException;
import dev.convene.core.InvalidQueryException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The portal's three bundles: the same keys, every key the pages use, and errors worded from their codes. */
class PortalTextTest {
  private static final Locale FR = Locale.FRENCH;
  private static final Locale ES = Locale.forLanguageTag("es");
  /** A key the pages name whole: a text literal that is all the first argument of {@code t(...)}. */
  private static final Pattern USED = Pattern.compile("\\bt\\(\"([^\"]+)\"\\s*[,)]");

  private static Properties bundle(String name) {
    try (InputStream in = PortalText.class.getResourceAsStream("/" + name + ".properties");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      Properties properties = new Properties();
      properties.load(reader);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> keys(String name) {
    return new TreeSet<>(bundle(name).stringPropertyNames());
  }

  private static Set<String> used() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Path root : List.of(Path.of("src/main/jte"), Path.of("src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".jte") || p.toString().endsWith(".java")).toList()) {
          Matcher m = USED.matcher(Files.readString(file));
          while (m.find()) {
            keys.add(m.group(1));
          }
        }
      }
    }
    return keys;
  }

  @Test
  @DisplayName("English, French and Spanish have exactly the same keys")
  void theThreeBundlesHaveTheSameKeys() {
    Set<String> english = keys("portal");
    for (String name : List.of("portal_fr", "portal_es")) {
      Set<String> missing = new TreeSet<>(english);
      missing.removeAll(keys(name));
      Set<String> extra = new TreeSet<>(keys(name));
      extra.removeAll(english);
      assertEquals(Set.of(), missing, name + " lacks these keys");
      assertEquals(Set.of(), extra, name + " has keys English lacks");
    }
  }

  @Test
  @DisplayName("every key the templates and the Java sources name is in the bundle")
  void everyKeyUsedExists() throws IOException {
    Set<String> used = used();
    assertTrue(used.size() > 150, "the scan finds the pages' keys: " + used.size());
    assertTrue(used.contains("directory.heading") && used.contains("membership.request"), used.toString());
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(keys("portal"));
    assertEquals(Set.of(), missing, "keys used but not in portal.properties");
  }

  @Test
  @DisplayName("everyone on the demo list is named in every language")
  void everyDemoUserHasALabel() {
    for (DemoUser user : DemoUser.ALL) {
      assertTrue(keys("portal").contains("user." + user.key()), user.key());
      assertEquals(user.label(), PortalText.of(Locale.ENGLISH).user(user), "English keeps the list's own words");
    }
    assertEquals("Cora, curatrice", PortalText.of(FR).user(DemoUser.byKey("cora").orElseThrow()));
  }

  @Test
  @DisplayName("every text is a valid MessageFormat pattern without an ASCII apostrophe, which it would swallow")
  void everyTextIsAPatternWithoutAsciiApostrophes() {
    for (String name : List.of("portal", "portal_fr", "portal_es")) {
      Properties bundle = bundle(name);
      for (String key : bundle.stringPropertyNames()) {
        String value = bundle.getProperty(key);
        assertFalse(value.isBlank(), name + ": " + key);
        assertFalse(value.contains("'"), name + ": " + key + " = " + value);
        if (!key.startsWith("error.")) { // errors name their arguments, which PortalText numbers first
          new MessageFormat(value, Locale.ROOT);
        }
      }
    }
  }

  @Test
  @DisplayName("a text with values puts them in, in the language's own words")
  void textsTakeTheirValues() {
    assertEquals("3 found", PortalText.of(Locale.ENGLISH).t("search.total", 3));
    assertEquals("1 résultat", PortalText.of(FR).t("search.total", 1));
    assertEquals("Aucun résultat", PortalText.of(FR).t("search.total", 0));
    assertEquals("Toutes les 2 semaines", PortalText.of(FR).t("event.every.weeks", 2));
    assertEquals("Cada mes", PortalText.of(ES).t("event.every.months", 1));
    assertEquals("Membres de Open Library", PortalText.of(FR).t("members.heading", "Open Library"));
  }

  @Test
  @DisplayName("a notification's tag is its kind's family in words, and a plain notice for a family it does not know")
  void aNotificationKindIsAWord() {
    assertEquals("Content", PortalText.of(Locale.ENGLISH).kind("item.published"));
    assertEquals("Adhésion", PortalText.of(FR).kind("membership.requested"));
    assertEquals("Comunidad", PortalText.of(ES).kind("community.privacy_changed"));
    assertEquals("Notice", PortalText.of(Locale.ENGLISH).kind("survey.closed"));
    assertEquals("Avis", PortalText.of(FR).kind("itemless"));
  }

  @Test
  @DisplayName("a language the portal does not speak reads English, whatever the JVM's default locale")
  void anotherLanguageReadsEnglish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(FR);
      assertEquals("Communities", PortalText.of(Locale.GERMAN).t("directory.heading"));
      assertEquals("Communities", PortalText.of(Locale.ENGLISH).t("directory.heading"));
      assertEquals("Communautés", PortalText.of(FR).t("directory.heading"));
      assertEquals("Comunidades", PortalText.of(ES).t("directory.heading"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  @DisplayName("an error is worded from its code and arguments, with the field's own label")
  void anErrorIsWordedFromItsCode() {
    ValidationException tooLong = new ValidationException("text", "max-length", Map.of("limit", 500),
        "text is longer than 500 characters");
    assertEquals("Text: at most 500 characters.", PortalText.of(Locale.ENGLISH).error(tooLong));
    assertEquals("Texte : 500 caractères au plus.", PortalText.of(FR).error(tooLong));
    assertEquals("Texto: 500 caracteres como máximo.", PortalText.of(ES).error(tooLong));
    // a rule worded for one field only
    assertEquals("Cochez la case pour accepter les règles.", PortalText.of(FR).error(
        new ValidationException("accepted", "required", "tick the box")));
    assertEquals("Mensaje: este campo es obligatorio.", PortalText.of(ES).error(
        new ValidationException("message", "required", "the message is required")));
    assertEquals("Vous avez déjà signalé ce contenu ; la modération a reçu votre signalement.",
        PortalText.of(FR).error(new ConflictException("already-reported", Map.of(), "already reported")));
    assertEquals("« OR » n’est pas une syntaxe de recherche ici : écrivez les mots que vous cherchez.",
        PortalText.of(FR).error(new InvalidQueryException("unsupported-syntax", Map.of("position", 7, "syntax", "OR"),
            "OR is not supported")));
    assertEquals("Il n’y a rien ici, ou rien que vous puissiez voir.",
        PortalText.of(FR).error(new NotFoundException("no community with slug zephyr")));
  }

  @Test
  @DisplayName("a code without its own text gets its family's, never the exception's English message")
  void aCodeWithoutItsOwnTextGetsItsFamilys() {
    PortalText fr = PortalText.of(FR);
    assertEquals("Vous ne pouvez pas faire cela ici.",
        fr.error(new AccessDeniedException("no-such-reason", Map.of(), "English prose")));
    assertEquals("Cette valeur n’est pas acceptée. Veuillez la vérifier et réessayer.",
        fr.error(new ValidationException("colour", "hex-colour", "English prose")));
    assertEquals("Quelqu’un a modifié ceci au même moment. Rechargez la page et réessayez.",
        fr.error(new ConflictException("erasure.last-admin", Map.of("user", "mia"), "English prose")));
    assertEquals("No se pudieron leer las palabras de la búsqueda. Revíselas.",
        PortalText.of(ES).error(new InvalidQueryException("new-rule", "English prose")));
    assertEquals("Le portail n’a pas pu répondre. Veuillez réessayer plus tard.",
        fr.error(new ConveneException("database.failed", Map.of(), "English prose")));
    assertEquals("Non autorisé", fr.errorHeading(new AccessDeniedException("no-such-reason", Map.of(), "x")));
    assertEquals("Une erreur s’est produite", fr.errorHeading(new ConveneException("database.failed", Map.of(), "x")));
  }
}
