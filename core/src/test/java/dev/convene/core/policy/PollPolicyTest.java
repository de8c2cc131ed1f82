package dev.convene.core.policy;

import static dev.convene.core.policy.PolicyFixtures.AUTHOR;
import static dev.convene.core.policy.PolicyFixtures.NOW;
import static dev.convene.core.policy.PolicyFixtures.STANDARD;
import static dev.convene.core.policy.PolicyFixtures.assertDecision;
import static dev.convene.core.policy.PolicyFixtures.context;
import static dev.convene.core.policy.PolicyFixtures.document;
import static dev.convene.core.policy.PolicyFixtures.poll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityState;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Poll;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Section;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.Decision.Outcome;
import dev.convene.core.policy.PolicyFixtures.Kind;
import dev.convene.core.policy.PolicyFixtures.Who;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Polls: who votes, who adds ideas, and who sees the counts when (docs/decisions.md, polls). */
class PollPolicyTest {
  private static final Optional<Instant> OPEN = Optional.of(NOW.plus(Duration.ofDays(1)));
  private static final Optional<Instant> CLOSED = Optional.of(NOW.minus(Duration.ofMinutes(1)));

  private static AccessContext at(Kind kind, Who who, Poll.Mode mode, Poll.ResultsVisibility results,
      Optional<Instant> closes) {
    Community community = kind.community();
    return context(community, who).withItem(poll(community, AUTHOR, Visibility.PUBLIC, ReviewState.PUBLISHED, mode,
        results, closes));
  }

  @Nested
  @DisplayName("Voting and adding ideas")
  class Participating {
    @ParameterizedTest(name = "{0} in a {1} community: vote {2}, idea {3}")
    @CsvSource({
        "anonymous,           PUBLIC/OPEN,  DENY,      DENY",
        "outsider,            PUBLIC/OPEN,  DENY,      DENY",
        "invited,             PUBLIC/OPEN,  DENY,      DENY",
        "requested,           PUBLIC/OPEN,  DENY,      DENY",
        "blocked,             PUBLIC/OPEN,  DENY,      DENY",
        "member,              PUBLIC/OPEN,  ALLOW,     ALLOW",
        "moderator,           PUBLIC/OPEN,  ALLOW,     ALLOW",
        "admin,               PUBLIC/OPEN,  ALLOW,     ALLOW",
        "curator,             PUBLIC/OPEN,  DENY,      DENY",
        "anonymous,           PRIVATE,      NOT_FOUND, NOT_FOUND",
        "outsider,            PRIVATE,      NOT_FOUND, NOT_FOUND",
        "blocked,             PRIVATE,      NOT_FOUND, NOT_FOUND",
        "member,              PRIVATE,      ALLOW,     ALLOW",
        "outsider,            HIDDEN_GROUP, NOT_FOUND, NOT_FOUND",
        "member,              HIDDEN_GROUP, ALLOW,     ALLOW",
        "platform admin,      PUBLIC/OPEN,  DENY,      DENY",
        "platform admin,      PRIVATE,      DENY,      DENY",
        "platform admin,      HIDDEN_GROUP, DENY,      DENY",
    })
    void asRepliesAre(String who, String kind, Outcome vote, Outcome idea) {
      AccessContext context = at(Kind.of(kind), Who.of(who), Poll.Mode.IDEAS, Poll.ResultsVisibility.ALWAYS, OPEN);
      assertDecision(vote, null, STANDARD.decide(Who.of(who).actor(), Action.VOTE, context));
      assertDecision(idea, null, STANDARD.decide(Who.of(who).actor(), Action.ADD_IDEA, context));
    }

    @Test
    @DisplayName("a platform admin takes part only as an active member: no override, and a refusal, not NOT_FOUND")
    void platformAdminTakesPartAsAMember() {
      for (Kind kind : new Kind[] {Kind.PUBLIC_OPEN, Kind.PRIVATE, Kind.HIDDEN_GROUP}) {
        Community community = kind.community();
        Poll poll = poll(community, AUTHOR, Visibility.MEMBERS, ReviewState.PUBLISHED, Poll.Mode.IDEAS,
            Poll.ResultsVisibility.ALWAYS, OPEN);
        AccessContext outside = context(community, Who.PLATFORM_ADMIN).withItem(poll);
        // the admin sees the members-only poll by the override, but may not vote by it
        assertTrue(STANDARD.decide(Who.PLATFORM_ADMIN.actor(), Action.VIEW_ITEM, outside).isPlatformAdminOverride());
        for (Action action : new Action[] {Action.VOTE, Action.ADD_IDEA}) {
          Decision refused = STANDARD.decide(Who.PLATFORM_ADMIN.actor(), action, outside);
          assertDecision(Outcome.DENY, Reason.MEMBERS_ONLY, refused);
          assertFalse(refused.isPlatformAdminOverride(), kind + " " + action);
        }
        AccessContext blocked = outside.withMembership(Optional.of(PolicyFixtures.membership(community,
            Who.PLATFORM_ADMIN.user(), MembershipState.BLOCKED, Role.MEMBER)));
        assertDecision(Outcome.DENY, Reason.BLOCKED, STANDARD.decide(Who.PLATFORM_ADMIN.actor(), Action.VOTE, blocked));
        AccessContext member = outside.withMembership(Optional.of(PolicyFixtures.active(community,
            Who.PLATFORM_ADMIN.user(), Role.MEMBER)));
        for (Action action : new Action[] {Action.VOTE, Action.ADD_IDEA}) {
          Decision allowed = STANDARD.decide(Who.PLATFORM_ADMIN.actor(), action, member);
          assertDecision(Outcome.ALLOW, Reason.ALLOWED, allowed);
          assertFalse(allowed.isPlatformAdminOverride(), kind + " " + action);
        }
      }
    }

    @Test
    @DisplayName("a platform admin is refused a vote in an archived community as everyone is")
    void platformAdminInAnArchivedCommunity() {
      Community archived = Kind.PUBLIC_OPEN.community().withState(CommunityState.ARCHIVED);
      Poll poll = poll(archived, AUTHOR, Visibility.MEMBERS, ReviewState.PUBLISHED, Poll.Mode.IDEAS,
          Poll.ResultsVisibility.ALWAYS, OPEN);
      assertDecision(Outcome.DENY, Reason.ARCHIVED, STANDARD.decide(Who.PLATFORM_ADMIN.actor(), Action.VOTE,
          context(archived, Who.PLATFORM_ADMIN).withItem(poll)));
    }

    @Test
    @DisplayName("a closed poll takes no vote and no idea, from anyone")
    void closed() {
      for (Who who : new Who[] {Who.MEMBER, Who.ADMIN, Who.PLATFORM_ADMIN}) {
        AccessContext context = at(Kind.PUBLIC_OPEN, who, Poll.Mode.IDEAS, Poll.ResultsVisibility.ALWAYS, CLOSED);
        assertDecision(Outcome.DENY, Reason.POLL_CLOSED, STANDARD.decide(who.actor(), Action.VOTE, context));
        assertDecision(Outcome.DENY, Reason.POLL_CLOSED, STANDARD.decide(who.actor(), Action.ADD_IDEA, context));
      }
    }

    @Test
    @DisplayName("a poll closes at its closing time exactly")
    void closesAtItsTime() {
      AccessContext context = at(Kind.PUBLIC_OPEN, Who.MEMBER, Poll.Mode.OPTIONS, Poll.ResultsVisibility.ALWAYS,
          Optional.of(NOW));
      assertDecision(Outcome.DENY, Reason.POLL_CLOSED, STANDARD.decide(Who.MEMBER.actor(), Action.VOTE, context));
    }

    @Test
    @DisplayName("a poll with fixed options takes votes but no ideas")
    void fixedOptions() {
      AccessContext context = at(Kind.PUBLIC_OPEN, Who.MEMBER, Poll.Mode.OPTIONS, Poll.ResultsVisibility.ALWAYS, OPEN);
      assertDecision(Outcome.ALLOW, null, STANDARD.decide(Who.MEMBER.actor(), Action.VOTE, context));
      assertDecision(Outcome.DENY, Reason.POLL_OPTIONS_FIXED,
          STANDARD.decide(Who.MEMBER.actor(), Action.ADD_IDEA, context));
    }

    @Test
    @DisplayName("the polls section switched off takes no votes; the poll is hidden from members")
    void sectionOff() {
      EnumSet<Section> sections = EnumSet.allOf(Section.class);
      sections.remove(Section.POLLS);
      Community off = Kind.PUBLIC_OPEN.community().toBuilder().sections(sections).build();
      Poll poll = poll(off, AUTHOR, Visibility.PUBLIC, ReviewState.PUBLISHED, Poll.Mode.IDEAS,
          Poll.ResultsVisibility.ALWAYS, OPEN);
      assertDecision(Outcome.NOT_FOUND, null,
          STANDARD.decide(Who.MEMBER.actor(), Action.VOTE, context(off, Who.MEMBER).withItem(poll)));
      assertDecision(Outcome.DENY, Reason.SECTION_DISABLED,
          STANDARD.decide(Who.ADMIN.actor(), Action.VOTE, context(off, Who.ADMIN).withItem(poll)));
      assertDecision(Outcome.DENY, Reason.SECTION_DISABLED,
          STANDARD.decide(Who.MEMBER.actor(), Action.CREATE_POLL, context(off, Who.MEMBER)));
    }

    @Test
    @DisplayName("a draft poll takes no votes, even from its author")
    void draft() {
      Community community = Kind.PUBLIC_OPEN.community();
      Poll poll = poll(community, Who.MEMBER.user(), Visibility.PUBLIC, ReviewState.DRAFT, Poll.Mode.IDEAS,
          Poll.ResultsVisibility.ALWAYS, OPEN);
      assertDecision(Outcome.DENY, Reason.REVIEW_STATE,
          STANDARD.decide(Who.MEMBER.actor(), Action.VOTE, context(community, Who.MEMBER).withItem(poll)));
    }

    @Test
    @DisplayName("members create polls; outsiders may not")
    void create() {
      Community community = Kind.PUBLIC_OPEN.community();
      assertDecision(Outcome.ALLOW, null,
          STANDARD.decide(Who.MEMBER.actor(), Action.CREATE_POLL, context(community, Who.MEMBER)));
      assertDecision(Outcome.DENY, null,
          STANDARD.decide(Who.OUTSIDER.actor(), Action.CREATE_POLL, context(community, Who.OUTSIDER)));
    }

    @Test
    @DisplayName("voting on another kind of item is a validation error")
    void notAPoll() {
      Community community = Kind.PUBLIC_OPEN.community();
      AccessContext context = context(community, Who.MEMBER)
          .withItem(document(community, AUTHOR, Visibility.PUBLIC, ReviewState.PUBLISHED));
      assertThrows(ValidationException.class, () -> STANDARD.decide(Who.MEMBER.actor(), Action.VOTE, context));
      assertThrows(ValidationException.class, () -> STANDARD.decideResults(Who.MEMBER.actor(), context, false));
    }
  }

  @Nested
  @DisplayName("Seeing the results")
  class Results {
    @ParameterizedTest(name = "{0}, voted {1}, {2}, closed {3}: {4}")
    @CsvSource({
        // ALWAYS: whoever may see the poll
        "anonymous,      false, ALWAYS,        false, ALLOW",
        "outsider,       false, ALWAYS,        false, ALLOW",
        "member,         false, ALWAYS,        false, ALLOW",
        // AFTER_VOTING: those who voted, and moderators and admins
        "anonymous,      false, AFTER_VOTING,  false, DENY",
        "outsider,       false, AFTER_VOTING,  false, DENY",
        "member,         false, AFTER_VOTING,  false, DENY",
        "member,         true,  AFTER_VOTING,  false, ALLOW",
        "member,         false, AFTER_VOTING,  true,  DENY",
        "moderator,      false, AFTER_VOTING,  false, ALLOW",
        "admin,          false, AFTER_VOTING,  false, ALLOW",
        "platform admin, false, AFTER_VOTING,  false, ALLOW",
        // AFTER_CLOSING: everyone who may see the poll, once closed; moderators and admins at any time
        "anonymous,      false, AFTER_CLOSING, false, DENY",
        "anonymous,      false, AFTER_CLOSING, true,  ALLOW",
        "member,         true,  AFTER_CLOSING, false, DENY",
        "member,         false, AFTER_CLOSING, true,  ALLOW",
        "moderator,      false, AFTER_CLOSING, false, ALLOW",
        "admin,          false, AFTER_CLOSING, false, ALLOW",
    })
    void bySetting(String who, boolean voted, Poll.ResultsVisibility results, boolean closed, Outcome outcome) {
      Who actor = Who.of(who);
      AccessContext context = at(Kind.PUBLIC_OPEN, actor, Poll.Mode.OPTIONS, results, closed ? CLOSED : OPEN);
      Decision decision = STANDARD.decideResults(actor.actor(), context, voted);
      assertDecision(outcome, outcome == Outcome.DENY ? Reason.RESULTS_NOT_YET_VISIBLE : null, decision);
    }

    @Test
    @DisplayName("a platform admin sees hidden results only as an audited override")
    void platformAdmin() {
      AccessContext context = at(Kind.PUBLIC_OPEN, Who.PLATFORM_ADMIN, Poll.Mode.OPTIONS,
          Poll.ResultsVisibility.AFTER_CLOSING, OPEN);
      Decision decision = STANDARD.decideResults(Who.PLATFORM_ADMIN.actor(), context, false);
      assertDecision(Outcome.ALLOW, Reason.PLATFORM_ADMIN, decision);
    }

    @Test
    @DisplayName("the results of a poll the actor may not see are not found, whatever the setting")
    void hidden() {
      for (Poll.ResultsVisibility results : Poll.ResultsVisibility.values()) {
        AccessContext context = at(Kind.PRIVATE, Who.OUTSIDER, Poll.Mode.OPTIONS, results, CLOSED);
        assertDecision(Outcome.NOT_FOUND, null, STANDARD.decideResults(Who.OUTSIDER.actor(), context, true));
        AccessContext anonymous = at(Kind.PRIVATE, Who.ANONYMOUS, Poll.Mode.OPTIONS, results, CLOSED);
        assertDecision(Outcome.NOT_FOUND, null, STANDARD.decideResults(Who.ANONYMOUS.actor(), anonymous, false));
      }
    }
  }
}
