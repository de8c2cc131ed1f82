package dev.convene.core.policy;

import static dev.convene.core.policy.PolicyFixtures.NOW;
import static dev.convene.core.policy.PolicyFixtures.STANDARD;
import static dev.convene.core.policy.PolicyFixtures.assertDecision;
import static dev.convene.core.policy.PolicyFixtures.context;
import static dev.convene.core.policy.PolicyFixtures.discussion;
import static dev.convene.core.policy.PolicyFixtures.document;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Announcement;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Section;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.Decision.Outcome;
import dev.convene.core.policy.PolicyFixtures.Who;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Items out of readers' sight, one row per case and reader, worked out from DESIGN.md §9: a section
 * switched off hides its items from readers, members and authors included, while moderators, admins
 * and platform admins still see them; an announcement leaves readers' sight at its expiry (the
 * instant itself included) and stays readable to moderators. Every item here is published and
 * declared public in a public community, so without the rule everyone would read it. The author of
 * each item is the member.
 */
class WithdrawnItemTableTest {
  private static final Community OPEN = PolicyFixtures.community("withdrawn", Privacy.PUBLIC, JoinPolicy.OPEN);

  @ParameterizedTest(name = "{0}, read by {1} => {2} {3}")
  @CsvSource(textBlock = """
      # a document while the documents section is switched off
      documents off,              anonymous,      NOT_FOUND, ITEM_NOT_VISIBLE
      documents off,              outsider,       NOT_FOUND, ITEM_NOT_VISIBLE
      documents off,              curator,        NOT_FOUND, ITEM_NOT_VISIBLE
      documents off,              member,         NOT_FOUND, ITEM_NOT_VISIBLE
      documents off,              moderator,      ALLOW,
      documents off,              admin,          ALLOW,
      documents off,              platform admin, ALLOW,
      # a document while another section is switched off
      events off,                 anonymous,      ALLOW,
      events off,                 member,         ALLOW,
      # an announcement while the announcements section is switched off
      announcements off,          anonymous,      NOT_FOUND, ITEM_NOT_VISIBLE
      announcements off,          member,         NOT_FOUND, ITEM_NOT_VISIBLE
      announcements off,          moderator,      ALLOW,
      # an announcement that expired an hour ago
      expired,                    anonymous,      NOT_FOUND, ITEM_NOT_VISIBLE
      expired,                    outsider,       NOT_FOUND, ITEM_NOT_VISIBLE
      expired,                    member,         NOT_FOUND, ITEM_NOT_VISIBLE
      expired,                    moderator,      ALLOW,
      expired,                    admin,          ALLOW,
      expired,                    platform admin, ALLOW,
      # an announcement whose expiry is this very instant
      expires now,                anonymous,      NOT_FOUND, ITEM_NOT_VISIBLE
      expires now,                member,         NOT_FOUND, ITEM_NOT_VISIBLE
      expires now,                moderator,      ALLOW,
      # an announcement that expires in an hour, and one that never does
      expires later,              anonymous,      ALLOW,
      expires later,              member,         ALLOW,
      never expires,              anonymous,      ALLOW,
      never expires,              member,         ALLOW,
      """)
  void decidesTheCase(String situation, String reader, Outcome outcome, @Nullable Reason reason) {
    Who who = Who.of(reader);
    Community community = switch (situation) {
      case "documents off" -> without(Section.DOCUMENTS);
      case "events off" -> without(Section.EVENTS);
      case "announcements off" -> without(Section.ANNOUNCEMENTS);
      default -> OPEN;
    };
    Item item = switch (situation) {
      case "documents off", "events off" -> document(community, Who.MEMBER.user(), Visibility.PUBLIC,
          ReviewState.PUBLISHED);
      case "expired" -> announcement(Optional.of(NOW.minus(Duration.ofHours(1))));
      case "expires now" -> announcement(Optional.of(NOW));
      case "expires later" -> announcement(Optional.of(NOW.plus(Duration.ofHours(1))));
      default -> announcement(Optional.empty());
    };
    Decision decision = STANDARD.decide(who.actor(), Action.VIEW_ITEM, context(community, who).withItem(item));
    assertDecision(outcome, reason, decision);
    if (who == Who.PLATFORM_ADMIN) {
      assertTrue(decision.isPlatformAdminOverride(), "a platform admin's sight of a withdrawn item is audited");
    }
  }

  @ParameterizedTest(name = "reply by {0} with discussions switched off => {1} {2}")
  @CsvSource(textBlock = """
      member,         NOT_FOUND, ITEM_NOT_VISIBLE
      moderator,      DENY,      SECTION_DISABLED
      admin,          DENY,      SECTION_DISABLED
      platform admin, DENY,      SECTION_DISABLED
      """)
  void noRepliesWhileDiscussionsAreOff(String reader, Outcome outcome, Reason reason) {
    Who who = Who.of(reader);
    Community off = without(Section.DISCUSSIONS);
    Item talk = discussion(off, Who.MEMBER.user(), ReviewState.PUBLISHED, false);
    assertDecision(outcome, reason, STANDARD.decide(who.actor(), Action.REPLY, context(off, who).withItem(talk)));
  }

  @Test
  @DisplayName("switching the section back on brings its items and replies back as they were")
  void switchedBackOn() {
    Item talk = discussion(OPEN, Who.MEMBER.user(), ReviewState.PUBLISHED, false);
    assertDecision(Outcome.ALLOW, null,
        STANDARD.decide(Who.MEMBER.actor(), Action.REPLY, context(OPEN, Who.MEMBER).withItem(talk)));
  }

  private static Community without(Section section) {
    return OPEN.toBuilder().sections(EnumSet.complementOf(EnumSet.of(section))).build();
  }

  private static Announcement announcement(Optional<Instant> expires) {
    ItemHeader header = new ItemHeader(ItemId.of("news"), OPEN.id(), Who.MEMBER.user(), "News", Locale.ENGLISH,
        Visibility.PUBLIC, ReviewState.PUBLISHED, Set.of(), NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(2)), 0);
    return new Announcement(header, "Read me.", false, expires);
  }
}
