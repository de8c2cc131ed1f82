package dev.convene.skos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ValidationException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** An invalid file is refused whole, with the concept and the rule named. One row per rule. */
class SkosInvalidTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "ex:a a skos:Concept ; skos:prefLabel 'A'@en ; skos:broader ex:b . ex:b a skos:Concept ; skos:prefLabel 'B'@en ;"
          + " skos:broader ex:a .|acyclic|concept[b].broader",
      "ex:a a skos:Concept ; skos:prefLabel 'A'@en , 'Other A'@en .|one-pref-label|concept[a].prefLabels",
      "ex:a a skos:Concept ; skos:prefLabel 'A'@en ; skos:altLabel 'A'@en .|distinct-labels|concept[a]",
      "ex:a a skos:Concept ; skos:prefLabel 'A'@fr . ex:b a skos:Concept ; skos:prefLabel 'B'@en ."
          + " ex:c a skos:Concept ; skos:prefLabel 'C'@en .|default-language-label|concept[a].prefLabels",
      "ex:a a skos:Concept ; skos:prefLabel 'A'@en ; skos:notation '1' , '2' .|already-set|concept[a].notation",
      "ex:a a skos:Concept ; skos:prefLabel 'A'@en . <http://example.org/other/a> a skos:Concept ;"
          + " skos:prefLabel 'Other A'@en .|unique-id|concept[http://example.org/other/a].id",
      "ex:a a skos:Concept ; skos:prefLabel 'A'@en ; skos:broader ex:b ; skos:related ex:b ."
          + " ex:b a skos:Concept ; skos:prefLabel 'B'@en .|related-not-broader|concept[a].related",
  })
  @DisplayName("a broken rule refuses the file")
  void brokenRule(String turtle, String rule, String field) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> Fixtures.turtle(turtle, SkosOptions.defaults()));
    assertEquals(rule, e.rule(), e.getMessage());
    assertTrue(e.field().startsWith(field), e.field());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "TURTLE|@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\\n\\n<http://example.org/a> a skos:Concept ; skos:prefLabel 'A'@en ] .\\n<http://example.org/b> a skos:Concept .|3",
      "N_TRIPLES|<http://example.org/a> <http://example.org/p> <http://example.org/b> .\\n<http://example.org/a> broken .|2",
      "RDF_XML|<?xml version='1.0'?>\\n<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\\n<rdf:Description>\\n</rdf:RDF>|4",
  })
  @DisplayName("a syntax error is a validation error on the field skos, with its line")
  void syntax(SkosFormat format, String text, int line) {
    ValidationException e = assertThrows(ValidationException.class, () -> SkosReader.create().read(
        new ByteArrayInputStream(text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)), format,
        URI.create("http://example.org/")));
    assertEquals("skos", e.field());
    assertEquals("syntax", e.rule());
    assertTrue(e.getMessage().contains("line " + line + ":"), e.getMessage());
  }

  @Test
  @DisplayName("a file whose extension names no syntax is refused before it is opened")
  void unknownExtension() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> SkosReader.create().read(Path.of("does-not-exist.json")));
    assertEquals("format", e.rule());
  }
}
