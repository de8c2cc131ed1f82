package dev.convene.core.policy;

import static dev.convene.core.policy.PolicyFixtures.AUTHOR;
import static dev.convene.core.policy.PolicyFixtures.CURATING;
import static dev.convene.core.policy.PolicyFixtures.STANDARD;
import static dev.convene.core.policy.PolicyFixtures.assertDecision;
import static dev.convene.core.policy.PolicyFixtures.community;
import static dev.convene.core.policy.PolicyFixtures.context;
import static dev.convene.core.policy.PolicyFixtures.document;

import dev.convene.core.model.Community;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.Decision.Outcome;
import dev.convene.core.policy.PolicyFixtures.Who;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may set an item's concepts as a curator (CATEGORISE_ITEM): one row per case of docs/decisions.md. */
class CategoriseTableTest {

  @ParameterizedTest(name = "{0} on a {1} {2} item, {3} community, curation {4}, review {5}: {6} {7}")
  @CsvSource({
      // who, state, declared, privacy, curation, community review, outcome, reason
      "CURATOR, PUBLISHED, PUBLIC, PUBLIC, false, false, ALLOW, ALLOWED",
      "CURATOR, PUBLISHED, PUBLIC, SEMI_PRIVATE, true, false, ALLOW, ALLOWED",
      "CURATOR, SUBMITTED, PUBLIC, PUBLIC, true, false, ALLOW, ALLOWED",
      "CURATOR, PUBLISHED, MEMBERS, PUBLIC, true, false, NOT_FOUND, ITEM_NOT_VISIBLE",
      "CURATOR, PUBLISHED, PUBLIC, PRIVATE, true, false, NOT_FOUND, ITEM_NOT_VISIBLE",
      "CURATOR, SUBMITTED, PUBLIC, PUBLIC, false, true, NOT_FOUND, ITEM_NOT_VISIBLE",
      "CURATOR, DRAFT, PUBLIC, PUBLIC, true, false, NOT_FOUND, ITEM_NOT_VISIBLE",
      "CURATOR, ARCHIVED, PUBLIC, PUBLIC, true, false, NOT_FOUND, ITEM_NOT_VISIBLE",
      "CURATOR, REJECTED, PUBLIC, PUBLIC, true, false, DENY, REVIEW_STATE",
      "MEMBER, PUBLISHED, PUBLIC, PUBLIC, true, false, DENY, CURATORS_ONLY",
      "ADMIN, PUBLISHED, PUBLIC, PUBLIC, false, false, DENY, CURATORS_ONLY",
      "MODERATOR, SUBMITTED, PUBLIC, PUBLIC, false, true, DENY, CURATORS_ONLY",
      "OUTSIDER, PUBLISHED, PUBLIC, PUBLIC, false, false, DENY, CURATORS_ONLY",
      "ANONYMOUS, PUBLISHED, PUBLIC, PUBLIC, false, false, DENY, SIGN_IN_REQUIRED",
      "PLATFORM_ADMIN, PUBLISHED, PUBLIC, PUBLIC, false, false, ALLOW, PLATFORM_ADMIN",
      "PLATFORM_ADMIN, DRAFT, PUBLIC, PUBLIC, false, false, DENY, REVIEW_STATE",
  })
  @DisplayName("curators categorise what they review and public items; nobody else but platform admins")
  void table(Who who, ReviewState state, Visibility declared, Privacy privacy, boolean curation, boolean review,
      Outcome outcome, Reason reason) {
    Community community = community("catalogue", privacy, privacy == Privacy.PUBLIC ? JoinPolicy.OPEN : JoinPolicy.REQUEST)
        .toBuilder().reviewBeforePublication(review).build();
    AccessPolicy policy = curation ? CURATING : STANDARD;
    AccessContext context = context(community, who).withItem(document(community, AUTHOR, declared, state));
    assertDecision(outcome, reason, policy.decide(who.actor(), Action.CATEGORISE_ITEM, context));
  }
}
