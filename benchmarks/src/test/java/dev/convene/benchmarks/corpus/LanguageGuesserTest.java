package dev.convene.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en | The Commission has said that this is a matter for the Member States and we have to accept that.",
      "fr | Nous pensons que la Commission doit présenter une proposition pour les citoyens qui sont dans le besoin.",
      "es | El Parlamento ha votado la propuesta y los diputados están de acuerdo con la Comisión para el futuro.",
      "de | Wir sind der Meinung, dass die Kommission nicht mit den Mitgliedstaaten und der Industrie gesprochen hat.",
      "el | Η Επιτροπή πρέπει να υποβάλει μια νέα πρόταση για την προστασία των καταναλωτών στην Ευρώπη.",
      "mul | 12345 ---"})
  void guessesTheLanguage(String expected, String text) {
    assertEquals(Locale.forLanguageTag(expected), LanguageGuesser.guess(text));
  }
}
