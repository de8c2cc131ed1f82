package dev.convene.core.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelNormalizerTest {

  @DisplayName("normalises case, accents, white space, ligatures and typographic punctuation")
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "Sécurité sociale|securite sociale",
      "  SÉCURITÉ   SOCIALE |securite sociale",
      "PROTECCIÓN SOCIAL|proteccion social",
      "Straße|strasse",
      "STRASSE|strasse",
      "Œuvre sociale|oeuvre sociale",
      "Cæsar|caesar",
      "Ørsted|orsted",
      "Łódź|lodz",
      "İstanbul|istanbul",
      "ΟΔΟΣ|οδοσ",
      "οδός|οδοσ",
      "Côte d’Ivoire|cote d'ivoire",
      "Côte d‘Ivoire|cote d'ivoire",
      "l´école|l'ecole",
      "long‐term care|long-term care",
      "long–term care|long-term care",
      "ﬁnance|finance",
      "ＦＵＬＬ width|full width",
      "non\u00A0breaking|non breaking",
      "soft\u00ADhyphen|softhyphen",
      "e\u0301cole|ecole",
      "Pays de l'E-9|pays de l'e-9",
  })
  void normalizes(String text, String key) {
    assertEquals(key, LabelNormalizer.normalize(text));
  }

  @Test
  @DisplayName("blank text has an empty key")
  void blank() {
    assertEquals("", LabelNormalizer.normalize(""));
    assertEquals("", LabelNormalizer.normalize(" \t\n "));
    assertEquals("", LabelNormalizer.normalize("\u0301"));
  }

  @Test
  @DisplayName("tabs and line breaks are white space like any other")
  void lineBreaks() {
    assertEquals("tab and newline", LabelNormalizer.normalize("\ttab\tand\r\nnewline\n"));
  }

  @Test
  @DisplayName("other punctuation is kept")
  void punctuation() {
    assertEquals("health (general)", LabelNormalizer.normalize("Health (general)"));
  }

  @Test
  @DisplayName("null is a validation error, not a NullPointerException")
  void rejectsNull() {
    String absent = null;
    ValidationException e = assertThrows(ValidationException.class, () -> LabelNormalizer.normalize(absent));
    assertEquals("required", e.rule());
  }
}
