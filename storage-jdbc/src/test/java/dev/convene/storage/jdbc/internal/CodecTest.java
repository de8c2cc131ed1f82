package dev.convene.storage.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Branding;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Permission;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The codecs: what is written reads back equal, however odd its text. */
class CodecTest {

  @Test
  void oddTextsRoundTripWithoutARawSurrogateInTheBody() {
    String odd = "quote \" backslash \\ tab \t newline \n nul \u0000 accents éàü emoji \uD83D\uDE00 lone \uD800 end";
    ItemHeader header = new ItemHeader(ItemId.of("i-1"), CommunityId.of("c-1"), UserId.of("u-1"), "Odd", Locale.ENGLISH,
        Visibility.PUBLIC, ReviewState.PUBLISHED, Set.of(), Instant.parse("2025-01-01T00:00:00Z"),
        Instant.parse("2025-01-01T00:00:00Z"), 3);
    Discussion discussion = new Discussion(header, odd, false,
        List.of(new Reply(ReplyId.of("r-1"), UserId.of("u-2"), odd, Instant.parse("2025-01-02T00:00:00Z"), false)));
    String body = ItemCodec.encode(discussion);
    assertEquals(discussion, ItemCodec.decode(body, 3));
    // a raw surrogate would not survive a database's UTF-8 text: it is written as an escape
    assertTrue(body.chars().noneMatch(c -> Character.isSurrogate((char) c)), body);
    assertTrue(body.contains("lone \\ud800 end"), body);
  }

  @Test
  void mentionsRoundTripAndABodyWithoutThemReadsAsMentioningNobody() {
    ItemHeader header = new ItemHeader(ItemId.of("i-1"), CommunityId.of("c-1"), UserId.of("u-1"), "Talk",
        Locale.ENGLISH, Visibility.MEMBERS, ReviewState.PUBLISHED, Set.of(), Instant.parse("2025-01-01T00:00:00Z"),
        Instant.parse("2025-01-01T00:00:00Z"), 0);
    Reply reply = new Reply(ReplyId.of("r-1"), UserId.of("u-2"), "@u-3", Instant.parse("2025-01-02T00:00:00Z"), false,
        Set.of(UserId.of("u-3")));
    Discussion mentioning = new Discussion(header, "@u-4 @u-3", false, List.of(reply),
        Set.of(UserId.of("u-4"), UserId.of("u-3")));
    String body = ItemCodec.encode(mentioning);
    assertEquals(mentioning, ItemCodec.decode(body, 0));
    assertTrue(body.contains("\"mentions\":[\"u-3\",\"u-4\"]"), body);
    // a body written before mentions were kept has no such key, and one that mentions nobody writes none
    Discussion silent = new Discussion(header, "Hello", false,
        List.of(new Reply(ReplyId.of("r-1"), UserId.of("u-2"), "Hi", Instant.parse("2025-01-02T00:00:00Z"), false)));
    String plain = ItemCodec.encode(silent);
    assertTrue(!plain.contains("mentions"), plain);
    assertEquals(Set.of(), ((Discussion) ItemCodec.decode(plain, 0)).mentions());
  }

  @Test
  void communityWithEveryFieldRoundTrips() {
    Community community = Community.builder(CommunityId.of("c-1"), "a-group").purpose(Purpose.HIDDEN_GROUP)
        .name(LocalizedText.of("fr-CA", "Groupe « secret »").with("en", "Secret group"))
        .description(LocalizedText.of("es", "Descripción\nen dos líneas"))
        .parent(CommunityId.of("parent")).sections(Set.of(Section.DISCUSSIONS, Section.DOCUMENTS))
        .branding(Branding.none().withLogo("blob:logo").withColours("#1a73e8", "#fff")
            .withWelcome(LocalizedText.of("en", "Welcome")))
        .defaultLanguage(Locale.forLanguageTag("pt-BR")).concepts(Set.of(ConceptId.of("b"), ConceptId.of("a")))
        .reviewBeforePublication(true)
        .permissions(RolePermissions.defaults().with(Permission.MODERATE, Role.ADMIN)
            .with(Permission.EDIT_OWN_ITEMS, Role.MODERATOR))
        .version(7).build();
    assertEquals(community, CommunityCodec.decode(CommunityCodec.encode(community), 7));
    Community bare = Community.builder(CommunityId.of("c-2"), "bare").name("Bare").sections(Set.of()).build();
    assertEquals(bare, CommunityCodec.decode(CommunityCodec.encode(bare), 0));
  }

  @Test
  void taxonomyWithEveryFieldRoundTrips() {
    SchemeId themes = SchemeId.of("themes");
    SchemeId regions = SchemeId.of("regions");
    Taxonomy taxonomy = Taxonomy.builder()
        .scheme(new ConceptScheme(themes, LocalizedText.of("en", "Themes").with("fr", "Thèmes"), Locale.ENGLISH,
            Optional.of(URI.create("http://example.org/themes")), 3))
        .scheme(ConceptScheme.of(regions, LocalizedText.of("es", "Regiones"), Locale.forLanguageTag("es")))
        .concept(Concept.builder(ConceptId.of("social"), themes).uri(URI.create("http://example.org/social"))
            .prefLabel("en", "Social protection")
            .prefLabel("fr", "Protection sociale").altLabel("en", "Welfare", "Safety net").hiddenLabel("fr", "protec soc")
            .definition("en", "Policies that…").notation("1").version(2).build())
        .concept(Concept.builder(ConceptId.of("pensions"), themes).prefLabel("en", "Pensions").broader(
            ConceptId.of("social")).related(ConceptId.of("latam")).notation("1.1").deprecated(true).build())
        .concept(Concept.builder(ConceptId.of("latam"), regions).prefLabel("es", "América Latina").build())
        .build();
    assertEquals(taxonomy, TaxonomyCodec.decode(TaxonomyCodec.encode(taxonomy)));
    assertEquals(Taxonomy.empty(), TaxonomyCodec.decode("{\"schemes\":[],\"concepts\":[]}"));
  }
}
