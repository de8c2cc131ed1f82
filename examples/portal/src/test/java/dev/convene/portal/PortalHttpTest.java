package dev.convene.portal;

import static dev.convene.portal.HttpVisitor.csrf;
import static dev.convene.portal.HttpVisitor.encode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Attachment;
import dev.convene.core.model.Community;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.MembershipState;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal over HTTP, as a browser without a browser: statuses, headers, forms and escaping. */
class PortalHttpTest {
  /** A script element that is not a reference to a script file of the portal. */
  private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=\"/)");

  @TempDir static Path folder;
  private static TestPortal portal;
  private static Item evil;

  @BeforeAll
  static void start() {
    portal = new TestPortal(folder);
    evil = portal.addEvilDocument();
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @Test
  void everyPageCarriesTheSecurityHeaders() {
    HttpVisitor visitor = new HttpVisitor(portal);
    for (String path : List.of("/", "/c/open-library", "/search?q=report", "/signin", "/c/no-such-community",
        "/no/such/page", "/style.css")) {
      HttpResponse<String> response = visitor.get(path);
      String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("default-src 'self'"), path + ": " + csp);
      assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
      assertFalse(csp.contains("unsafe-inline"), path + ": " + csp);
      assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), path);
      assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), path);
      assertFalse(INLINE_SCRIPT.matcher(response.body()).find(), path + " has no inline script");
      assertFalse(response.body().contains("<style"), path + " has no inline style sheet");
      assertFalse(response.body().contains(" style="), path + " has no inline style");
    }
  }

  @Test
  void aHiddenGroupIsNotFoundForAnOutsiderAndItsNameIsInNoResponse() {
    HttpVisitor olga = new HttpVisitor(portal, "olga");
    HttpResponse<String> hidden = olga.get("/c/" + portal.hiddenSlug());
    HttpResponse<String> missing = olga.get("/c/no-such-community");
    assertEquals(404, hidden.statusCode());
    assertEquals(404, missing.statusCode());
    assertEquals(missing.body(), hidden.body(), "one page for hidden and missing");

    Item plan = portal.hiddenDocument();
    HttpResponse<String> hiddenDocument = olga.get("/d/" + plan.id().value());
    assertEquals(404, hiddenDocument.statusCode());
    assertEquals(olga.get("/d/no-such-document").body(), hiddenDocument.body());
    assertEquals(404, olga.post("/c/" + portal.hiddenSlug() + "/join", "csrf=" + csrf(olga.get("/signin").body()))
        .statusCode());

    List<String> bodies = new ArrayList<>();
    bodies.add(hidden.body());
    bodies.add(hiddenDocument.body());
    String next = "/";
    while (!next.isEmpty()) { // every page of the directory
      String page = olga.get(next).body();
      bodies.add(page);
      Matcher m = Pattern.compile("href=\"([^\"]*)\" id=\"next\"").matcher(page);
      next = m.find() ? m.group(1).replace("&amp;", "&") : "";
    }
    for (String words : List.of("zephyr", "task force", "plan", "")) {
      bodies.add(olga.get("/search?q=" + encode(words)).body());
    }
    bodies.add(olga.get("/?purpose=HIDDEN_GROUP").body());
    for (String body : bodies) {
      assertFalse(body.contains("Zephyr"), body);
      assertFalse(body.contains("Task Force"), body);
    }
    // the group's own moderator does see it
    assertTrue(new HttpVisitor(portal, "mo").get("/c/" + portal.hiddenSlug()).body().contains(SeedWorld.HIDDEN_NAME));
  }

  @Test
  void aFormWithoutItsTokenIsRefusedAndChangesNothing() {
    HttpVisitor olga = new HttpVisitor(portal, "olga");
    Community library = portal.portal.convene().communities().bySlug(portal.actor("olga"), SeedWorld.LIBRARY);
    assertEquals(403, olga.post("/c/open-library/join", "").statusCode());
    assertEquals(403, olga.post("/c/open-library/join", "csrf=0123").statusCode());
    assertEquals(403, new HttpVisitor(portal).post("/signin", "user=pat").statusCode());
    assertTrue(portal.portal.convene().memberships().membership(portal.actor("olga"), library.id()).isEmpty());

    String space = olga.get("/c/open-library").body();
    assertTrue(space.contains("id=\"join\""), "an outsider may join the public library");
    HttpResponse<String> joined = olga.post("/c/open-library/join", "csrf=" + csrf(space));
    assertEquals(303, joined.statusCode());
    assertEquals("/c/open-library", joined.headers().firstValue("Location").orElse(""));
    assertEquals(MembershipState.ACTIVE, portal.portal.convene().memberships()
        .membership(portal.actor("olga"), library.id()).orElseThrow().state());
    assertTrue(olga.get("/c/open-library").body().contains("Members' briefing"));
  }

  @Test
  void askingToJoinACommunityThatReviewsRequestsLeavesARequest() {
    HttpVisitor olga = new HttpVisitor(portal, "olga");
    String space = olga.get("/c/climate-lab").body();
    assertTrue(space.contains("Ask to join"), space);
    assertEquals(303, olga.post("/c/climate-lab/join", "csrf=" + csrf(space) + "&message=" + encode("<b>hi</b>"))
        .statusCode());
    String after = olga.get("/c/climate-lab").body();
    assertTrue(after.contains("You asked to join"), after);
    assertFalse(after.contains("Working notes"), "a request is not a membership");
  }

  @Test
  void signingInReturnsOnlyToAPageOfThePortal() {
    HttpVisitor visitor = new HttpVisitor(portal);
    String token = csrf(visitor.get("/signin").body());
    for (String back : List.of("//example.org/x", "/\\example.org/x", "https://example.org/", "x")) {
      HttpResponse<String> response = visitor.post("/signin", "csrf=" + token + "&user=mia&back=" + encode(back));
      assertEquals(303, response.statusCode());
      assertEquals("/", response.headers().firstValue("Location").orElse(""), back);
    }
    HttpResponse<String> local = visitor.post("/signin", "csrf=" + token + "&user=mia&back=" + encode("/search?q=x"));
    assertEquals("/search?q=x", local.headers().firstValue("Location").orElse(""));
    assertEquals(400, visitor.post("/signin", "csrf=" + token + "&user=nobody").statusCode());
  }

  @Test
  void statusesFollowTheExceptions() {
    HttpVisitor bob = new HttpVisitor(portal, "bob");
    String token = csrf(bob.get("/signin").body());
    assertEquals(403, bob.post("/c/open-library/join", "csrf=" + token).statusCode(), "blocked");

    HttpResponse<String> badFilter = bob.get("/?privacy=SECRET");
    assertEquals(400, badFilter.statusCode());
    assertTrue(badFilter.body().contains("Privacy: not one of the listed choices."), badFilter.body());

    HttpResponse<String> longQuery = bob.get("/search?q=" + "a".repeat(2_001));
    assertEquals(400, longQuery.statusCode());
    assertTrue(longQuery.body().contains("id=\"q-error\""), "the message stands next to the field");

    assertEquals(404, bob.get("/no/such/page").statusCode());
    assertEquals(bob.get("/c/no-such-community").body(), bob.get("/no/such/page").body());
  }

  @Test
  void aPageInFrenchShowsFrenchWordsAndErrorsWordedFromTheirCodes() {
    HttpVisitor bob = new HttpVisitor(portal, "bob");
    String directory = bob.get("/?lang=fr").body();
    assertTrue(directory.contains("<html lang=\"fr\">"), directory);
    assertTrue(directory.contains("<h1>Communautés</h1>"), directory);
    assertTrue(directory.contains("Confidentialité :"), directory);
    assertTrue(directory.contains("<span class=\"tag\">Publique</span>"), "privacy labelled by the library, in French");
    assertTrue(directory.contains("Connecté en tant que : Bob, bloqué dans Open Library"), directory);
    assertFalse(directory.contains("Communities") || directory.contains("Next page"), directory);
    String space = bob.get("/c/climate-lab").body();
    assertTrue(space.contains(">Demander à rejoindre</button>"), space);
    assertTrue(space.contains("<span class=\"tag\">Groupe de travail</span>"), space);

    // bob is blocked in Open Library: access-denied.blocked
    HttpResponse<String> blocked = bob.submit("/c/open-library/join", "");
    assertEquals(403, blocked.statusCode());
    assertTrue(blocked.body().contains("<h1>Non autorisé</h1>"), blocked.body());
    assertTrue(blocked.body().contains("<p id=\"problem\">Votre accès à cette communauté est bloqué.</p>"),
        blocked.body());
    // validation.known-value on the field privacy, named by its French label
    HttpResponse<String> badFilter = bob.get("/?privacy=SECRET");
    assertEquals(400, badFilter.statusCode());
    assertTrue(badFilter.body().contains("<h1>Veuillez vérifier votre saisie</h1>"), badFilter.body());
    assertTrue(badFilter.body().contains("Confidentialité : ce choix ne fait pas partie de la liste."), badFilter.body());
    assertFalse(badFilter.body().contains("is not one of the listed choices"), "never the English message");
    // invalid-query.unclosed-quote next to the search field
    HttpResponse<String> quote = bob.get("/search?q=" + encode("\"climat"));
    assertEquals(400, quote.statusCode());
    assertTrue(quote.body().contains("<h1>Recherche</h1>"), quote.body());
    assertTrue(quote.body().contains("Les guillemets ouverts au caractère "), quote.body());

    String spanish = bob.get("/search?lang=es&q=climate").body();
    assertTrue(spanish.contains("<h1>Búsqueda</h1>") && spanish.contains(">Buscar</button>"), spanish);
  }

  @Test
  void inFrenchTooTheHiddenAndTheMissingAreOneAndTheSame404() {
    HttpVisitor olga = new HttpVisitor(portal, "olga");
    olga.get("/?lang=fr");
    HttpResponse<String> hidden = olga.get("/c/" + portal.hiddenSlug());
    HttpResponse<String> missing = olga.get("/c/no-such-community");
    assertEquals(404, hidden.statusCode());
    assertEquals(404, missing.statusCode());
    assertEquals(missing.body(), hidden.body(), "one page for hidden and missing");
    assertTrue(hidden.body().contains("<h1>Introuvable</h1>"), hidden.body());
    assertTrue(hidden.body().contains("Il n’y a rien ici, ou rien que vous puissiez voir."), hidden.body());
    HttpResponse<String> hiddenDocument = olga.get("/d/" + portal.hiddenDocument().id().value());
    assertEquals(404, hiddenDocument.statusCode());
    assertEquals(olga.get("/d/no-such-document").body(), hiddenDocument.body());
    assertEquals(olga.get("/no/such/page").body(), hiddenDocument.body());
    assertFalse(hiddenDocument.body().contains("Zephyr"), hiddenDocument.body());
  }

  @Test
  void titlesAreEscapedWhereverTheyAreShown() {
    HttpVisitor visitor = new HttpVisitor(portal);
    List<String> pages = List.of(visitor.get("/c/open-library").body(), visitor.get("/d/" + evil.id().value()).body(),
        visitor.get("/search?q=alert").body(), visitor.get("/search?q=" + encode(TestPortal.EVIL_TITLE)).body());
    Pattern quoteInATag = Pattern.compile("<[a-zA-Z][^<>]*\"onerror=");
    for (String page : pages) {
      assertFalse(INLINE_SCRIPT.matcher(page).find(), page);
      assertFalse(page.contains("<img"), page);
      assertFalse(quoteInATag.matcher(page).find(), "no quote ends an attribute early: " + page);
    }
    // in text, < and > are escaped (a quote is harmless there); in an attribute, the quotes are escaped too
    for (String page : pages.subList(0, 3)) {
      assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; \"onerror=alert(2) x"), page);
    }
    assertTrue(pages.get(1).contains("&lt;img src=x onerror=alert(3)&gt;"), pages.get(1));
    assertTrue(pages.get(3).contains("value=\"&lt;script>alert(1)&lt;/script> &#34;onerror=alert(2) x\""),
        pages.get(3));
  }

  @Test
  void anAnonymousVisitorAndAMemberSeeDifferentDocuments() {
    String anonymous = new HttpVisitor(portal).get("/c/open-library").body();
    String member = new HttpVisitor(portal, "mia").get("/c/open-library").body();
    for (String title : List.of("Annual report 2025", "Rapport annuel 2025", "Informe anual 2025")) {
      assertTrue(anonymous.contains(title), title);
      assertTrue(member.contains(title), title);
    }
    for (String title : List.of("Members' briefing", "Note aux membres", "Nota para los miembros")) {
      assertFalse(anonymous.contains(title), title);
      assertTrue(member.contains(title), title);
    }
  }

  @Test
  void anAttachmentDownloadsWithItsNameItsTypeAndNoSniffing() {
    HttpVisitor visitor = new HttpVisitor(portal);
    Community library = portal.portal.convene().communities().bySlug(portal.actor("ada"), SeedWorld.LIBRARY);
    Document report = portal.portal.convene().content().list(portal.actor("ada"), library.id(),
        dev.convene.storage.ItemQuery.all(), dev.convene.storage.PageRequest.first(50)).items().stream()
        .filter(i -> i.title().equals("Annual report 2025")).map(Document.class::cast).findFirst().orElseThrow();
    Attachment file = report.attachments().getFirst();
    String page = visitor.get("/d/" + report.id().value()).body();
    String link = "/d/" + report.id().value() + "/files/" + file.contentHash();
    assertTrue(page.contains("href=\"" + link + "\""), page);

    HttpResponse<byte[]> download = visitor.bytes(link);
    assertEquals(200, download.statusCode());
    assertArrayEquals("Résumé of the annual report.\n".getBytes(StandardCharsets.UTF_8), download.body());
    assertEquals("text/plain", download.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(PortalServer.contentDisposition(file.fileName()),
        download.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals(404, visitor.get("/d/" + report.id().value() + "/files/" + "0".repeat(64)).statusCode());
  }

  @Test
  void theContentDispositionEncodesTheName() {
    assertEquals("attachment; filename=\"r_sum_ _2025_.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%222025%22.txt",
        PortalServer.contentDisposition("résumé \"2025\".txt"));
  }

  @Test
  void theDisplayLanguageIsSwitchedInTheHeaderAndKeptInTheSession() {
    HttpVisitor visitor = new HttpVisitor(portal);
    assertTrue(visitor.get("/c/open-library").body().contains("Welcome to the Open Library"));
    String french = visitor.get("/c/open-library?lang=fr").body();
    assertTrue(french.contains("<html lang=\"fr\">"), french);
    assertTrue(french.contains("Bienvenue à la bibliothèque ouverte."), french);
    assertTrue(french.contains("français"), "languages are named in French: " + french);
    String spanish = visitor.get("/search?q=2025&lang=es").body();
    assertTrue(spanish.contains("francés (1)"), spanish);
    assertTrue(visitor.get("/c/open-library").body().contains("Bienvenidos a la biblioteca abierta."),
        "the choice stays for the session");
    assertEquals(200, visitor.get("/?lang=xx").statusCode(), "an unknown language is ignored");
  }

  @Test
  void searchCountsFacetsAndDrillsDown() {
    HttpVisitor mia = new HttpVisitor(portal, "mia");
    String all = mia.get("/search?q=" + encode("2025")).body();
    assertTrue(all.contains("3 found"), all);
    Matcher french = Pattern.compile("href=\"([^\"]*language=fr[^\"]*)\"[^>]*>French \\(1\\)").matcher(all);
    assertTrue(french.find(), all);
    String drilled = mia.get(french.group(1).replace("&amp;", "&")).body();
    assertTrue(drilled.contains("1 found"), drilled);
    assertTrue(drilled.contains("Rapport annuel 2025"), drilled);
    assertFalse(drilled.contains("Informe anual 2025"), drilled);
  }
}
