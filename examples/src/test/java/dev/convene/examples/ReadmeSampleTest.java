package dev.convene.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.convene.core.membership.Change;
import dev.convene.core.membership.Roster;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Decision;
import dev.convene.core.policy.PolicySettings;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's code sample, kept compiling and true. */
class ReadmeSampleTest {
  @Test
  void theReadmeSampleDoesWhatItSays() {
    AccessPolicy policy = AccessPolicy.of(PolicySettings.defaults().withCuratePublicContent(true));

    Community forum = Community.builder(CommunityId.of("c1"), "pension-reform")
        .name(LocalizedText.of("en", "Pension Reform").with("fr", "Réforme des retraites"))
        .privacy(Privacy.SEMI_PRIVATE)
        .reviewBeforePublication(true)
        .build();

    Actor visitor = Actor.user("olga");
    Roster roster = Roster.founded(forum.id(), UserId.of("ada"), Instant.now());

    AccessContext here = AccessContext.of(forum, Instant.now())
        .withMembership(roster.membership(UserId.of("olga")));

    Decision decision = policy.decide(visitor, Action.VIEW_MEMBERS, here);
    assertFalse(decision.isAllowed());
    policy.decide(visitor, Action.REQUEST_MEMBERSHIP, here).orThrow("community pension-reform");

    Change change = roster.request(UserId.of("olga"), Optional.of("I work on pensions"), Instant.now());
    assertEquals(MembershipState.REQUESTED, change.after().orElseThrow().state());
  }
}
