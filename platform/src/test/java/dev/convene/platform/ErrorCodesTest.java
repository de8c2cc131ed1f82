package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ADA;
import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.OLGA;
import static dev.convene.platform.ContentFixture.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.ConveneException;
import dev.convene.core.NotFoundException;
import dev.convene.core.RateLimitedException;
import dev.convene.core.ValidationException;
import dev.convene.core.membership.MembershipConflictException;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Visibility;
import dev.convene.storage.PageRequest;
import dev.convene.storage.ReportReason;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Refusals across the services carry the code and arguments docs/errors.md promises, so that a host
 * can word them in its own language; the expected values are read off the rules, not the code.
 */
class ErrorCodesTest {
  private final ContentFixture world = new ContentFixture();

  @Test
  @DisplayName("a policy refusal has the code of the policy's reason and no arguments")
  void policyDenial() {
    Community water = world.community("water");
    // a member may not post announcements: a moderator's right
    AccessDeniedException member = assertThrows(AccessDeniedException.class, () -> world.content().create(MEL,
        water.id(), ItemDraft.announcement("News", Locale.ENGLISH, Visibility.PUBLIC, "News.")));
    assertEquals("access-denied.role-required", member.code());
    assertEquals(Map.of(), member.arguments());
    // an anonymous visitor may not write at all
    AccessDeniedException anonymous = assertThrows(AccessDeniedException.class,
        () -> world.content().create(ANON, water.id(), doc("Notes", Visibility.PUBLIC)));
    assertEquals("access-denied.sign-in-required", anonymous.code());
    // a registered outsider is not a member
    AccessDeniedException outsider = assertThrows(AccessDeniedException.class,
        () -> world.content().create(OLGA, water.id(), doc("Notes", Visibility.PUBLIC)));
    assertEquals("access-denied.members-only", outsider.code());
  }

  @Test
  @DisplayName("a hidden group and a community that does not exist give the same code, arguments and message")
  void hiddenAsMissing() {
    Community cabinet = world.community("cabinet", b -> b.purpose(Purpose.HIDDEN_GROUP));
    Item minutes = world.published(MEL, cabinet, doc("Minutes", Visibility.MEMBERS));
    NotFoundException hidden = assertThrows(NotFoundException.class,
        () -> world.convene.communities().get(OLGA, cabinet.id()));
    NotFoundException hiddenItem = assertThrows(NotFoundException.class,
        () -> world.content().get(OLGA, minutes.id()));
    // the same ids, asked of a platform that never had them
    ContentFixture empty = new ContentFixture();
    NotFoundException missing = assertThrows(NotFoundException.class,
        () -> empty.convene.communities().get(OLGA, cabinet.id()));
    NotFoundException missingItem = assertThrows(NotFoundException.class,
        () -> empty.content().get(OLGA, minutes.id()));
    assertSame(missing, hidden);
    assertSame(missingItem, hiddenItem);
    assertEquals("not-found", hidden.code());
    assertEquals(Map.of(), hidden.arguments());
    assertEquals("community " + cabinet.id() + " not found", hidden.getMessage());
    assertEquals("item " + minutes.id() + " not found", hiddenItem.getMessage());
  }

  private static void assertSame(ConveneException expected, ConveneException actual) {
    assertEquals(List.of(expected.code(), expected.arguments(), expected.getMessage()),
        List.of(actual.code(), actual.arguments(), actual.getMessage()));
  }

  @Test
  @DisplayName("a validation failure names the field, the rule and the limit")
  void validation() {
    Community water = world.community("water");
    ValidationException title = assertThrows(ValidationException.class, () -> world.content().create(MEL,
        water.id(), doc("t".repeat(501), Visibility.PUBLIC)));
    assertEquals("validation.max-length", title.code());
    assertEquals(Map.of("field", "title", "limit", 500), title.arguments());
    ValidationException id = assertThrows(ValidationException.class, () -> CommunityId.of(" water"));
    assertEquals("validation.trimmed", id.code());
    assertEquals(Map.of("field", "communityId"), id.arguments());
  }

  @Test
  @DisplayName("a write on a stale version is conflict.stale-version with both versions")
  void staleVersion() {
    Community water = world.community("water");
    Community renamed = world.convene.communities().update(ADA, water.id(), water.version(),
        b -> b.name(LocalizedText.of("en", "Water and sanitation")));
    ConflictException stale = assertThrows(ConflictException.class, () -> world.convene.communities()
        .update(ADA, water.id(), water.version(), b -> b.name(LocalizedText.of("en", "Waters"))));
    assertEquals("conflict.stale-version", stale.code());
    assertEquals(Map.of("stored", renamed.version(), "expected", water.version()), stale.arguments());
    assertEquals(water.version() + 1, renamed.version());
  }

  @Test
  @DisplayName("a membership conflict names the reason, the community, the user, the event and their state")
  void membershipConflict() {
    Community water = world.community("water");
    // ada founded water and is its only admin: she may not leave it
    MembershipConflictException lastAdmin = assertThrows(MembershipConflictException.class,
        () -> world.convene.memberships().leave(ADA, water.id()));
    assertEquals("conflict.last-admin", lastAdmin.code());
    assertEquals(Map.of("community", water.id().value(), "user", "ada", "attempted", "left", "state", "active"),
        lastAdmin.arguments());
  }

  @Test
  @DisplayName("joining without accepting the guidelines names the community and the version to accept")
  void guidelinesNotAccepted() {
    Community water = world.community("water");
    world.convene.guidelines().publish(ADA, water.id(), LocalizedText.of("en", "Be kind."), 0);
    GuidelinesNotAcceptedException e = assertThrows(GuidelinesNotAcceptedException.class,
        () -> world.convene.memberships().join(OLGA, water.id()));
    assertEquals("validation.guidelines-not-accepted", e.code());
    assertEquals(Map.of("field", "guidelinesVersion", "community", water.id().value(), "currentVersion", 1),
        e.arguments());
  }

  @Test
  @DisplayName("a report over the limit is rate-limited with the action, the limit and the window")
  void rateLimited() {
    ReportWorld reports = new ReportWorld(new ReportLimit(1, Duration.ofHours(1)));
    Community water = reports.community("water");
    Item one = reports.doc(ReportWorld.MEL, water, "One", Visibility.MEMBERS);
    Item two = reports.doc(ReportWorld.MEL, water, "Two", Visibility.MEMBERS);
    reports.file(ReportWorld.MAX, ReportWorld.target(one), ReportReason.SPAM, "");
    RateLimitedException e = assertThrows(RateLimitedException.class,
        () -> reports.file(ReportWorld.MAX, ReportWorld.target(two), ReportReason.SPAM, ""));
    assertEquals("rate-limited", e.code());
    assertEquals(Map.of("action", "reports", "limit", 1, "window", Duration.ofHours(1)), e.arguments());
  }

  @Test
  @DisplayName("a refusal outside the policy has a code of its own")
  void otherRefusals() {
    AccessDeniedException audit = assertThrows(AccessDeniedException.class,
        () -> world.convene.audit().listPlatform(MEL, PageRequest.first(10)));
    assertEquals("access-denied.platform-admin-only", audit.code());
  }
}
