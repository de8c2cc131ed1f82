package dev.convene.storage.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A body changed outside Convene fails to read with an {@link IllegalStateException} that names the
 * field and what it should be, and never quotes the body. One row per change to a body that reads.
 */
class MalformedBodyTest {
  private static final String COMMUNITY = """
      {"id":"c-1","slug":"bare","name":{"en":"Bare"},"description":{},"purpose":"REPOSITORY",\
      "privacy":"PUBLIC","joinPolicy":"OPEN","sections":[],"branding":{"welcome":{}},"defaultLanguage":"en",\
      "concepts":[],"reviewBeforePublication":false,"permissions":{},"state":"ACTIVE"}""";
  private static final String ITEM = """
      {"type":"DOCUMENT","header":{"id":"i-1","community":"c-1","author":"u-1","title":"T","language":"en",\
      "visibility":"PUBLIC","reviewState":"DRAFT","concepts":[],"created":"2025-01-01T00:00:00Z",\
      "updated":"2025-01-02T00:00:00Z"},"summary":"S","body":"","authors":[],"attachments":[{"fileName":"a.pdf",\
      "mediaType":"application/pdf","size":12,\
      "contentHash":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}]}""";
  private static final String TAXONOMY = """
      {"schemes":[{"id":"s","title":{"en":"S"},"defaultLanguage":"en","version":0}],"concepts":[{"id":"c",\
      "scheme":"s","prefLabels":{"en":"C"},"altLabels":{"en":["x"]},"hiddenLabels":{},"definition":{},\
      "broader":[],"related":[],"deprecated":false,"version":1}]}""";
  private static final Map<String, String> BODIES = Map.of("community", COMMUNITY, "item", ITEM, "taxonomy", TAXONOMY);
  private static final Map<String, Consumer<String>> READERS = Map.of(
      "community", body -> CommunityCodec.decode(body, 0),
      "item", body -> ItemCodec.decode(body, 0),
      "taxonomy", TaxonomyCodec::decode);

  @Test
  void theBodiesReadUnchanged() {
    CommunityCodec.decode(COMMUNITY, 0);
    ItemCodec.decode(ITEM, 0);
    TaxonomyCodec.decode(TAXONOMY);
  }

  @ParameterizedTest(name = "{0} with {1} as {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      community | "state":"ACTIVE"}                | "state":"ACTIVE"} []               | the body is not one JSON object
      community | "slug":"bare"                    | "slug":5                           | slug is not a string
      community | "slug":"bare",                   | ''                                 | slug is not a string
      community | "slug":"bare"                    | "slug":null                        | slug is not a string
      community | "name":{"en":"Bare"}             | "name":{"en":null}                 | name.en is not a string
      community | "name":{"en":"Bare"}             | "name":["Bare"]                    | name is not an object
      community | "purpose":"REPOSITORY"           | "purpose":"CLUB"                   | purpose is not one of [REPOSITORY, WORKING_GROUP, HIDDEN_GROUP]
      community | "sections":[]                    | "sections":"DOCUMENTS"             | sections is not an array
      community | "branding":{"welcome":{}}        | "branding":{"welcome":[]}          | branding.welcome is not an object
      community | "reviewBeforePublication":false  | "reviewBeforePublication":"false"  | reviewBeforePublication is not true or false
      community | "permissions":{}                 | "permissions":{"MODERATE":"OWNER"} | permissions.MODERATE is not one of [MEMBER, MODERATOR, ADMIN]
      item      | "type":"DOCUMENT"                | "type":"SURVEY"                    | the body has no known type
      item      | "type":"DOCUMENT",               | ''                                 | the body has no known type
      item      | "title":"T"                      | "title":true                       | header.title is not a string
      item      | "created":"2025-01-01T00:00:00Z" | "created":"yesterday"              | header.created is not an ISO-8601 instant
      item      | "size":12                        | "size":"12"                        | attachments[0].size is not a whole number
      item      | "size":12                        | "size":12.5                        | attachments[0].size is not a whole number
      item      | "size":12,                       | ''                                 | attachments[0].size is not a whole number
      item      | "authors":[]                     | "authors":[null]                   | authors[0] is not a string
      taxonomy  | "altLabels":{"en":["x"]}         | "altLabels":{"en":"x"}             | concepts[0].altLabels.en is not an array
      taxonomy  | "deprecated":false,              | ''                                 | concepts[0].deprecated is not true or false
      taxonomy  | "schemes":[{                     | "schemes":[7,{                     | schemes[0] is not an object
      """)
  void aChangedFieldIsNamed(String kind, String field, String changed, String problem) {
    assertMalformed(kind, field, changed, "A stored body is malformed: " + problem
        + "; was the row changed outside Convene?");
  }

  @ParameterizedTest(name = "{0} with {1} as {2}")
  @CsvSource(delimiter = '|', textBlock = """
      community | "state":"ACTIVE"}  | "state":"ACTIVE"     | line 1, column 269
      item      | {"type"            | {type                | line 1, column 2
      taxonomy  | "version":0        | "version":0x         | line 1, column 76
      """)
  void textThatIsNotJsonIsPlacedByLineAndColumn(String kind, String field, String changed, String where) {
    assertMalformed(kind, field, changed, "A stored body is malformed: the body cannot be parsed as JSON (" + where
        + "); was the row changed outside Convene?");
  }

  @Test
  void theMessageNeverQuotesTheBody() {
    String changed = COMMUNITY.replace("\"reviewBeforePublication\":false", "\"reviewBeforePublication\":\"Our plan\"");
    String message = assertThrows(IllegalStateException.class, () -> CommunityCodec.decode(changed, 0)).getMessage();
    assertFalse(message.contains("Our plan"), message);
  }

  private static void assertMalformed(String kind, String field, String changed, String message) {
    String body = BODIES.get(kind);
    assertTrue(body.contains(field), "the " + kind + " body has " + field);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> READERS.get(kind).accept(body.replace(field, changed)));
    assertEquals(message, e.getMessage());
  }
}
