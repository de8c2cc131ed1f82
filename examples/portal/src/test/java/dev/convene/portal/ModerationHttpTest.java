package dev.convene.portal;

import static dev.convene.portal.HttpVisitor.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Community;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The membership, review and report pages over HTTP: statuses, form tokens, escaping and privacy. */
class ModerationHttpTest {
  @TempDir static Path folder;
  private static TestPortal portal;

  @BeforeAll
  static void start() {
    portal = new TestPortal(folder);
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  private static Optional<Membership> membership(String key, String slug) {
    Community community = portal.portal.convene().communities().bySlug(portal.actor("ada"), slug);
    return portal.portal.convene().memberships().membership(portal.actor(key), community.id());
  }

  @Test
  void theNewPagesCarryTheSecurityHeadersAndNoInlineScriptOrStyle() {
    Item item = ModerationFixtures.published(portal, "climate-lab", "Headers test");
    HttpVisitor ada = new HttpVisitor(portal, "ada");
    for (String path : List.of("/c/open-library/membership", "/c/open-library/members", "/c/open-library/requests",
        "/c/open-library/review", "/c/open-library/reports", "/d/" + encode(item.id().value()) + "/report")) {
      HttpResponse<String> response = ada.get(path);
      assertEquals(200, response.statusCode(), path);
      assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"),
          path);
      assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertFalse(response.body().contains("<script"), path);
      assertFalse(response.body().contains(" style="), path);
      assertFalse(response.body().contains("<style"), path);
    }
  }

  @Test
  void aMemberMayNotOpenTheModeratorsQueues() {
    HttpVisitor mia = new HttpVisitor(portal, "mia");
    // each refusal worded from its code: access-denied.moderators-only, access-denied.role-required
    for (Map.Entry<String, String> queue : Map.of("reports", "Only the community’s moderators may do this.",
        "requests", "Your role in this community does not allow this.").entrySet()) {
      HttpResponse<String> response = mia.get("/c/open-library/" + queue.getKey());
      assertEquals(403, response.statusCode(), queue.getKey());
      assertTrue(response.body().contains("<h1>Not allowed</h1>"), queue.getKey());
      assertTrue(response.body().contains(queue.getValue()), queue.getKey() + ": " + response.body());
    }
    HttpResponse<String> members = mia.get("/c/open-library/members");
    assertEquals(200, members.statusCode());
    assertTrue(members.body().contains("Mo, a moderator"));
    assertFalse(members.body().contains("Bob, blocked"), "a member sees the active members only");
    assertFalse(members.body().contains("/block\""), "a member blocks nobody");
    assertFalse(members.body().contains("id=\"invite\""), "a member invites nobody");
    assertEquals(200, new HttpVisitor(portal, "mo").get("/c/open-library/reports").statusCode());
    String asMo = new HttpVisitor(portal, "mo").get("/c/open-library/membership").body();
    assertTrue(asMo.contains("href=\"/c/open-library/reports\"") && asMo.contains("href=\"/c/open-library/requests\""));
    assertTrue(asMo.contains("href=\"/c/open-library/review\""), "moderators reach the review queue");
    String asMia = mia.get("/c/open-library/membership").body();
    assertFalse(asMia.contains("/reports\"") || asMia.contains("/requests\"") || asMia.contains("/review\""), asMia);
    String asPat = new HttpVisitor(portal, "pat").get("/c/open-library/membership").body();
    assertFalse(asPat.contains("/reports\""), "a platform admin's override is not offered as a link");
    assertEquals(200, new HttpVisitor(portal, "mo").get("/c/open-library/requests").statusCode());
  }

  @Test
  void aHiddenCommunitysPagesAreTheSameNotFoundAsMissingOnes() {
    HttpVisitor olga = new HttpVisitor(portal, "olga");
    for (String page : List.of("membership", "members", "requests", "review", "reports")) {
      HttpResponse<String> hidden = olga.get("/c/" + portal.hiddenSlug() + "/" + page);
      HttpResponse<String> missing = olga.get("/c/no-such-community/" + page);
      assertEquals(404, hidden.statusCode(), page);
      assertEquals(404, missing.statusCode(), page);
      assertEquals(missing.body(), hidden.body(), page);
      assertFalse(hidden.body().contains("Zephyr"), page);
    }
    HttpResponse<String> post = olga.submit("/c/" + portal.hiddenSlug() + "/reports/dismiss",
        "item=" + encode(portal.hiddenDocument().id().value()));
    assertEquals(404, post.statusCode());
    assertEquals(olga.get("/c/no-such-community/reports").body(), post.body());
    HttpResponse<String> report = olga.get("/d/" + encode(portal.hiddenDocument().id().value()) + "/report");
    assertEquals(404, report.statusCode());
  }

  @Test
  void everyNewFormIsRefusedWithoutItsToken() {
    Item item = ModerationFixtures.published(portal, "climate-lab", "Token test");
    String id = encode(item.id().value());
    HttpVisitor ada = new HttpVisitor(portal, "ada");
    List<String> forms = List.of("/c/climate-lab/join", "/c/climate-lab/accept", "/c/climate-lab/decline",
        "/c/climate-lab/withdraw", "/c/climate-lab/leave", "/c/climate-lab/invite",
        "/c/climate-lab/members/mia/approve", "/c/climate-lab/members/mia/reject",
        "/c/climate-lab/members/mia/remove", "/c/climate-lab/members/mia/block",
        "/c/climate-lab/members/mia/unblock", "/c/climate-lab/members/mia/role",
        "/c/climate-lab/review/" + id, "/d/" + id + "/report", "/c/climate-lab/reports/hide");
    for (String form : forms) {
      for (String token : List.of("", "csrf=" + "0".repeat(48) + "&")) {
        HttpResponse<String> refused = ada.post(form, token + "user=olga&role=ADMIN&verdict=approve&reason=SPAM&item="
            + id);
        assertEquals(403, refused.statusCode(), form + " " + token);
        assertTrue(refused.body().contains("The form had expired"), form);
      }
    }
    assertEquals(Optional.of(MembershipState.ACTIVE), membership("mia", "climate-lab").map(Membership::state));
    assertEquals(Optional.of(Role.MEMBER), membership("mia", "climate-lab").map(Membership::role));
    assertEquals(Optional.empty(), membership("olga", "climate-lab"), "nobody was invited");
  }

  @Test
  void aRequestWaitsInTheQueueWithItsMessageEscapedUntilApproved() {
    HttpVisitor olga = new HttpVisitor(portal, "olga");
    HttpResponse<String> page = olga.get("/c/pension-reform/membership");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"join\">Ask to join<"), page.body());
    // the community's guidelines are shown above the form, which sends back the version they accept
    assertTrue(page.body().contains("name=\"guidelines\" value=\"1\""), page.body());
    assertEquals(303, olga.submit("/c/pension-reform/join", "guidelines=1&accepted=yes&message="
        + encode("<b>please</b> \"x")).statusCode());
    assertEquals(Optional.of(MembershipState.REQUESTED), membership("olga", "pension-reform").map(Membership::state));
    assertTrue(olga.get("/c/pension-reform/membership").body().contains("id=\"withdraw\""));
    assertFalse(olga.get("/c/pension-reform").body().contains("<span class=\"tag\">Members only</span>"));

    HttpVisitor mo = new HttpVisitor(portal, "mo");
    String queue = mo.get("/c/pension-reform/requests").body();
    assertTrue(queue.contains("&lt;b&gt;please&lt;/b&gt; \"x"), queue);
    assertFalse(queue.contains("<b>please"));
    assertTrue(queue.contains("id=\"approve-olga\""));
    assertTrue(queue.contains("id=\"approve-rita\""), "the seeded request is there too");
    assertEquals(303, mo.submit("/c/pension-reform/members/olga/approve", "").statusCode());
    assertEquals(Optional.of(MembershipState.ACTIVE), membership("olga", "pension-reform").map(Membership::state));
    assertFalse(mo.get("/c/pension-reform/requests").body().contains("approve-olga"));
    String space = olga.get("/c/pension-reform").body();
    assertTrue(space.contains("<span class=\"tag\">Members only</span>"), "members-only documents now readable");
  }

  @Test
  void onlyAnAdminSeesRoleAndBlockButtonsAndAnUnknownInviteeIsAFieldError() {
    String asMo = new HttpVisitor(portal, "mo").get("/c/open-library/members").body();
    assertTrue(asMo.contains("id=\"invite\""));
    assertTrue(asMo.contains("id=\"remove-mia\""), "moderators remove members");
    assertFalse(asMo.contains("id=\"block-mia\""), "only admins block");
    assertFalse(asMo.contains("id=\"role-mia\""), "only admins change roles");

    HttpVisitor ada = new HttpVisitor(portal, "ada");
    String asAda = ada.get("/c/open-library/members").body();
    assertTrue(asAda.contains("id=\"block-mia\""));
    assertTrue(asAda.contains("id=\"role-mia\""));
    assertTrue(asAda.contains("id=\"unblock-bob\""), "the blocked are listed to those who moderate");
    assertFalse(asAda.contains("id=\"block-ada\""), "nobody blocks themselves");

    HttpResponse<String> unknown = ada.submit("/c/open-library/invite", "user=" + encode("<nobody>"));
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("id=\"invite-error\""), unknown.body());
    assertFalse(unknown.body().contains("<nobody>"));

    assertEquals(303, ada.submit("/c/open-library/invite", "user=olga&message=" + encode("Welcome")).statusCode());
    assertEquals(Optional.of(MembershipState.INVITED), membership("olga", "open-library").map(Membership::state));
    HttpVisitor olga = new HttpVisitor(portal, "olga");
    String invited = olga.get("/c/open-library/membership").body();
    assertTrue(invited.contains("id=\"accept\"") && invited.contains("id=\"decline\""), invited);
    assertEquals(303, olga.submit("/c/open-library/decline", "").statusCode());
    assertEquals(Optional.empty(), membership("olga", "open-library"));
  }

  @Test
  void anAdminChangesARoleThenBlocksAndUnblocks() {
    Community library = portal.portal.convene().communities().bySlug(portal.actor("ada"), SeedWorld.LIBRARY);
    portal.portal.convene().memberships().join(portal.actor("cora"), library.id());
    HttpVisitor ada = new HttpVisitor(portal, "ada");
    assertEquals(303, ada.submit("/c/open-library/members/cora/role", "role=MODERATOR").statusCode());
    assertEquals(Optional.of(Role.MODERATOR), membership("cora", "open-library").map(Membership::role));
    assertEquals(400, ada.submit("/c/open-library/members/cora/role", "role=owner").statusCode());
    assertEquals(403, new HttpVisitor(portal, "mo").submit("/c/open-library/members/cora/block", "").statusCode());
    assertEquals(303, ada.submit("/c/open-library/members/cora/block", "").statusCode());
    assertEquals(Optional.of(MembershipState.BLOCKED), membership("cora", "open-library").map(Membership::state));
    assertTrue(ada.get("/c/open-library/members").body().contains("id=\"unblock-cora\""));
    assertEquals(303, ada.submit("/c/open-library/members/cora/unblock", "").statusCode());
    assertEquals(Optional.empty(), membership("cora", "open-library"), "unblocked, an outsider again");
  }

  @Test
  void theLastAdminCannotLeave() {
    HttpVisitor ada = new HttpVisitor(portal, "ada");
    assertTrue(ada.get("/c/open-library/membership").body().contains("id=\"leave\""), "the policy allows leaving");
    HttpResponse<String> leave = ada.submit("/c/open-library/leave", "");
    assertEquals(409, leave.statusCode());
    assertTrue(leave.body().contains("keeps at least one admin"), leave.body());
    assertEquals(Optional.of(Role.ADMIN), membership("ada", "open-library").map(Membership::role));
  }

  @Test
  void guidelinesAreShownAndTheirVersionIsSentOnJoining() {
    int version = ModerationFixtures.guidelines(portal, "climate-lab");
    HttpVisitor cora = new HttpVisitor(portal, "cora");
    String page = cora.get("/c/climate-lab/membership").body();
    assertTrue(page.contains("Be kind &lt;b&gt;always&lt;/b&gt;."), page);
    assertTrue(page.contains("name=\"guidelines\" value=\"" + version + "\""), page);
    assertTrue(cora.get("/c/climate-lab/membership?lang=fr").body().contains("Soyez aimables."), "in French");
    cora.get("/c/climate-lab/membership?lang=en");
    HttpResponse<String> unread = cora.submit("/c/climate-lab/join", "message=hello");
    assertEquals(303, unread.statusCode());
    assertEquals("/c/climate-lab/membership", unread.headers().firstValue("Location").orElse(""));
    assertEquals(Optional.empty(), membership("cora", "climate-lab"));
    HttpResponse<String> unticked = cora.submit("/c/climate-lab/join", "guidelines=" + version);
    assertEquals(400, unticked.statusCode(), "box not ticked");
    assertTrue(unticked.body().contains("<p class=\"error\" id=\"enter-error\">Tick the box"), unticked.body());
    HttpResponse<String> tooLong = cora.submit("/c/climate-lab/join", "guidelines=" + version + "&accepted=yes&message="
        + "x".repeat(2001));
    assertEquals(400, tooLong.statusCode());
    assertTrue(tooLong.body().contains("id=\"enter-error\">The message"), tooLong.body());
    assertTrue(tooLong.body().contains("href=\"/c/climate-lab/membership?lang=fr\""), "the language links stay here");
    assertEquals(303, cora.submit("/c/climate-lab/join", "guidelines=" + version + "&accepted=yes").statusCode());
    assertEquals(Optional.of(MembershipState.REQUESTED), membership("cora", "climate-lab").map(Membership::state));
    assertTrue(portal.portal.convene().guidelines().acceptance(portal.actor("cora"),
        membership("cora", "climate-lab").orElseThrow().community()).isPresent());
  }

  @Test
  void aReportReachesTheModeratorsWithoutItsReporterAndHidingTakesTheDocumentAway() {
    Item item = ModerationFixtures.published(portal, "open-library", TestPortal.EVIL_TITLE);
    String id = encode(item.id().value());
    HttpVisitor anonymous = new HttpVisitor(portal);
    assertFalse(anonymous.get("/d/" + id).body().contains("id=\"report\""), "anonymous visitors cannot report");
    HttpVisitor olga = new HttpVisitor(portal, "olga");
    String document = olga.get("/d/" + id).body();
    assertTrue(document.contains("id=\"report\""));
    String form = olga.get("/d/" + id + "/report").body();
    assertFalse(form.contains("<script>alert(1)"), form);
    assertTrue(form.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), form);
    assertEquals(400, olga.submit("/d/" + id + "/report", "reason=nonsense").statusCode());
    HttpResponse<String> filed = olga.submit("/d/" + id + "/report",
        "reason=SPAM&text=" + encode("Olga <i>says</i> so"));
    assertEquals(303, filed.statusCode());
    HttpResponse<String> again = olga.submit("/d/" + id + "/report", "reason=HATE&text=again");
    assertEquals(400, again.statusCode());
    assertTrue(again.body().contains("id=\"report-error\""));
    new HttpVisitor(portal, "mia").submit("/d/" + id + "/report", "reason=SPAM");

    HttpVisitor mo = new HttpVisitor(portal, "mo");
    String queue = mo.get("/c/open-library/reports").body();
    assertTrue(queue.contains("Spam: 2"), queue);
    assertTrue(queue.contains("2 open"), queue);
    assertTrue(queue.contains("Olga &lt;i&gt;says&lt;/i&gt; so"), "the reporter's own words, escaped");
    assertFalse(queue.contains("<script>alert(1)"));
    for (String name : List.of("olga", "Olga, an outsider", "mia\"", "Mia, a member")) {
      assertFalse(queue.replace("Olga &lt;i&gt;", "").contains(name), "the page names no reporter: " + name);
    }
    assertFalse(queue.contains("class=\"block\""), "a moderator may not block");

    assertEquals(303, mo.submit("/c/open-library/reports/hide", "item=" + id).statusCode());
    assertEquals(ReviewState.ARCHIVED, portal.portal.convene().content().get(portal.actor("mo"), item.id())
        .reviewState());
    assertEquals(404, anonymous.get("/d/" + id).statusCode());
    assertEquals(404, olga.get("/d/" + id).statusCode());
    assertFalse(mo.get("/c/open-library/reports").body().contains("Spam: 2"));
  }

  @Test
  void aReplyIsReportedFromItsDiscussionAndLeavesReadersSightOnceHidden() {
    Discussion discussion = ModerationFixtures.discussion(portal, "open-library", TestPortal.EVIL_TITLE,
        Visibility.PUBLIC, "Buy cheap watches here");
    String page = "/i/" + encode(discussion.id().value());
    String form = page + "/replies/" + encode(discussion.replies().getFirst().id().value()) + "/report";
    HttpVisitor anonymous = new HttpVisitor(portal);
    assertTrue(anonymous.get(page).body().contains("Buy cheap watches here"));
    assertFalse(anonymous.get(page).body().contains("report-reply"), "anonymous visitors cannot report");
    HttpVisitor olga = new HttpVisitor(portal, "olga");
    assertTrue(olga.get(page).body().contains("href=\"" + form + "\""), olga.get(page).body());

    String shown = olga.get(form).body();
    assertTrue(shown.contains("A reply by mia in &lt;script&gt;alert(1)&lt;/script&gt;"), shown);
    assertFalse(shown.contains("<script>alert(1)"));
    assertEquals(403, olga.post(form, "reason=SPAM").statusCode());
    HttpResponse<String> filed = olga.submit(form, "reason=SPAM&text=" + encode("An <em>advert</em>"));
    assertEquals(303, filed.statusCode());
    assertEquals(form + "?filed=yes", filed.headers().firstValue("Location").orElse(""));
    assertEquals(400, olga.submit(form, "reason=SPAM").statusCode(), "already reported");

    HttpVisitor mo = new HttpVisitor(portal, "mo");
    String queue = mo.get("/c/open-library/reports").body();
    assertTrue(queue.contains("An &lt;em&gt;advert&lt;/em&gt;"), queue);
    assertTrue(queue.contains("name=\"reply\" value=\"" + discussion.replies().getFirst().id().value() + "\""), queue);
    assertEquals(303, mo.submit("/c/open-library/reports/hide", "item=" + encode(discussion.id().value())
        + "&reply=" + encode(discussion.replies().getFirst().id().value())).statusCode());

    assertEquals(200, olga.get(page).statusCode(), "the discussion stays");
    assertFalse(olga.get(page).body().contains("Buy cheap watches here"), "the hidden reply leaves readers' sight");
    assertFalse(anonymous.get(page).body().contains("Buy cheap watches here"));
    String missing = olga.get(page + "/replies/no-such-reply/report").body();
    HttpResponse<String> hidden = olga.get(form);
    assertEquals(404, hidden.statusCode());
    assertEquals(missing, hidden.body(), "a hidden reply is the same 404 as a missing one");
    assertEquals(404, olga.submit(form, "reason=HATE").statusCode());
  }

  @Test
  void aReplyInADiscussionOnlyMembersSeeCannotBeReportedByAnOutsider() {
    Discussion discussion = ModerationFixtures.discussion(portal, "open-library", "Members' corner",
        Visibility.MEMBERS, "Only for members");
    String form = "/i/" + encode(discussion.id().value()) + "/replies/"
        + encode(discussion.replies().getFirst().id().value()) + "/report";
    HttpVisitor olga = new HttpVisitor(portal, "olga");
    HttpResponse<String> refused = olga.get(form);
    assertEquals(404, refused.statusCode());
    assertEquals(olga.get("/i/no-such-item/replies/no-such-reply/report").body(), refused.body());
    assertFalse(refused.body().contains("Members' corner") || refused.body().contains("Members&#39; corner"));
    assertEquals(404, olga.submit(form, "reason=SPAM").statusCode());
    assertEquals(200, new HttpVisitor(portal, "mia").get(form).statusCode());
  }

  @Test
  void aMemberAcceptsNewGuidelinesFromTheMembershipPage() {
    Community health = portal.portal.convene().communities().bySlug(portal.actor("ada"), "urban-health");
    int version = portal.portal.convene().guidelines().publish(portal.actor("ada"), health.id(),
        LocalizedText.of(Locale.ENGLISH, "Cite <em>every</em> source.").with(Locale.FRENCH, "Citez chaque source."),
        1).version();
    assertEquals(2, version, "the seeded guidelines were the first version");
    HttpVisitor mia = new HttpVisitor(portal, "mia");
    String page = mia.get("/c/urban-health/membership").body();
    assertTrue(page.contains("Cite &lt;em&gt;every&lt;/em&gt; source."), page);
    assertTrue(page.contains("id=\"accept-guidelines\""), page);
    assertTrue(page.contains("name=\"guidelines\" value=\"2\""), page);
    assertTrue(mia.get("/c/urban-health/membership?lang=fr").body().contains("Citez chaque source."), "in French");
    mia.get("/c/urban-health/membership?lang=en");

    assertEquals(403, mia.post("/c/urban-health/guidelines", "guidelines=2&accepted=yes").statusCode(), "no token");
    HttpResponse<String> unticked = mia.submit("/c/urban-health/guidelines", "guidelines=2");
    assertEquals(400, unticked.statusCode());
    assertTrue(unticked.body().contains("id=\"guidelines-error\">Tick the box"), unticked.body());
    HttpResponse<String> old = mia.submit("/c/urban-health/guidelines", "guidelines=1&accepted=yes");
    assertEquals(400, old.statusCode(), "an older version is not the current one");
    assertTrue(old.body().contains("id=\"guidelines-error\">The guidelines changed meanwhile"), old.body());
    assertTrue(portal.portal.convene().guidelines().pending(portal.actor("mia"), health.id()).isPresent());

    HttpResponse<String> accepted = mia.submit("/c/urban-health/guidelines", "guidelines=2&accepted=yes");
    assertEquals(303, accepted.statusCode());
    assertEquals("/c/urban-health/membership", accepted.headers().firstValue("Location").orElse(""));
    assertEquals(Optional.empty(), portal.portal.convene().guidelines().pending(portal.actor("mia"), health.id()));
    assertFalse(mia.get("/c/urban-health/membership").body().contains("accept-guidelines"), "nothing left to accept");
    assertTrue(new HttpVisitor(portal, "mo").get("/c/urban-health/membership").body().contains("accept-guidelines"),
        "another member still has to accept them");

    HttpVisitor olga = new HttpVisitor(portal, "olga");
    assertFalse(olga.get("/c/urban-health/membership").body().contains("accept-guidelines"), "not a member");
    assertEquals(403, olga.submit("/c/urban-health/guidelines", "guidelines=2&accepted=yes").statusCode());
    HttpResponse<String> hidden = olga.submit("/c/" + portal.hiddenSlug() + "/guidelines", "guidelines=1&accepted=yes");
    assertEquals(404, hidden.statusCode());
    assertEquals(olga.get("/c/no-such-community/membership").body(), hidden.body());
  }

  @Test
  void theReviewQueueEscapesTitlesAndPublishesOnApproval() {
    Item item = ModerationFixtures.submittedForReview(portal, "cash-transfers", TestPortal.EVIL_TITLE);
    HttpVisitor mia = new HttpVisitor(portal, "mia");
    assertTrue(mia.get("/c/cash-transfers/review").body().contains("id=\"nothing\""), "mia reviews nothing");
    HttpVisitor mo = new HttpVisitor(portal, "mo");
    String queue = mo.get("/c/cash-transfers/review").body();
    assertFalse(queue.contains("<script>alert(1)"), queue);
    assertTrue(queue.contains("&lt;script&gt;alert(1)&lt;/script&gt; \"onerror=alert(2) x"), queue);
    String id = encode(item.id().value());
    assertEquals(400, mo.submit("/c/cash-transfers/review/" + id, "verdict=reject").statusCode(), "a reason is needed");
    assertEquals(403, mia.submit("/c/cash-transfers/review/" + id, "verdict=approve").statusCode());
    assertEquals(303, mo.submit("/c/cash-transfers/review/" + id, "verdict=approve").statusCode());
    assertEquals(ReviewState.PUBLISHED, portal.portal.convene().content().get(portal.actor("mia"), item.id())
        .reviewState());
    assertTrue(mo.get("/c/cash-transfers/review").body().contains("id=\"nothing\""));
  }
}
