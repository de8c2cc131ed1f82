package dev.convene.portal;

import static dev.convene.portal.HttpVisitor.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Item;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Role;
import dev.convene.core.model.SchemeId;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The inbox, the audit logs and the search suggestions over HTTP: who sees what, statuses, forms, escaping. */
class InboxAuditSuggestHttpTest {
  private static final SchemeId PROBES = SchemeId.of("probes");
  private static final Pattern NOTIFICATION_ID = Pattern.compile("name=\"id\" value=\"([^\"]+)\"");
  private static final Pattern UNREAD = Pattern.compile("<p id=\"unread\">(\\d+) unread</p>");

  @TempDir static Path folder;
  private static TestPortal portal;
  private static Convene convene;

  @BeforeAll
  static void start() {
    portal = new TestPortal(folder);
    convene = portal.portal.convene();
    // a concept in use in public documents, and one in use only in the hidden group's
    // added beside the seeded themes, which the seeded documents use
    convene.taxonomy().change(portal.actor("pat"), current -> current
        .with(ConceptScheme.of(PROBES, LocalizedText.of("en", "Probes"), Locale.ENGLISH))
        .with(Concept.builder(ConceptId.of("zenith"), PROBES).prefLabel("en", "Zenith studies")
            .prefLabel("fr", "Études zénith").prefLabel("es", "Estudios cénit").build())
        .with(Concept.builder(ConceptId.of("zephyr"), PROBES).prefLabel("en", "Zephyr operations").build()));
    publish("ada", SeedWorld.LIBRARY, ItemDraft.document("Zenith study", Locale.ENGLISH, Visibility.PUBLIC)
        .summary("A public study.").concepts(ConceptId.of("zenith")));
    publish("mo", portal.hiddenSlug(), ItemDraft.document("Secret zephyr memo", Locale.ENGLISH, Visibility.MEMBERS)
        .summary("For the group only.").concepts(ConceptId.of("zephyr")));
    convene.awaitSearchable(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  private static Item publish(String author, String slug, ItemDraft draft) {
    Actor actor = portal.actor(author);
    Community community = convene.communities().bySlug(actor, slug);
    Item item = convene.content().create(actor, community.id(), draft);
    return convene.content().submitOrPublish(actor, item.id());
  }

  private static void delivered() {
    assertTrue(convene.notifications().awaitDelivered(Duration.ofSeconds(30)), "notifications delivered");
  }

  private static long unread(HttpVisitor visitor) {
    Matcher m = UNREAD.matcher(visitor.get("/inbox").body());
    assertTrue(m.find(), "the inbox says how many are unread");
    return Long.parseLong(m.group(1));
  }

  @Nested
  class Inbox {
    @Test
    void anAnonymousVisitorHasNoInbox() {
      assertEquals(403, new HttpVisitor(portal).get("/inbox").statusCode());
    }

    @Test
    void aNotificationReachesOnlyThoseItIsForAndOnlyTheyMarkItRead() {
      publish("mia", SeedWorld.LIBRARY, ItemDraft.document("Inbox probe", Locale.ENGLISH, Visibility.MEMBERS)
          .summary("For the moderators' inboxes."));
      delivered();
      HttpVisitor ada = new HttpVisitor(portal, "ada");
      String page = ada.get("/inbox").body();
      assertTrue(page.contains("Inbox probe"), "an admin hears of a new item");
      assertTrue(page.contains("data-kind=\"item.published\""), "the code stays in the page for scripts");
      assertTrue(page.contains("<span class=\"tag kind\">Content</span>"), "the reader sees a word, not the code");
      for (String other : List.of("olga", "mia", "bob")) {
        HttpResponse<String> theirs = new HttpVisitor(portal, other).get("/inbox");
        assertEquals(200, theirs.statusCode());
        assertFalse(theirs.body().contains("Inbox probe"), other + " does not see another person's notification");
      }

      String line = page.substring(page.indexOf("Inbox probe"));
      Matcher id = NOTIFICATION_ID.matcher(line);
      assertTrue(id.find(), "an unread notification has a form to mark it read");
      long before = unread(ada);
      HttpVisitor mia = new HttpVisitor(portal, "mia");
      assertEquals(404, mia.post("/inbox/read", "csrf=" + mia.token() + "&id=" + encode(id.group(1)))
          .statusCode(), "another person's notification is as missing as none");
      assertEquals(403, ada.post("/inbox/read", "id=" + encode(id.group(1))).statusCode(), "no token, no change");
      assertEquals(403, ada.post("/inbox/read", "csrf=" + "0".repeat(48) + "&id=" + encode(id.group(1)))
          .statusCode());
      assertEquals(before, unread(ada));
      HttpResponse<String> read = ada.post("/inbox/read", "csrf=" + ada.token() + "&id=" + encode(id.group(1)));
      assertEquals(303, read.statusCode());
      assertEquals("/inbox", read.headers().firstValue("Location").orElse(""));
      assertEquals(before - 1, unread(ada));

      assertEquals(303, ada.post("/inbox/read", "csrf=" + ada.token()).statusCode());
      assertEquals(0, unread(ada), "mark all as read");
    }

    @Test
    void eachNotificationReadsInTheLanguageChosenInTheHeader() {
      publish("mia", SeedWorld.LIBRARY, ItemDraft.document("Language probe", Locale.ENGLISH, Visibility.PUBLIC)
          .summary("Heard of in three languages."));
      delivered();
      HttpVisitor ada = new HttpVisitor(portal, "ada");
      for (Map.Entry<String, String> said : List.of(Map.entry("en", "New document in Open Library: Language probe"),
          Map.entry("fr", "Nouvelle publication dans Open Library\u00A0: Language probe (document)"),
          Map.entry("es", "Se ha publicado un documento en Open Library: Language probe"))) {
        String page = ada.get("/inbox?lang=" + said.getKey()).body();
        assertTrue(page.contains(said.getValue()), said.getKey() + ": " + page);
      }
    }

    @Test
    void aNotificationAboutWhatItsOwnerNoLongerSeesShowsNeitherTitleNorLink() {
      Item gone = publish("mia", "climate-lab", ItemDraft.document("Vanishing probe", Locale.ENGLISH,
          Visibility.MEMBERS).summary("Members only."));
      delivered();
      HttpVisitor mo = new HttpVisitor(portal, "mo");
      assertTrue(mo.get("/inbox").body().contains("Vanishing probe"), "the moderator hears of it");
      Community climate = convene.communities().bySlug(portal.actor("mo"), "climate-lab");
      convene.memberships().leave(portal.actor("mo"), climate.id());
      String page = mo.get("/inbox").body();
      assertFalse(page.contains("Vanishing probe"), "no longer a member, no longer the title");
      assertFalse(page.contains("/d/" + gone.id().value()), "nor a link to it");
      assertTrue(page.contains(PortalText.of(Locale.ENGLISH).t("inbox.gone")));
      // bring the moderator back for the other tests
      convene.memberships().request(portal.actor("mo"), climate.id(), java.util.Optional.empty());
      convene.memberships().approve(portal.actor("ada"), climate.id(), UserId.of("mo"));
      convene.memberships().changeRole(portal.actor("ada"), climate.id(), UserId.of("mo"), Role.MODERATOR);
    }

    @Test
    void aSummaryIsEscaped() {
      portal.addEvilDocument();
      delivered();
      String page = new HttpVisitor(portal, "mo").get("/inbox").body();
      assertFalse(page.contains(TestPortal.EVIL_TITLE));
      assertFalse(page.contains("<script>alert(1)"));
      assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the title is shown, escaped");
    }
  }

  @Nested
  class Audit {
    @Test
    void aCommunityAdminReadsTheLogAndOthersAreRefused() {
      HttpResponse<String> admin = new HttpVisitor(portal, "ada").get("/c/" + SeedWorld.LIBRARY + "/audit");
      assertEquals(200, admin.statusCode());
      assertTrue(admin.body().contains("<td>bob</td>"), "the block of bob is in the log");
      assertTrue(admin.body().contains("Membership changed"));
      assertEquals(403, new HttpVisitor(portal, "mia").get("/c/" + SeedWorld.LIBRARY + "/audit").statusCode());
      assertEquals(403, new HttpVisitor(portal, "mo").get("/c/" + SeedWorld.LIBRARY + "/audit").statusCode());
      assertEquals(403, new HttpVisitor(portal).get("/c/" + SeedWorld.LIBRARY + "/audit").statusCode());
    }

    @Test
    void aHiddenGroupsLogIsTheSameNotFoundAsAMissingOne() {
      HttpVisitor olga = new HttpVisitor(portal, "olga");
      HttpResponse<String> hidden = olga.get("/c/" + portal.hiddenSlug() + "/audit");
      HttpResponse<String> missing = olga.get("/c/no-such-community/audit");
      assertEquals(404, hidden.statusCode());
      assertEquals(404, missing.statusCode());
      assertEquals(missing.body(), hidden.body());
      assertFalse(hidden.body().contains("Zephyr"));
      assertEquals(403, new HttpVisitor(portal, "mo").get("/c/" + portal.hiddenSlug() + "/audit").statusCode(),
          "a member who may see the group but not administer it");
      assertEquals(200, new HttpVisitor(portal, "ada").get("/c/" + portal.hiddenSlug() + "/audit").statusCode());
    }

    @Test
    void thePlatformLogIsForPlatformAdmins() {
      HttpVisitor pat = new HttpVisitor(portal, "pat");
      HttpResponse<String> platform = pat.get("/audit/platform");
      assertEquals(200, platform.statusCode());
      assertTrue(platform.body().contains("Taxonomy changed"), "the taxonomy set up for this test");
      assertTrue(pat.get("/audit").body().contains("id=\"platform-log\""));
      HttpVisitor ada = new HttpVisitor(portal, "ada");
      assertEquals(403, ada.get("/audit/platform").statusCode());
      assertFalse(ada.get("/audit").body().contains("platform-log"));
      assertEquals(403, new HttpVisitor(portal).get("/audit").statusCode());
    }

    @Test
    void theIndexListsOnlyTheLogsThePersonAdministers() {
      String ada = new HttpVisitor(portal, "ada").get("/audit").body();
      assertTrue(ada.contains("/c/" + SeedWorld.LIBRARY + "/audit"));
      assertTrue(ada.contains(SeedWorld.HIDDEN_NAME), "the admin of the hidden group sees its name");
      String mia = new HttpVisitor(portal, "mia").get("/audit").body();
      assertFalse(Pattern.compile("href=\"/c/[^\"]+/audit\"").matcher(mia).find(), "a member administers nothing");
      assertTrue(mia.contains("You administer no community."));
    }

    @Test
    void aLongLogPages() {
      Actor admin = portal.actor("ada");
      Community climate = convene.communities().bySlug(admin, "climate-lab");
      for (int i = 0; i < 12; i++) {
        convene.memberships().changeRole(admin, climate.id(), UserId.of("mia"), Role.MODERATOR);
        convene.memberships().changeRole(admin, climate.id(), UserId.of("mia"), Role.MEMBER);
      }
      HttpVisitor ada = new HttpVisitor(portal, "ada");
      String first = ada.get("/c/climate-lab/audit").body();
      assertEquals(20, rows(first).size());
      Matcher next = Pattern.compile("href=\"([^\"]+)\" id=\"next\"").matcher(first);
      assertTrue(next.find(), "a next page");
      HttpResponse<String> second = ada.get(next.group(1).replace("&amp;", "&"));
      assertEquals(200, second.statusCode());
      List<String> more = rows(second.body());
      assertTrue(more.size() >= 4, "24 role changes and the seed's lines: " + more.size());
      assertEquals(400, ada.get("/c/climate-lab/audit?after=not-a-cursor").statusCode());
    }

    private static List<String> rows(String page) {
      List<String> rows = new ArrayList<>();
      Matcher m = Pattern.compile("<tr><td>").matcher(page);
      while (m.find()) {
        rows.add(m.group());
      }
      return rows;
    }
  }

  @Nested
  class FacetsSideways {
    @Test
    void aChosenLanguageLeavesTheOtherLanguagesOffered() {
      String page = new HttpVisitor(portal).get("/search?q=2025&language=fr").body();
      assertTrue(page.contains("<p id=\"total\">1 found</p>"), "one public French document of 2025");
      assertTrue(page.contains("language=en"), "English is still offered");
      assertTrue(page.contains("language=es"), "Spanish is still offered");
      assertTrue(page.contains("class=\"selected\">French (1)</a>"), page);
    }

    @Test
    void aChosenValueNoHitCarriesStaysListedToBeUnchosen() {
      String page = new HttpVisitor(portal).get("/search?q=zenith&language=es").body();
      assertTrue(page.contains("<p id=\"total\">0 found</p>"));
      Matcher chosen = Pattern.compile("<a href=\"([^\"]*)\" class=\"selected\">es \\(0\\)</a>").matcher(page);
      assertTrue(chosen.find(), page);
      assertFalse(chosen.group(1).contains("language="), "its link unchooses it");
    }
  }

  @Nested
  class Suggestions {
    private final JsonMapper json = JsonMapper.builder().build();

    private List<String> suggest(HttpVisitor visitor, String typed) {
      HttpResponse<String> response = visitor.get("/search/suggest?q=" + encode(typed));
      assertEquals(200, response.statusCode());
      assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
      List<String> texts = new ArrayList<>();
      for (JsonNode s : json.readTree(response.body()).get("suggestions")) {
        texts.add(s.get("kind").asString() + ":" + s.get("text").asString());
      }
      return texts;
    }

    @Test
    void anOutsiderIsNeverSuggestedAHiddenGroupsConceptTitleOrName() {
      for (HttpVisitor outsider : List.of(new HttpVisitor(portal), new HttpVisitor(portal, "olga"))) {
        List<String> texts = suggest(outsider, "ze");
        assertTrue(texts.contains("concept:Zenith studies"), texts.toString());
        assertTrue(texts.contains("title:Zenith study"), texts.toString());
        for (String typed : List.of("ze", "zeph", "zephyr", "task force", "secret")) {
          String all = String.join("|", suggest(outsider, typed)).toLowerCase(Locale.ROOT);
          assertFalse(all.contains("zephyr"), typed + ": " + all);
          assertFalse(all.contains(SeedWorld.HIDDEN_NAME.toLowerCase(Locale.ROOT)), typed + ": " + all);
        }
      }
      List<String> member = suggest(new HttpVisitor(portal, "mo"), "zeph");
      assertTrue(member.contains("concept:Zephyr operations"), "a member of the group is suggested it: " + member);
      assertTrue(member.contains("title:Zephyr plan"), member.toString());
    }

    @Test
    void anOutsiderIsNeverSuggestedAMembersOnlyTitle() {
      // the same words suggest the members' briefing to a member of the library, and never to an outsider
      assertTrue(suggest(new HttpVisitor(portal, "mia"), "members brief").contains("title:Members' briefing"),
          "a member is suggested it");
      assertFalse(suggest(new HttpVisitor(portal, "olga"), "members brief").contains("title:Members' briefing"));
      assertFalse(suggest(new HttpVisitor(portal), "members brief").contains("title:Members' briefing"));
      // the seeded library's public policy briefs are suggested for "brief"; the members' briefing is not
      assertFalse(suggest(new HttpVisitor(portal, "olga"), "brief").contains("title:Members' briefing"));
      assertEquals(List.of(), suggest(new HttpVisitor(portal, "olga"), "Note aux"));
      assertEquals(List.of(), suggest(new HttpVisitor(portal), "Note aux"));
    }

    @Test
    void conceptsAreLabelledInTheDisplayLanguage() {
      HttpVisitor visitor = new HttpVisitor(portal);
      visitor.get("/search?lang=fr");
      assertTrue(suggest(visitor, "zé").contains("concept:Études zénith"));
      visitor.get("/search?lang=es");
      assertTrue(suggest(visitor, "ze").contains("concept:Estudios cénit"));
    }

    @Test
    void whatIsTypedIsNeverQuerySyntax() {
      HttpVisitor visitor = new HttpVisitor(portal);
      assertEquals(List.of(), suggest(visitor, ""));
      assertEquals(List.of(), suggest(visitor, "\"+-*()[]{}:^~"));
      assertEquals(200, visitor.get("/search/suggest").statusCode());
      suggest(visitor, "a".repeat(5_000));
      assertTrue(suggest(visitor, "(zenith\"*").contains("title:Zenith study"));
    }

    @Test
    void theSearchPageLoadsTheScriptFromThePortalAndWorksWithoutIt() {
      HttpVisitor visitor = new HttpVisitor(portal);
      String page = visitor.get("/search?q=zenith").body();
      assertTrue(page.contains("<script src=\"/suggest.js\" defer></script>"));
      assertTrue(page.contains("Zenith study"), "the form's plain GET answers without the script");
      HttpResponse<String> script = visitor.get("/suggest.js");
      assertEquals(200, script.statusCode());
      assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
      assertFalse(script.body().contains("innerHTML"), "suggestions are set as text, never as HTML");
    }
  }
}
