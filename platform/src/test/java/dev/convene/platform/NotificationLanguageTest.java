package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.convene.core.event.ItemChanged;
import dev.convene.core.membership.MembershipEvent;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Notifications carry what happened as data and a default text in each recipient's language. The
 * expected texts are written from the bundles' wording by hand; a no-break space comes before a
 * French colon.
 */
class NotificationLanguageTest {
  private static final Locale ES = Locale.forLanguageTag("es");
  private static final String NBSP = "\u00A0";
  /** Who reads which language; everyone else, ada included, gets English. */
  private static final Map<String, Locale> LANGUAGES = Map.of("mia", Locale.FRENCH, "remi", Locale.FRENCH,
      "bob", Locale.FRENCH, "zoe", Locale.FRENCH, "max", ES, "lia", ES, "olga", Locale.GERMAN);

  private final NotificationWorld world = new NotificationWorld(b -> b.languageOf(user -> LANGUAGES.get(user.value())));
  private final Community water = world.community("Water", b -> b.privacy(Privacy.SEMI_PRIVATE)
      .joinPolicy(JoinPolicy.REQUEST).name(LocalizedText.of(Map.of(Locale.ENGLISH, "Water", Locale.FRENCH, "Eau"))));

  NotificationLanguageTest() {
    for (String user : List.of("bob", "mia", "max", "olga")) {
      world.member(water, user, Role.MEMBER);
    }
  }

  private Notification to(String user, String kind) {
    return world.sink.delivered.stream().filter(n -> n.recipient().value().equals(user) && n.kind().equals(kind))
        .findFirst().orElseThrow(() -> new AssertionError(user + " was not told of " + kind));
  }

  private Item publish(String author, String actor, Visibility visibility, String title) {
    Item item = world.item(water, author, ItemType.DOCUMENT, visibility, ReviewState.PUBLISHED, title);
    world.itemEvent(item, ItemChanged.Kind.PUBLISHED, actor);
    return item;
  }

  @Test
  @DisplayName("each recipient reads a new item in their own language; a language without texts reads English")
  void newItemInEachLanguage() {
    for (String user : List.of("mia", "max", "olga")) {
      world.follow(user, water, NotificationLevel.ALL, Delivery.IMMEDIATE);
    }
    publish("bob", "bob", Visibility.MEMBERS, "Report");
    assertEquals(List.of("Nouvelle publication dans Eau" + NBSP + ": Report (document)"), world.sink.to("mia"));
    assertEquals(List.of("Se ha publicado un documento en Water: Report"), world.sink.to("max"));
    assertEquals(List.of("New document in Water: Report"), world.sink.to("olga"));
    assertEquals(List.of("New document in Water: Report"), world.sink.to("ada"), "no language: English");
  }

  @Test
  @DisplayName("the data of a new item: its community in the recipient's language, title, type, author, and the"
      + " author as actor when they published it themselves")
  void structuredData() {
    world.follow("mia", water, NotificationLevel.ALL, Delivery.IMMEDIATE);
    Item report = publish("bob", "bob", Visibility.MEMBERS, "Report");
    Notification n = to("mia", "item.published");
    assertEquals(Optional.of(UserId.of("bob")), n.actor());
    assertEquals(Optional.of(report.id()), n.item());
    assertEquals(water.id(), n.community());
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("community", "Eau");
    expected.put("title", "Report");
    expected.put("type", "DOCUMENT");
    expected.put("author", "bob");
    assertEquals(expected, n.parameters());
  }

  @Test
  @DisplayName("a reviewer who approves someone else's item is not named; its author reads the text about their own")
  void reviewerNotNamed() {
    world.follow("mia", water, NotificationLevel.ALL, Delivery.IMMEDIATE);
    publish("bob", "ada", Visibility.MEMBERS, "Report");
    assertEquals(List.of("Publication de votre document dans Eau" + NBSP + ": Report"), world.sink.to("bob"));
    assertEquals(List.of("Nouvelle publication dans Eau" + NBSP + ": Report (document)"), world.sink.to("mia"));
    world.sink.delivered.forEach(n -> assertEquals(Optional.empty(), n.actor(), n.recipient() + " was told"));
  }

  @Test
  @DisplayName("an inbox renders a notification in any language from its parameters")
  void renderInAnyLanguage() {
    world.follow("max", water, NotificationLevel.ALL, Delivery.IMMEDIATE);
    publish("bob", "bob", Visibility.MEMBERS, "Report");
    Notification n = to("max", "item.published");
    assertEquals("New document in Water: Report", n.summary(Locale.ENGLISH));
    assertEquals("Nouvelle publication dans Water" + NBSP + ": Report (document)", n.summary(Locale.CANADA_FRENCH));
    assertEquals("Se ha publicado un documento en Water: Report", n.summary(Locale.forLanguageTag("es-MX")));
    assertEquals("New document in Water: Report", n.summary(Locale.JAPANESE), "no texts: English");
    assertEquals(n.summary(), n.summary(ES), "the summary is the recipient's language's");
  }

  @Test
  @DisplayName("a request to join names its requester, as actor too, in the moderator's language")
  void requestInFrench() {
    world.member(water, "remi", Role.MODERATOR);
    world.put(water, "olga2", MembershipState.REQUESTED, Role.MEMBER);
    world.membershipEvent(water, "olga2", MembershipEvent.REQUESTED, "olga2");
    Notification n = to("remi", "membership.requested");
    assertEquals("olga2 demande à rejoindre Eau", n.summary());
    assertEquals("olga2 asked to join Water", to("ada", "membership.requested").summary());
    assertEquals(Optional.of(UserId.of("olga2")), n.actor());
    assertEquals(Map.of("community", "Eau", "member", "olga2"), n.parameters());
  }

  @Test
  @DisplayName("a role change reads as one's own to the member and as someone's to others, with the new role")
  void roleChangeInSpanish() {
    world.member(water, "lia", Role.MODERATOR);
    world.follow("max", water, NotificationLevel.ALL, Delivery.IMMEDIATE);
    world.membershipEvent(water, "lia", MembershipEvent.ROLE_CHANGED, "ada");
    Notification own = to("lia", "membership.role_changed");
    assertEquals("Tu rol en Water ha cambiado", own.summary());
    assertEquals("Your role in Water changed", own.summary(Locale.ENGLISH));
    assertEquals("El rol de lia en Water ha cambiado", to("max", "membership.role_changed").summary());
    assertEquals(Map.of("community", "Water", "member", "lia", "role", "MODERATOR"), own.parameters());
    assertEquals(Optional.empty(), own.actor(), "the admin who changed it is not named");
  }

  @Test
  @DisplayName("a privacy change names the privacy in the recipient's words")
  void privacyInEachLanguage() {
    world.follow("mia", water, NotificationLevel.ALL, Delivery.IMMEDIATE);
    world.follow("max", water, NotificationLevel.ALL, Delivery.IMMEDIATE);
    world.convene.communities().update(NotificationWorld.ADA, water.id(), water.version(),
        b -> b.privacy(Privacy.PRIVATE));
    world.deliver();
    assertEquals(List.of("La communauté Eau est désormais privée"), world.sink.to("mia"));
    assertEquals(List.of("La comunidad Water ahora es privada"), world.sink.to("max"));
    Notification n = to("max", "community.privacy_changed");
    assertEquals("Water is now private", n.summary(Locale.ENGLISH));
    assertEquals(Map.of("community", "Water", "privacy", "PRIVATE"), n.parameters());
    assertEquals(Optional.empty(), n.actor());
  }

  @Test
  @DisplayName("a digest is written in its recipient's language and names the same actor as at once")
  void digestInFrench() {
    world.follow("mia", water, NotificationLevel.ALL, Delivery.DAILY);
    publish("bob", "bob", Visibility.MEMBERS, "Report");
    publish("max", "ada", Visibility.MEMBERS, "Budget");
    assertEquals(1, world.notifications.sendDigests(Delivery.DAILY, NotificationWorld.LATER));
    List<Notification> digest = world.sink.digests.get(0);
    assertEquals(List.of("Nouvelle publication dans Eau" + NBSP + ": Report (document)",
        "Nouvelle publication dans Eau" + NBSP + ": Budget (document)"),
        digest.stream().map(Notification::summary).toList());
    assertEquals(List.of(Optional.of(UserId.of("bob")), Optional.empty()),
        digest.stream().map(Notification::actor).toList());
  }

  @Test
  @DisplayName("an outsider following the community learns nothing of a members-only item, in any language")
  void noLeakToOutsiders() {
    world.follow("zoe", water, NotificationLevel.ALL, Delivery.IMMEDIATE);
    world.follow("mia", water, NotificationLevel.ALL, Delivery.IMMEDIATE);
    publish("bob", "bob", Visibility.MEMBERS, "Secret plans");
    publish("bob", "bob", Visibility.PUBLIC, "Open data");
    assertEquals(List.of("Nouvelle publication dans Eau" + NBSP + ": Open data (document)"), world.sink.to("zoe"));
    assertEquals(2, world.sink.to("mia").size(), "a member hears of both");
    world.sink.delivered.stream().filter(n -> n.recipient().value().equals("zoe")).forEach(n -> {
      assertFalse(n.parameters().toString().contains("Secret"), n.parameters().toString());
      for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH, ES)) {
        assertFalse(n.summary(language).contains("Secret"), n.summary(language));
      }
    });
  }

  @Test
  @DisplayName("a host's language function that fails, or answers nothing, leaves the text in English")
  void failingLanguageFunction() {
    NotificationWorld failing = new NotificationWorld(b -> b.languageOf(user -> {
      throw new IllegalStateException("profiles are down");
    }));
    Community river = failing.community("River", b -> b);
    failing.member(river, "mia", Role.MEMBER);
    failing.follow("mia", river, NotificationLevel.ALL, Delivery.IMMEDIATE);
    Item report = failing.item(river, "ada", ItemType.DOCUMENT, Visibility.MEMBERS, ReviewState.PUBLISHED, "Report");
    failing.itemEvent(report, ItemChanged.Kind.PUBLISHED, "ada");
    assertEquals(List.of("New document in River: Report"), failing.sink.to("mia"));
  }
}
