package dev.convene.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ValidationException;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommunityTest {
  private static Community.Builder community(String slug) {
    return Community.builder(CommunityId.of("c-" + slug), slug).name("Name of " + slug);
  }

  @Test
  @DisplayName("defaults: a public repository, open to join, every section on, active, version 0")
  void defaults() {
    Community c = community("water").build();
    assertEquals(Purpose.REPOSITORY, c.purpose());
    assertEquals(Privacy.PUBLIC, c.privacy());
    assertEquals(JoinPolicy.OPEN, c.joinPolicy());
    assertEquals(Set.of(Section.values()), c.sections());
    assertEquals(CommunityState.ACTIVE, c.state());
    assertEquals(0, c.version());
  }

  @Test
  @DisplayName("a semi-private or private community takes requests by default, a hidden group invitations")
  void defaultJoinPolicies() {
    assertEquals(JoinPolicy.REQUEST, community("semi").privacy(Privacy.SEMI_PRIVATE).build().joinPolicy());
    assertEquals(JoinPolicy.REQUEST, community("priv").privacy(Privacy.PRIVATE).build().joinPolicy());
    Community hidden = community("hidden").purpose(Purpose.HIDDEN_GROUP).build();
    assertEquals(Privacy.PRIVATE, hidden.privacy());
    assertEquals(JoinPolicy.INVITATION, hidden.joinPolicy());
  }

  @ParameterizedTest
  @ValueSource(strings = {"SEMI_PRIVATE", "PRIVATE"})
  @DisplayName("only a public community may be open to join")
  void openNeedsPublic(Privacy privacy) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> community("x1").privacy(privacy).joinPolicy(JoinPolicy.OPEN).build());
    assertEquals("joinPolicy", e.field());
    assertEquals("open-needs-public", e.rule());
  }

  @Test
  @DisplayName("a hidden group is always private and joined by invitation only")
  void hiddenGroupRules() {
    assertEquals("hidden-group-private", assertThrows(ValidationException.class,
        () -> community("h1").purpose(Purpose.HIDDEN_GROUP).privacy(Privacy.SEMI_PRIVATE).build()).rule());
    assertEquals("hidden-group-invitation", assertThrows(ValidationException.class,
        () -> community("h2").purpose(Purpose.HIDDEN_GROUP).joinPolicy(JoinPolicy.REQUEST).build()).rule());
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "x", "has space", "double--hyphen", "-lead", "trail-", "ümlaut"})
  @DisplayName("slugs are lower-case letters and digits separated by single hyphens, 2 to 64 characters")
  void rejectsBadSlugs(String slug) {
    ValidationException e = assertThrows(ValidationException.class, () -> community(slug).build());
    assertEquals("slug", e.field());
  }

  @Test
  @DisplayName("a community cannot be its own parent, and needs a name")
  void parentAndName() {
    assertEquals("not-self", assertThrows(ValidationException.class,
        () -> community("self").parent(CommunityId.of("c-self")).build()).rule());
    assertEquals("name", assertThrows(ValidationException.class,
        () -> Community.builder(CommunityId.of("c9"), "nameless").build()).field());
  }

  @Test
  @DisplayName("a blank name or description is reported on its own field, in the language it was given in")
  void textsNameTheirField() {
    ValidationException name = assertThrows(ValidationException.class, () -> community("blank").name(" ").build());
    assertEquals("name[en]", name.field());
    assertEquals("not-blank", name.rule());
    ValidationException french = assertThrows(ValidationException.class,
        () -> community("blank").defaultLanguage(Locale.FRENCH).name("\t").build());
    assertEquals("name[fr]", french.field());
    ValidationException description = assertThrows(ValidationException.class,
        () -> community("blank").description("").build());
    assertEquals("description[en]", description.field());
    assertEquals("Une description", community("fine").defaultLanguage(Locale.FRENCH).description("Une description")
        .build().description().get(Locale.FRENCH).orElseThrow());
  }

  @Test
  @DisplayName("a name or description given as plain text takes the default language the builder ends with")
  void plainTextTakesTheFinalLanguage() {
    Community reseau = Community.builder(CommunityId.of("c-r"), "reseau").name("Réseau").description("Un réseau")
        .defaultLanguage(Locale.FRENCH).build();
    assertEquals(LocalizedText.of("fr", "Réseau"), reseau.name());
    assertEquals(LocalizedText.of("fr", "Un réseau"), reseau.description());
    ValidationException french = assertThrows(ValidationException.class,
        () -> community("late").name(" ").defaultLanguage(Locale.FRENCH).build());
    assertEquals("name[fr]", french.field());
    LocalizedText both = LocalizedText.of("en", "Water").with("fr", "Eau");
    assertEquals(both, community("last").name("Plain").name(both).defaultLanguage(Locale.FRENCH).build().name());
    assertEquals(LocalizedText.of("fr", "Plain"),
        community("last").name(both).name("Plain").defaultLanguage(Locale.FRENCH).build().name());
  }

  @Test
  @DisplayName("names and descriptions are limited in length in each language, naming the language")
  void lengthLimits() {
    String longest = "n".repeat(Community.MAX_NAME_LENGTH);
    assertEquals(longest, community("long").name(longest).build().name().get(Locale.ENGLISH).orElseThrow());
    ValidationException name = assertThrows(ValidationException.class, () -> community("long")
        .name(LocalizedText.of("en", "Water").with("es", "n".repeat(Community.MAX_NAME_LENGTH + 1))).build());
    assertEquals("name[es]", name.field());
    assertEquals("max-length", name.rule());
    String description = "d".repeat(Community.MAX_DESCRIPTION_LENGTH);
    assertEquals(description, community("long").description(description).build().description()
        .get(Locale.ENGLISH).orElseThrow());
    ValidationException tooLong = assertThrows(ValidationException.class,
        () -> community("long").description(description + "d").build());
    assertEquals("description[en]", tooLong.field());
    assertEquals("max-length", tooLong.rule());
  }

  @Test
  @DisplayName("becoming closed turns an open join policy into requests")
  void withPrivacy() {
    Community open = community("open").build();
    Community closed = open.withPrivacy(Privacy.SEMI_PRIVATE);
    assertEquals(JoinPolicy.REQUEST, closed.joinPolicy());
    assertEquals(open.id(), closed.id());
    assertEquals(JoinPolicy.INVITATION,
        community("inv").joinPolicy(JoinPolicy.INVITATION).build().withPrivacy(Privacy.PRIVATE).joinPolicy());
  }

  @Test
  @DisplayName("closing a copy's privacy on its builder turns OPEN into REQUEST, and an explicit OPEN is still refused")
  void closingOnTheBuilder() {
    Community open = community("open").build();
    assertEquals(JoinPolicy.REQUEST, open.toBuilder().privacy(Privacy.SEMI_PRIVATE).build().joinPolicy());
    assertEquals(JoinPolicy.REQUEST, open.toBuilder().privacy(Privacy.PRIVATE).build().joinPolicy());
    assertEquals(JoinPolicy.OPEN, open.toBuilder().name("Renamed").build().joinPolicy());
    assertEquals(JoinPolicy.INVITATION, open.toBuilder().privacy(Privacy.PRIVATE).joinPolicy(JoinPolicy.INVITATION)
        .build().joinPolicy());
    assertEquals("open-needs-public", assertThrows(ValidationException.class,
        () -> open.toBuilder().privacy(Privacy.SEMI_PRIVATE).joinPolicy(JoinPolicy.OPEN).build()).rule());
  }

  @Test
  @DisplayName("a working group is never more open than its parent, one level deep, where the parent allows")
  void workingGroupRules() {
    Community parent = community("parent").privacy(Privacy.SEMI_PRIVATE).build();
    Community ok = community("wg").privacy(Privacy.PRIVATE).parent(parent.id()).build();
    assertTrue(ok.isWorkingGroup());
    assertEquals(ok, ok.checkWorkingGroupOf(parent));
    Community tooOpen = community("wg2").parent(parent.id()).build();
    assertEquals("not-more-open-than-parent",
        assertThrows(ValidationException.class, () -> tooOpen.checkWorkingGroupOf(parent)).rule());
    Community nested = community("wg3").privacy(Privacy.PRIVATE).parent(ok.id()).build();
    assertEquals("one-level", assertThrows(ValidationException.class, () -> nested.checkWorkingGroupOf(ok)).rule());
    Community noGroups = community("nogroups").sections(Set.of(Section.DOCUMENTS)).build();
    Community wg4 = community("wg4").parent(noGroups.id()).build();
    assertEquals("working-groups-enabled",
        assertThrows(ValidationException.class, () -> wg4.checkWorkingGroupOf(noGroups)).rule());
    assertFalse(parent.isWorkingGroup());
  }

  @Test
  @DisplayName("branding colours must be hex colours")
  void brandingColours() {
    Branding branding = Branding.none().withColours("#1a73e8", "#fff");
    assertEquals("#fff", branding.accentColour().orElseThrow());
    assertEquals("hex-colour",
        assertThrows(ValidationException.class, () -> Branding.none().withColours("blue", "#fff")).rule());
  }

  @Test
  @DisplayName("fixed rows of the role-permission table cannot be changed")
  void rolePermissions() {
    RolePermissions loosened = RolePermissions.defaults().with(Permission.POST_ANNOUNCEMENTS_AND_EVENTS, Role.MEMBER);
    assertTrue(loosened.grants(Role.MEMBER, Permission.POST_ANNOUNCEMENTS_AND_EVENTS));
    assertFalse(RolePermissions.defaults().grants(Role.MEMBER, Permission.POST_ANNOUNCEMENTS_AND_EVENTS));
    assertEquals("fixed-permission", assertThrows(ValidationException.class,
        () -> RolePermissions.defaults().with(Permission.ADMINISTER, Role.MODERATOR)).rule());
  }
}
