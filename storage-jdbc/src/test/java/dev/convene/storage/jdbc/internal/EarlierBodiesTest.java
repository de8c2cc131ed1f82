package dev.convene.storage.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Announcement;
import dev.convene.core.model.Attachment;
import dev.convene.core.model.Branding;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.CommunityState;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Permission;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.RolePermissions;
import dev.convene.core.model.SchemeId;
import dev.convene.core.model.Section;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bodies as the store wrote them before it wrote them with Jackson, kept here as that version wrote
 * them: each reads into the values written by hand below, and is written again in the same JSON.
 */
class EarlierBodiesTest {

  private static final String COMMUNITY = """
      {"id":"c-wg","slug":"water-wg","name":{"en":"Water \\"working\\" group",\
      "fr":"Groupe de travail sur l'eau"},"description":{"es":"Línea uno\\u000aLínea dos\\\\fin"},\
      "purpose":"WORKING_GROUP","privacy":"PRIVATE","joinPolicy":"INVITATION","parent":"c-water",\
      "sections":["DOCUMENTS","EVENTS","DISCUSSIONS"],"branding":{"logo":"blob:logo-1",\
      "primaryColour":"#1a73e8","accentColour":"#ffffff","welcome":{"en":"Welcome \\ud83d\\udca7"}},\
      "defaultLanguage":"pt-BR","concepts":["sanitation","water"],"reviewBeforePublication":true,\
      "permissions":{"EDIT_OWN_ITEMS":"MODERATOR","MODERATE":"ADMIN"},"state":"ARCHIVED"}""";

  private static final String BARE_COMMUNITY = """
      {"id":"c-bare","slug":"bare","name":{"en":"Bare"},"description":{},"purpose":"REPOSITORY",\
      "privacy":"PUBLIC","joinPolicy":"OPEN","sections":[],"branding":{"welcome":{}},"defaultLanguage":"en",\
      "concepts":[],"reviewBeforePublication":false,"permissions":{},"state":"ACTIVE"}""";

  private static final String DOCUMENT = """
      {"type":"DOCUMENT","header":{"id":"i-doc","community":"c-water","author":"u-ana",\
      "title":"Water report 2024","language":"fr-CA","visibility":"PUBLIC","reviewState":"PUBLISHED",\
      "concepts":["drought","water"],"created":"2024-03-01T09:15:30.123456789Z",\
      "updated":"2024-03-02T10:00:00Z"},"summary":"A short summary","body":"Body\\u0009with a tab",\
      "authors":["Ana Lima","Bo Chen"],"publisher":"UNESCO","publicationDate":"2024-02-29",\
      "documentType":"report","attachments":[{"fileName":"report.pdf","mediaType":"application/pdf",\
      "size":1048576,\
      "contentHash":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},{"fileName":"data.csv",\
      "mediaType":"text/csv","size":0,\
      "contentHash":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}]}""";

  private static final String EVENT = """
      {"type":"EVENT","header":{"id":"i-event","community":"c-water","author":"u-ana",\
      "title":"Webinar on wells","language":"fr-CA","visibility":"MEMBERS","reviewState":"SUBMITTED",\
      "concepts":[],"created":"2024-03-01T09:15:30.123456789Z","updated":"2024-03-02T10:00:00Z"},\
      "description":"Wells and pumps","start":"2024-05-10T14:00:00Z","end":"2024-05-10T15:30:00Z",\
      "timeZone":"America/Montreal","place":"Room 4","onlineLink":"https://meet.example.org/wells",\
      "webinar":true}""";

  private static final String ANNOUNCEMENT = """
      {"type":"ANNOUNCEMENT","header":{"id":"i-ann","community":"c-water","author":"u-ana",\
      "title":"Office closed","language":"fr-CA","visibility":"PUBLIC","reviewState":"DRAFT","concepts":[],\
      "created":"2024-03-01T09:15:30.123456789Z","updated":"2024-03-02T10:00:00Z"},"body":"Closed on Friday.",\
      "pinned":true,"expires":"2024-06-01T00:00:00Z"}""";

  private static final String DISCUSSION = """
      {"type":"DISCUSSION","header":{"id":"i-disc","community":"c-water","author":"u-ana",\
      "title":"Which pump?","language":"fr-CA","visibility":"MEMBERS","reviewState":"REJECTED",\
      "concepts":["pumps"],"created":"2024-03-01T09:15:30.123456789Z","updated":"2024-03-02T10:00:00Z"},\
      "body":"Hand or solar?","locked":true,"replies":[{"id":"r-1","author":"u-bo","body":"Solar.",\
      "created":"2024-03-03T08:00:00.500Z","hidden":false},{"id":"r-2","author":"u-cy","body":"Spam",\
      "created":"2024-03-03T09:00:00Z","hidden":true}]}""";

  private static final String ANNOUNCEMENT_WITHOUT_EXPIRY = """
      {"type":"ANNOUNCEMENT","header":{"id":"i-plain","community":"c-water","author":"u-ana","title":"Plain",\
      "language":"fr-CA","visibility":"PUBLIC","reviewState":"PUBLISHED","concepts":[],\
      "created":"2024-03-01T09:15:30.123456789Z","updated":"2024-03-02T10:00:00Z"},"body":"No expiry",\
      "pinned":false}""";

  private static final String BARE_DOCUMENT = """
      {"type":"DOCUMENT","header":{"id":"i-bare","community":"c-water","author":"u-ana","title":"Bare doc",\
      "language":"fr-CA","visibility":"PUBLIC","reviewState":"DRAFT","concepts":[],\
      "created":"2024-03-01T09:15:30.123456789Z","updated":"2024-03-02T10:00:00Z"},"summary":"Only a summary",\
      "body":"","authors":[],"attachments":[]}""";

  private static final String BARE_EVENT = """
      {"type":"EVENT","header":{"id":"i-bev","community":"c-water","author":"u-ana","title":"Meet",\
      "language":"fr-CA","visibility":"PUBLIC","reviewState":"DRAFT","concepts":[],\
      "created":"2024-03-01T09:15:30.123456789Z","updated":"2024-03-02T10:00:00Z"},"description":"",\
      "start":"2024-05-10T14:00:00Z","end":"2024-05-10T14:00:00Z","timeZone":"UTC","webinar":false}""";

  private static final String TAXONOMY = """
      {"schemes":[{"id":"regions","title":{"es":"Regiones"},"defaultLanguage":"es",\
      "version":0},{"id":"themes","title":{"en":"Themes","fr":"Thèmes"},"defaultLanguage":"en",\
      "uri":"http://example.org/themes","version":3}],"concepts":[{"id":"andes","scheme":"regions",\
      "prefLabels":{"es":"Los Andes"},"altLabels":{},"hiddenLabels":{},"definition":{},"broader":[],\
      "related":[],"deprecated":false,"version":0},{"id":"water","scheme":"themes",\
      "uri":"http://example.org/water","notation":"1","prefLabels":{"en":"Water","fr":"Eau"},\
      "altLabels":{"en":["H2O","Fresh water"]},"hiddenLabels":{"fr":["eaux"]},\
      "definition":{"en":"The liquid."},"broader":[],"related":[],"deprecated":false,\
      "version":2},{"id":"wells","scheme":"themes","notation":"1.1","prefLabels":{"en":"Wells"},\
      "altLabels":{},"hiddenLabels":{},"definition":{},"broader":["water"],"related":["andes"],\
      "deprecated":true,"version":0}]}""";

  @Test
  void communityWithEveryField() {
    Community read = CommunityCodec.decode(COMMUNITY, 9);
    assertEquals(new Community(CommunityId.of("c-wg"), "water-wg",
        LocalizedText.of("en", "Water \"working\" group").with("fr", "Groupe de travail sur l'eau"),
        LocalizedText.of("es", "Línea uno\nLínea dos\\fin"), Purpose.WORKING_GROUP, Privacy.PRIVATE,
        JoinPolicy.INVITATION, Optional.of(CommunityId.of("c-water")),
        Set.of(Section.DOCUMENTS, Section.EVENTS, Section.DISCUSSIONS),
        new Branding(Optional.of("blob:logo-1"), Optional.of("#1a73e8"), Optional.of("#ffffff"),
            LocalizedText.of("en", "Welcome \uD83D\uDCA7")),
        Locale.forLanguageTag("pt-BR"), Set.of(ConceptId.of("sanitation"), ConceptId.of("water")), true,
        new RolePermissions(Map.of(Permission.MODERATE, Role.ADMIN, Permission.EDIT_OWN_ITEMS, Role.MODERATOR)),
        CommunityState.ARCHIVED, 9), read);
    assertSameJson(COMMUNITY, CommunityCodec.encode(read));
  }

  @Test
  void communityWithNothingOptional() {
    Community read = CommunityCodec.decode(BARE_COMMUNITY, 0);
    assertEquals(new Community(CommunityId.of("c-bare"), "bare", LocalizedText.of("en", "Bare"), LocalizedText.empty(),
        Purpose.REPOSITORY, Privacy.PUBLIC, JoinPolicy.OPEN, Optional.empty(), Set.of(),
        new Branding(Optional.empty(), Optional.empty(), Optional.empty(), LocalizedText.empty()), Locale.ENGLISH,
        Set.of(), false, new RolePermissions(Map.of()), CommunityState.ACTIVE, 0), read);
    assertSameJson(BARE_COMMUNITY, CommunityCodec.encode(read));
  }

  @Test
  void documentWithEveryField() {
    assertReads(new Document(header("i-doc", "Water report 2024", Visibility.PUBLIC, ReviewState.PUBLISHED,
            Set.of(ConceptId.of("drought"), ConceptId.of("water"))), "A short summary", "Body\twith a tab",
        List.of("Ana Lima", "Bo Chen"), Optional.of("UNESCO"), Optional.of(LocalDate.of(2024, 2, 29)),
        Optional.of("report"), List.of(
            new Attachment("report.pdf", "application/pdf", 1_048_576,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
            new Attachment("data.csv", "text/csv", 0,
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"))), DOCUMENT);
  }

  @Test
  void documentWithNothingOptional() {
    assertReads(new Document(header("i-bare", "Bare doc", Visibility.PUBLIC, ReviewState.DRAFT, Set.of()),
        "Only a summary", "", List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()), BARE_DOCUMENT);
  }

  @Test
  void eventWithEveryField() {
    assertReads(new Event(header("i-event", "Webinar on wells", Visibility.MEMBERS, ReviewState.SUBMITTED, Set.of()),
        "Wells and pumps", Instant.parse("2024-05-10T14:00:00Z"), Instant.parse("2024-05-10T15:30:00Z"),
        ZoneId.of("America/Montreal"), Optional.of("Room 4"), Optional.of(URI.create("https://meet.example.org/wells")),
        true), EVENT);
  }

  @Test
  void eventWithNothingOptional() {
    assertReads(new Event(header("i-bev", "Meet", Visibility.PUBLIC, ReviewState.DRAFT, Set.of()), "",
        Instant.parse("2024-05-10T14:00:00Z"), Instant.parse("2024-05-10T14:00:00Z"), ZoneId.of("UTC"),
        Optional.empty(), Optional.empty(), false), BARE_EVENT);
  }

  @Test
  void announcements() {
    assertReads(new Announcement(header("i-ann", "Office closed", Visibility.PUBLIC, ReviewState.DRAFT, Set.of()),
        "Closed on Friday.", true, Optional.of(Instant.parse("2024-06-01T00:00:00Z"))), ANNOUNCEMENT);
    assertReads(new Announcement(header("i-plain", "Plain", Visibility.PUBLIC, ReviewState.PUBLISHED, Set.of()),
        "No expiry", false, Optional.empty()), ANNOUNCEMENT_WITHOUT_EXPIRY);
  }

  @Test
  void discussionWithReplies() {
    assertReads(new Discussion(header("i-disc", "Which pump?", Visibility.MEMBERS, ReviewState.REJECTED,
        Set.of(ConceptId.of("pumps"))), "Hand or solar?", true, List.of(
            new Reply(ReplyId.of("r-1"), UserId.of("u-bo"), "Solar.", Instant.parse("2024-03-03T08:00:00.5Z"), false),
            new Reply(ReplyId.of("r-2"), UserId.of("u-cy"), "Spam", Instant.parse("2024-03-03T09:00:00Z"), true))),
        DISCUSSION);
  }

  /** Written when schemes and concepts already kept their URI; those without one read as before it. */
  @Test
  void taxonomy() {
    SchemeId themes = SchemeId.of("themes");
    SchemeId regions = SchemeId.of("regions");
    Taxonomy read = TaxonomyCodec.decode(TAXONOMY);
    assertEquals(Taxonomy.builder()
        .scheme(new ConceptScheme(regions, LocalizedText.of("es", "Regiones"), Locale.forLanguageTag("es"),
            Optional.empty(), 0))
        .scheme(new ConceptScheme(themes, LocalizedText.of("en", "Themes").with("fr", "Thèmes"), Locale.ENGLISH,
            Optional.of(URI.create("http://example.org/themes")), 3))
        .concept(new Concept(ConceptId.of("andes"), regions, Optional.empty(), Optional.empty(),
            LocalizedText.of("es", "Los Andes"), Map.of(), Map.of(), LocalizedText.empty(), Set.of(), Set.of(), false, 0))
        .concept(new Concept(ConceptId.of("water"), themes, Optional.of(URI.create("http://example.org/water")),
            Optional.of("1"), LocalizedText.of("en", "Water").with("fr", "Eau"),
            Map.of(Locale.ENGLISH, Set.of("H2O", "Fresh water")), Map.of(Locale.FRENCH, Set.of("eaux")),
            LocalizedText.of("en", "The liquid."), Set.of(), Set.of(), false, 2))
        .concept(new Concept(ConceptId.of("wells"), themes, Optional.empty(), Optional.of("1.1"),
            LocalizedText.of("en", "Wells"), Map.of(), Map.of(), LocalizedText.empty(), Set.of(ConceptId.of("water")),
            Set.of(ConceptId.of("andes")), true, 0))
        .build(), read);
    assertEquals(Optional.empty(), read.scheme(regions).orElseThrow().uri());
    assertSameJson(TAXONOMY, TaxonomyCodec.encode(read));
  }

  private static ItemHeader header(String id, String title, Visibility visibility, ReviewState state,
      Set<ConceptId> concepts) {
    return new ItemHeader(ItemId.of(id), CommunityId.of("c-water"), UserId.of("u-ana"), title,
        Locale.forLanguageTag("fr-CA"), visibility, state, concepts, Instant.parse("2024-03-01T09:15:30.123456789Z"),
        Instant.parse("2024-03-02T10:00:00Z"), 4);
  }

  private static void assertReads(Item expected, String body) {
    Item read = ItemCodec.decode(body, 4);
    assertEquals(expected, read);
    assertSameJson(body, ItemCodec.encode(read));
  }

  /** The same JSON value, whatever the order of fields and the escapes chosen. */
  private static void assertSameJson(String expected, String actual) {
    JsonMapper json = new JsonMapper();
    assertEquals(json.readTree(expected), json.readTree(actual), actual);
  }
}
