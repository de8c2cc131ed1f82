package dev.convene.core.policy;

import static dev.convene.core.policy.PolicyFixtures.AUTHOR;
import static dev.convene.core.policy.PolicyFixtures.CURATING;
import static dev.convene.core.policy.PolicyFixtures.NOW;
import static dev.convene.core.policy.PolicyFixtures.STANDARD;
import static dev.convene.core.policy.PolicyFixtures.active;
import static dev.convene.core.policy.PolicyFixtures.assertDecision;
import static dev.convene.core.policy.PolicyFixtures.community;
import static dev.convene.core.policy.PolicyFixtures.context;
import static dev.convene.core.policy.PolicyFixtures.discussion;
import static dev.convene.core.policy.PolicyFixtures.document;
import static dev.convene.core.policy.PolicyFixtures.hiddenGroup;
import static dev.convene.core.policy.PolicyFixtures.invited;
import static dev.convene.core.policy.PolicyFixtures.membership;
import static dev.convene.core.policy.PolicyFixtures.poll;
import static dev.convene.core.policy.PolicyFixtures.workingGroup;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Community;
import dev.convene.core.model.Document;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.CommunityState;
import dev.convene.core.model.Item;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Poll;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Section;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.Decision.Outcome;
import dev.convene.core.policy.PolicyFixtures.Who;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules that complete DESIGN.md §3's tables, one group of rules per nested class. */
class PolicyRulesTest {
  private static final UserId SOMEONE = UserId.of("someone");

  private static Decision decide(Who who, Action action, AccessContext context) {
    return STANDARD.decide(who.actor(), action, context);
  }

  private static Community reviewing(Privacy privacy) {
    return community("reviewing", privacy, JoinPolicy.REQUEST).toBuilder().reviewBeforePublication(true).build();
  }

  @Nested
  @DisplayName("Review states")
  class ReviewStates {
    private final Community reviewed = reviewing(Privacy.SEMI_PRIVATE);
    private final Community unreviewed = community("unreviewed", Privacy.SEMI_PRIVATE, JoinPolicy.REQUEST);

    /** The decision on a members-only document in the given state, written by {@code author}. */
    private Decision onItem(Who who, Action action, Community community, UserId author, ReviewState state) {
      return decide(who, action,
          context(community, who).withItem(document(community, author, Visibility.MEMBERS, state)));
    }

    private Decision byAuthor(Who author, Action action, Community community, ReviewState state) {
      return onItem(author, action, community, author.user(), state);
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(value = ReviewState.class, names = {"DRAFT", "REJECTED"})
    @DisplayName("the author submits a draft or a rejected item where review is required")
    void authorSubmits(ReviewState from) {
      assertDecision(Outcome.ALLOW, null, byAuthor(Who.MEMBER, Action.SUBMIT_ITEM, reviewed, from));
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(value = ReviewState.class, names = {"DRAFT", "REJECTED"})
    @DisplayName("the author publishes a draft or a rejected item directly where no review is required")
    void authorPublishesDirectly(ReviewState from) {
      assertDecision(Outcome.ALLOW, null, byAuthor(Who.MEMBER, Action.PUBLISH_ITEM, unreviewed, from));
    }

    @Test
    @DisplayName("a submitted item whose community stopped reviewing is published by its author, not resubmitted")
    void waitingItemPublishedWhenReviewStops() {
      assertDecision(Outcome.ALLOW, null, byAuthor(Who.MEMBER, Action.PUBLISH_ITEM, unreviewed, ReviewState.SUBMITTED));
      assertDecision(Outcome.DENY, Reason.REVIEW_STATE,
          byAuthor(Who.MEMBER, Action.PUBLISH_ITEM, reviewed, ReviewState.SUBMITTED));
      assertDecision(Outcome.DENY, Reason.REVIEW_STATE,
          byAuthor(Who.MEMBER, Action.SUBMIT_ITEM, unreviewed, ReviewState.SUBMITTED));
    }

    @Test
    @DisplayName("an item that needs review is not published directly")
    void reviewedItemIsNotPublishedDirectly() {
      assertDecision(Outcome.DENY, Reason.REVIEW_REQUIRED,
          byAuthor(Who.MEMBER, Action.PUBLISH_ITEM, reviewed, ReviewState.DRAFT));
    }

    @Test
    @DisplayName("an item that needs no review is not submitted")
    void unreviewedItemIsNotSubmitted() {
      assertDecision(Outcome.DENY, Reason.REVIEW_NOT_REQUIRED,
          byAuthor(Who.MEMBER, Action.SUBMIT_ITEM, unreviewed, ReviewState.DRAFT));
    }

    @ParameterizedTest(name = "not from {0}")
    @EnumSource(value = ReviewState.class, names = {"SUBMITTED", "PUBLISHED", "ARCHIVED"})
    @DisplayName("only drafts and rejected items are submitted or published")
    void submitAndPublishOnlyFromDraftOrRejected(ReviewState from) {
      // A moderator writes the item, so that they see it in every state.
      assertDecision(Outcome.DENY, Reason.REVIEW_STATE, byAuthor(Who.MODERATOR, Action.SUBMIT_ITEM, reviewed, from));
      // (a submitted item is published directly only once its community stopped reviewing; see below)
      assertDecision(Outcome.DENY, Reason.REVIEW_STATE,
          byAuthor(Who.MODERATOR, Action.PUBLISH_ITEM, from == ReviewState.SUBMITTED ? reviewed : unreviewed, from));
    }

    @Test
    @DisplayName("only the author submits an item, not its reviewers")
    void onlyTheAuthorSubmits() {
      assertDecision(Outcome.DENY, Reason.AUTHOR_ONLY,
          onItem(Who.MODERATOR, Action.SUBMIT_ITEM, reviewed, AUTHOR, ReviewState.REJECTED));
    }

    @Test
    @DisplayName("moderators and admins review a submitted item where the community reviews before publication")
    void moderatorsReviewSubmittedItems() {
      for (Who reviewer : new Who[] {Who.MODERATOR, Who.ADMIN}) {
        assertDecision(Outcome.ALLOW, Reason.ALLOWED,
            onItem(reviewer, Action.REVIEW_ITEM, reviewed, AUTHOR, ReviewState.SUBMITTED));
      }
    }

    @ParameterizedTest(name = "not in {0}")
    @EnumSource(value = ReviewState.class, names = {"PUBLISHED", "REJECTED", "ARCHIVED"})
    @DisplayName("only submitted items are reviewed")
    void onlySubmittedItemsAreReviewed(ReviewState state) {
      assertDecision(Outcome.DENY, Reason.REVIEW_STATE, onItem(Who.MODERATOR, Action.REVIEW_ITEM, reviewed, AUTHOR,
          state));
    }

    @Test
    @DisplayName("the author does not review their own item")
    void authorDoesNotReview() {
      assertDecision(Outcome.DENY, Reason.REVIEWERS_ONLY,
          byAuthor(Who.MEMBER, Action.REVIEW_ITEM, reviewed, ReviewState.SUBMITTED));
    }

    @Test
    @DisplayName("moderators review nothing, and see no submitted item, where the community does not review")
    void noReviewNoReviewers() {
      assertDecision(Outcome.NOT_FOUND, Reason.ITEM_NOT_VISIBLE,
          onItem(Who.MODERATOR, Action.REVIEW_ITEM, unreviewed, AUTHOR, ReviewState.SUBMITTED));
    }

    @Test
    @DisplayName("moderators archive published items and restore archived ones, and nothing else")
    void moderatorsArchiveAndRestore() {
      assertDecision(Outcome.ALLOW, null,
          onItem(Who.MODERATOR, Action.ARCHIVE_ITEM, unreviewed, AUTHOR, ReviewState.PUBLISHED));
      assertDecision(Outcome.ALLOW, null,
          onItem(Who.MODERATOR, Action.RESTORE_ITEM, unreviewed, AUTHOR, ReviewState.ARCHIVED));
      assertDecision(Outcome.DENY, Reason.REVIEW_STATE,
          onItem(Who.MODERATOR, Action.ARCHIVE_ITEM, unreviewed, AUTHOR, ReviewState.ARCHIVED));
      assertDecision(Outcome.DENY, Reason.REVIEW_STATE,
          onItem(Who.MODERATOR, Action.RESTORE_ITEM, unreviewed, AUTHOR, ReviewState.PUBLISHED));
    }

    @Test
    @DisplayName("members neither archive items nor see archived ones")
    void membersDoNotArchive() {
      assertDecision(Outcome.DENY, Reason.ROLE_REQUIRED,
          onItem(Who.MEMBER, Action.ARCHIVE_ITEM, unreviewed, AUTHOR, ReviewState.PUBLISHED));
      assertDecision(Outcome.NOT_FOUND, Reason.ITEM_NOT_VISIBLE,
          onItem(Who.MEMBER, Action.RESTORE_ITEM, unreviewed, AUTHOR, ReviewState.ARCHIVED));
    }

    @Test
    @DisplayName("an archived item is not edited, even by its author")
    void archivedItemIsNotEdited() {
      assertDecision(Outcome.DENY, Reason.REVIEW_STATE,
          byAuthor(Who.MODERATOR, Action.EDIT_ITEM, unreviewed, ReviewState.ARCHIVED));
    }
  }

  @Nested
  @DisplayName("Curators")
  class Curators {
    private final Community open = community("curated", Privacy.PUBLIC, JoinPolicy.OPEN);

    private Decision curating(Who who, Action action, Community community, Visibility visibility, ReviewState state) {
      Item item = document(community, AUTHOR, visibility, state);
      return CURATING.decide(who.actor(), action, context(community, who).withItem(item));
    }

    @Test
    @DisplayName("review items that are to become public when the platform curates public content")
    void reviewPublicItems() {
      assertDecision(Outcome.ALLOW, Reason.ALLOWED,
          curating(Who.CURATOR, Action.REVIEW_ITEM, open, Visibility.PUBLIC, ReviewState.SUBMITTED));
      Item item = document(open, AUTHOR, Visibility.PUBLIC, ReviewState.DRAFT);
      assertTrue(CURATING.requiresReview(item, context(open, Who.MEMBER).withItem(item)));
    }

    @Test
    @DisplayName("so a public item cannot be published directly, but a members-only one can")
    void publicItemsNeedCuration() {
      Item publicDraft = document(open, Who.MEMBER.user(), Visibility.PUBLIC, ReviewState.DRAFT);
      Item membersDraft = document(open, Who.MEMBER.user(), Visibility.MEMBERS, ReviewState.DRAFT);
      AccessContext author = context(open, Who.MEMBER);
      assertDecision(Outcome.DENY, Reason.REVIEW_REQUIRED,
          CURATING.decide(Who.MEMBER.actor(), Action.PUBLISH_ITEM, author.withItem(publicDraft)));
      assertDecision(Outcome.ALLOW, null,
          CURATING.decide(Who.MEMBER.actor(), Action.SUBMIT_ITEM, author.withItem(publicDraft)));
      assertDecision(Outcome.ALLOW, null,
          CURATING.decide(Who.MEMBER.actor(), Action.PUBLISH_ITEM, author.withItem(membersDraft)));
    }

    @Test
    @DisplayName("do not review members-only items, and do not see them")
    void doNotReviewMembersItems() {
      assertDecision(Outcome.NOT_FOUND, Reason.ITEM_NOT_VISIBLE,
          curating(Who.CURATOR, Action.REVIEW_ITEM, open, Visibility.MEMBERS, ReviewState.SUBMITTED));
    }

    @Test
    @DisplayName("take public items off the moderators, who keep reviewing members-only ones")
    void moderatorsKeepMembersItems() {
      Community reviewed = reviewing(Privacy.PUBLIC);
      assertDecision(Outcome.NOT_FOUND, Reason.ITEM_NOT_VISIBLE,
          curating(Who.MODERATOR, Action.REVIEW_ITEM, reviewed, Visibility.PUBLIC, ReviewState.SUBMITTED));
      assertDecision(Outcome.ALLOW, null,
          curating(Who.MODERATOR, Action.REVIEW_ITEM, reviewed, Visibility.MEMBERS, ReviewState.SUBMITTED));
    }

    @Test
    @DisplayName("are outsiders when the platform does not curate public content")
    void outsidersWithoutCuration() {
      Item item = document(open, AUTHOR, Visibility.PUBLIC, ReviewState.SUBMITTED);
      assertDecision(Outcome.NOT_FOUND, Reason.ITEM_NOT_VISIBLE,
          STANDARD.decide(Who.CURATOR.actor(), Action.REVIEW_ITEM, context(open, Who.CURATOR).withItem(item)));
    }

    @Test
    @DisplayName("see nothing of a private community but its profile, not even items declared public")
    void seeNothingOfAPrivateCommunity() {
      Community closed = community("closed", Privacy.PRIVATE, JoinPolicy.REQUEST);
      AccessContext curator = context(closed, Who.CURATOR);
      assertDecision(Outcome.ALLOW, null, CURATING.decide(Who.CURATOR.actor(), Action.VIEW_COMMUNITY, curator));
      assertDecision(Outcome.DENY, Reason.MEMBERS_ONLY,
          CURATING.decide(Who.CURATOR.actor(), Action.VIEW_MEMBERS, curator));
      for (ReviewState state : new ReviewState[] {ReviewState.SUBMITTED, ReviewState.PUBLISHED}) {
        assertDecision(Outcome.NOT_FOUND, Reason.ITEM_NOT_VISIBLE,
            curating(Who.CURATOR, Action.VIEW_ITEM, closed, Visibility.PUBLIC, state));
      }
      assertDecision(Outcome.NOT_FOUND, Reason.ITEM_NOT_VISIBLE,
          curating(Who.CURATOR, Action.REVIEW_ITEM, closed, Visibility.PUBLIC, ReviewState.SUBMITTED));
    }

    @Test
    @DisplayName("have no say in how a community is run")
    void noSayInTheCommunity() {
      AccessContext curator = context(open, Who.CURATOR);
      assertDecision(Outcome.DENY, Reason.MEMBERS_ONLY,
          CURATING.decide(Who.CURATOR.actor(), Action.EDIT_SETTINGS, curator));
      assertDecision(Outcome.DENY, Reason.MEMBERS_ONLY,
          curating(Who.CURATOR, Action.ARCHIVE_ITEM, open, Visibility.PUBLIC, ReviewState.PUBLISHED));
    }
  }

  @Nested
  @DisplayName("Working groups")
  class WorkingGroups {
    private final Community parent = community("parent", Privacy.PUBLIC, JoinPolicy.OPEN);
    private final Community group = workingGroup("group", parent, Privacy.PUBLIC);

    private AccessContext inGroup(Community workingGroup, Community itsParent, Who who, Optional<Membership> inParent) {
      return AccessContext.of(workingGroup, itsParent, NOW).withMembership(who.membershipOf(workingGroup))
          .withParentMembership(inParent);
    }

    private Optional<Membership> parentMember(Community itsParent, Who who, MembershipState state, Role role) {
      return Optional.of(membership(itsParent, who.user(), state, role));
    }

    @ParameterizedTest(name = "a {0} working group of a {1} parent is {2}")
    @CsvSource(textBlock = """
        PUBLIC,       PUBLIC,       PUBLIC
        PUBLIC,       SEMI_PRIVATE, SEMI_PRIVATE
        PUBLIC,       PRIVATE,      PRIVATE
        SEMI_PRIVATE, PUBLIC,       SEMI_PRIVATE
        SEMI_PRIVATE, SEMI_PRIVATE, SEMI_PRIVATE
        SEMI_PRIVATE, PRIVATE,      PRIVATE
        PRIVATE,      PUBLIC,       PRIVATE
        PRIVATE,      SEMI_PRIVATE, PRIVATE
        PRIVATE,      PRIVATE,      PRIVATE
        """)
    @DisplayName("a working group's privacy is never more open than its parent's")
    void effectivePrivacy(Privacy declared, Privacy ofParent, Privacy effective) {
      Community itsParent = parent.withPrivacy(ofParent);
      Community workingGroup = Community.builder(CommunityId.of("c-wg"), "wg").name("Working group")
          .purpose(Purpose.WORKING_GROUP).parent(itsParent.id()).privacy(declared).joinPolicy(JoinPolicy.REQUEST).build();
      assertEquals(effective, AccessPolicy.effectivePrivacy(workingGroup, Optional.of(itsParent)));
    }

    @Test
    @DisplayName("a working group more open than its parent is refused")
    void moreOpenThanParentIsRefused() {
      Community semi = parent.withPrivacy(Privacy.SEMI_PRIVATE);
      ValidationException e = assertThrows(ValidationException.class, () -> group.checkWorkingGroupOf(semi));
      assertEquals("not-more-open-than-parent", e.rule());
      assertDoesNotThrow(() -> group.withPrivacy(Privacy.SEMI_PRIVATE).checkWorkingGroupOf(semi));
      assertDoesNotThrow(() -> group.withPrivacy(Privacy.PRIVATE).checkWorkingGroupOf(semi));
    }

    @Test
    @DisplayName("a working group belongs to its own parent, one level deep, where working groups are on")
    void workingGroupOfTheRightParent() {
      Community other = community("other", Privacy.PUBLIC, JoinPolicy.OPEN);
      assertEquals("parent-matches",
          assertThrows(ValidationException.class, () -> group.checkWorkingGroupOf(other)).rule());
      Community nested = Community.builder(CommunityId.of("c-nested"), "nested").name("Nested")
          .purpose(Purpose.WORKING_GROUP).parent(group.id()).build();
      assertEquals("one-level", assertThrows(ValidationException.class, () -> nested.checkWorkingGroupOf(group)).rule());
      Community switchedOff = parent.toBuilder().sections(EnumSet.of(Section.DOCUMENTS)).build();
      assertEquals("working-groups-enabled",
          assertThrows(ValidationException.class, () -> group.checkWorkingGroupOf(switchedOff)).rule());
    }

    @Test
    @DisplayName("only active members of the parent join a working group")
    void onlyParentMembersJoin() {
      assertDecision(Outcome.DENY, Reason.PARENT_MEMBERSHIP_REQUIRED,
          decide(Who.OUTSIDER, Action.JOIN, inGroup(group, parent, Who.OUTSIDER, Optional.empty())));
      assertDecision(Outcome.DENY, Reason.PARENT_MEMBERSHIP_REQUIRED, decide(Who.OUTSIDER, Action.JOIN,
          inGroup(group, parent, Who.OUTSIDER, parentMember(parent, Who.OUTSIDER, MembershipState.REQUESTED,
              Role.MEMBER))));
      assertDecision(Outcome.ALLOW, null, decide(Who.OUTSIDER, Action.JOIN,
          inGroup(group, parent, Who.OUTSIDER, parentMember(parent, Who.OUTSIDER, MembershipState.ACTIVE,
              Role.MEMBER))));
    }

    @Test
    @DisplayName("only active members of the parent ask to join a working group")
    void onlyParentMembersRequest() {
      Community asking = group.withJoinPolicy(JoinPolicy.REQUEST);
      assertDecision(Outcome.DENY, Reason.PARENT_MEMBERSHIP_REQUIRED,
          decide(Who.OUTSIDER, Action.REQUEST_MEMBERSHIP, inGroup(asking, parent, Who.OUTSIDER, Optional.empty())));
      assertDecision(Outcome.ALLOW, null, decide(Who.OUTSIDER, Action.REQUEST_MEMBERSHIP,
          inGroup(asking, parent, Who.OUTSIDER, parentMember(parent, Who.OUTSIDER, MembershipState.ACTIVE,
              Role.MEMBER))));
    }

    @Test
    @DisplayName("only active members of the parent accept an invitation to a working group")
    void onlyParentMembersAccept() {
      assertDecision(Outcome.DENY, Reason.PARENT_MEMBERSHIP_REQUIRED,
          decide(Who.INVITED, Action.ACCEPT_INVITATION, inGroup(group, parent, Who.INVITED, Optional.empty())));
      assertDecision(Outcome.ALLOW, null, decide(Who.INVITED, Action.ACCEPT_INVITATION,
          inGroup(group, parent, Who.INVITED, parentMember(parent, Who.INVITED, MembershipState.ACTIVE,
              Role.MEMBER))));
    }

    @Test
    @DisplayName("an open working group takes requests once its parent is no longer public")
    void openGroupOfAClosedParentTakesRequests() {
      Community closed = parent.withPrivacy(Privacy.SEMI_PRIVATE);
      AccessContext context = inGroup(group, closed, Who.OUTSIDER,
          parentMember(closed, Who.OUTSIDER, MembershipState.ACTIVE, Role.MEMBER));
      assertEquals(JoinPolicy.REQUEST, AccessPolicy.effectiveJoinPolicy(context));
      assertDecision(Outcome.DENY, Reason.JOIN_POLICY, decide(Who.OUTSIDER, Action.JOIN, context));
      assertDecision(Outcome.ALLOW, null, decide(Who.OUTSIDER, Action.REQUEST_MEMBERSHIP, context));
    }

    @Test
    @DisplayName("a public working group of a private parent shows nothing to those outside")
    void publicGroupOfAPrivateParent() {
      Community closed = parent.withPrivacy(Privacy.PRIVATE);
      Item item = document(group, AUTHOR, Visibility.PUBLIC, ReviewState.PUBLISHED);
      assertDecision(Outcome.NOT_FOUND, Reason.PRIVATE_COMMUNITY, decide(Who.ANONYMOUS, Action.VIEW_COMMUNITY,
          inGroup(group, closed, Who.ANONYMOUS, Optional.empty())));
      assertDecision(Outcome.NOT_FOUND, Reason.ITEM_NOT_VISIBLE, decide(Who.OUTSIDER, Action.VIEW_ITEM,
          inGroup(group, closed, Who.OUTSIDER, Optional.empty()).withItem(item)));
    }

    @Test
    @DisplayName("admins of the parent administer its working groups without joining them")
    void parentAdminsAdminister() {
      AccessContext admin = inGroup(group, parent, Who.OUTSIDER,
          parentMember(parent, Who.OUTSIDER, MembershipState.ACTIVE, Role.ADMIN));
      assertDecision(Outcome.ALLOW, Reason.ALLOWED, decide(Who.OUTSIDER, Action.EDIT_SETTINGS, admin));
      assertDecision(Outcome.ALLOW, Reason.ALLOWED, decide(Who.OUTSIDER, Action.BLOCK_MEMBER, admin));
      assertDecision(Outcome.ALLOW, Reason.ALLOWED, decide(Who.OUTSIDER, Action.VIEW_ITEM,
          admin.withItem(document(group, AUTHOR, Visibility.MEMBERS, ReviewState.PUBLISHED))));
    }

    @ParameterizedTest(name = "a working-group member whose parent membership is {0} sees no members-only item")
    @CsvSource(textBlock = """
        BLOCKED
        REQUESTED
        NONE
        """)
    @DisplayName("a working-group member who is no longer an active member of the parent loses the group at once")
    void membershipOfTheParentIsRequired(String parentState) {
      Optional<Membership> inParent = parentState.equals("NONE") ? Optional.empty()
          : parentMember(parent, Who.MEMBER, MembershipState.valueOf(parentState), Role.MEMBER);
      AccessContext context = inGroup(group, parent, Who.MEMBER, inParent);
      Document membersOnly = document(group, AUTHOR, Visibility.MEMBERS, ReviewState.PUBLISHED);
      assertDecision(Outcome.NOT_FOUND, Reason.ITEM_NOT_VISIBLE,
          decide(Who.MEMBER, Action.VIEW_ITEM, context.withItem(membersOnly)));
      assertDecision(Outcome.DENY, null, decide(Who.MEMBER, Action.CREATE_DOCUMENT, context));
      AccessContext stillInParent = inGroup(group, parent, Who.MEMBER,
          parentMember(parent, Who.MEMBER, MembershipState.ACTIVE, Role.MEMBER));
      assertDecision(Outcome.ALLOW, Reason.ALLOWED,
          decide(Who.MEMBER, Action.VIEW_ITEM, stillInParent.withItem(membersOnly)));
    }

    @Test
    @DisplayName("moderators of the parent do not administer its working groups")
    void parentModeratorsDoNot() {
      AccessContext moderator = inGroup(group, parent, Who.OUTSIDER,
          parentMember(parent, Who.OUTSIDER, MembershipState.ACTIVE, Role.MODERATOR));
      assertDecision(Outcome.DENY, Reason.MEMBERS_ONLY, decide(Who.OUTSIDER, Action.EDIT_SETTINGS, moderator));
    }

    @Test
    @DisplayName("working groups do not contain working groups")
    void noNestedWorkingGroups() {
      assertDecision(Outcome.DENY, Reason.NESTED_WORKING_GROUP, decide(Who.ADMIN, Action.CREATE_WORKING_GROUP,
          inGroup(group, parent, Who.ADMIN, parentMember(parent, Who.ADMIN, MembershipState.ACTIVE, Role.MEMBER))));
    }

    @Test
    @DisplayName("a working group of a hidden group is NOT_FOUND to outsiders, whatever they try")
    void workingGroupOfHiddenGroup() {
      Community hidden = hiddenGroup("secret");
      Community inner = workingGroup("inner", hidden, Privacy.PRIVATE);
      for (Who who : new Who[] {Who.ANONYMOUS, Who.OUTSIDER, Who.CURATOR}) {
        for (Action action : new Action[] {Action.VIEW_COMMUNITY, Action.VIEW_MEMBERS, Action.REQUEST_MEMBERSHIP}) {
          assertDecision(Outcome.NOT_FOUND, Reason.HIDDEN_GROUP,
              decide(who, action, inGroup(inner, hidden, who, Optional.empty())));
        }
      }
      assertDecision(Outcome.ALLOW, null, decide(Who.OUTSIDER, Action.VIEW_COMMUNITY, inGroup(inner, hidden,
          Who.OUTSIDER, parentMember(hidden, Who.OUTSIDER, MembershipState.ACTIVE, Role.MEMBER))));
    }

    @Test
    @DisplayName("an invitee of a hidden group does not find its working groups")
    void inviteeOfHiddenGroupDoesNotFindItsWorkingGroups() {
      Community hidden = hiddenGroup("secret");
      Community inner = workingGroup("inner", hidden, Privacy.PRIVATE);
      Optional<Membership> invitation = Optional.of(invited(hidden, Who.OUTSIDER.user(), NOW.plus(Duration.ofDays(7))));
      assertDecision(Outcome.NOT_FOUND, null,
          decide(Who.OUTSIDER, Action.VIEW_COMMUNITY, inGroup(inner, hidden, Who.OUTSIDER, invitation)));
    }
  }

  @Nested
  @DisplayName("Blocked users")
  class BlockedUsers {
    private final Community open = community("open", Privacy.PUBLIC, JoinPolicy.OPEN);
    private final Community asking = community("asking", Privacy.SEMI_PRIVATE, JoinPolicy.REQUEST);

    @Test
    @DisplayName("cannot join or ask to join")
    void cannotGetIn() {
      assertDecision(Outcome.DENY, Reason.BLOCKED, decide(Who.BLOCKED, Action.JOIN, context(open, Who.BLOCKED)));
      assertDecision(Outcome.DENY, Reason.BLOCKED,
          decide(Who.BLOCKED, Action.REQUEST_MEMBERSHIP, context(asking, Who.BLOCKED)));
    }

    @Test
    @DisplayName("cannot be invited, not even by a platform admin")
    void cannotBeInvited() {
      Membership blocked = membership(asking, SOMEONE, MembershipState.BLOCKED, Role.MEMBER);
      assertDecision(Outcome.DENY, Reason.TARGET_BLOCKED,
          decide(Who.ADMIN, Action.INVITE, context(asking, Who.ADMIN).withTarget(blocked)));
      assertDecision(Outcome.DENY, Reason.TARGET_BLOCKED,
          decide(Who.PLATFORM_ADMIN, Action.INVITE, context(asking, Who.PLATFORM_ADMIN).withTarget(blocked)));
    }

    @Test
    @DisplayName("inviting someone already in or on the way in is refused; a lapsed invitation may be renewed")
    void invitingSomeoneAlreadyIn() {
      AccessContext admin = context(asking, Who.ADMIN);
      assertDecision(Outcome.DENY, Reason.ALREADY_MEMBER, decide(Who.ADMIN, Action.INVITE,
          admin.withTarget(membership(asking, SOMEONE, MembershipState.ACTIVE, Role.MEMBER))));
      assertDecision(Outcome.DENY, Reason.ALREADY_MEMBER, decide(Who.ADMIN, Action.INVITE,
          admin.withTarget(membership(asking, SOMEONE, MembershipState.REQUESTED, Role.MEMBER))));
      assertDecision(Outcome.DENY, Reason.ALREADY_MEMBER, decide(Who.ADMIN, Action.INVITE,
          admin.withTarget(invited(asking, SOMEONE, NOW.plus(Duration.ofDays(1))))));
      assertDecision(Outcome.ALLOW, Reason.ALLOWED, decide(Who.ADMIN, Action.INVITE,
          admin.withTarget(invited(asking, SOMEONE, NOW.minus(Duration.ofDays(1))))));
    }

    @Test
    @DisplayName("only a pending request can be approved or rejected")
    void onlyPendingRequestsAreDecided() {
      AccessContext moderator = context(asking, Who.MODERATOR);
      assertDecision(Outcome.ALLOW, Reason.ALLOWED, decide(Who.MODERATOR, Action.DECIDE_REQUEST,
          moderator.withTarget(membership(asking, SOMEONE, MembershipState.REQUESTED, Role.MEMBER))));
      assertDecision(Outcome.DENY, Reason.NO_REQUEST, decide(Who.MODERATOR, Action.DECIDE_REQUEST,
          moderator.withTarget(membership(asking, SOMEONE, MembershipState.ACTIVE, Role.MEMBER))));
      assertDecision(Outcome.DENY, Reason.NO_REQUEST, decide(Who.PLATFORM_ADMIN, Action.DECIDE_REQUEST,
          context(asking, Who.PLATFORM_ADMIN).withTarget(invited(asking, SOMEONE, NOW.plus(Duration.ofDays(1))))));
    }

    @Test
    @DisplayName("are treated as outsiders")
    void treatedAsOutsiders() {
      AccessContext blocked = context(asking, Who.BLOCKED);
      assertDecision(Outcome.ALLOW, null, decide(Who.BLOCKED, Action.VIEW_COMMUNITY, blocked));
      assertDecision(Outcome.ALLOW, null, decide(Who.BLOCKED, Action.VIEW_ITEM,
          blocked.withItem(document(asking, AUTHOR, Visibility.PUBLIC, ReviewState.PUBLISHED))));
      assertDecision(Outcome.NOT_FOUND, Reason.ITEM_NOT_VISIBLE, decide(Who.BLOCKED, Action.VIEW_ITEM,
          blocked.withItem(document(asking, AUTHOR, Visibility.MEMBERS, ReviewState.PUBLISHED))));
      assertDecision(Outcome.DENY, null, decide(Who.BLOCKED, Action.VIEW_MEMBERS, blocked));
      assertDecision(Outcome.DENY, Reason.BLOCKED, decide(Who.BLOCKED, Action.CREATE_DOCUMENT, blocked));
    }

    @Test
    @DisplayName("lose the members-only items they wrote, and keep only reading their public ones")
    void loseTheirMembersItems() {
      AccessContext blocked = context(asking, Who.BLOCKED);
      Item membersOnly = document(asking, Who.BLOCKED.user(), Visibility.MEMBERS, ReviewState.PUBLISHED);
      Item forEveryone = document(asking, Who.BLOCKED.user(), Visibility.PUBLIC, ReviewState.PUBLISHED);
      assertDecision(Outcome.NOT_FOUND, Reason.ITEM_NOT_VISIBLE,
          decide(Who.BLOCKED, Action.VIEW_ITEM, blocked.withItem(membersOnly)));
      assertDecision(Outcome.ALLOW, null, decide(Who.BLOCKED, Action.VIEW_ITEM, blocked.withItem(forEveryone)));
      assertDecision(Outcome.DENY, Reason.BLOCKED, decide(Who.BLOCKED, Action.EDIT_ITEM, blocked.withItem(forEveryone)));
    }
  }

  @Nested
  @DisplayName("Platform admins")
  class PlatformAdmins {
    private final Community closed = community("closed", Privacy.PRIVATE, JoinPolicy.REQUEST);

    @Test
    @DisplayName("may do what no outsider may, and the decision is flagged for audit")
    void overrideIsFlagged() {
      AccessContext context = context(closed, Who.PLATFORM_ADMIN);
      for (Action action : new Action[] {Action.EDIT_SETTINGS, Action.VIEW_AUDIT, Action.VIEW_MEMBERS,
          Action.ARCHIVE_COMMUNITY, Action.CREATE_DOCUMENT}) {
        Decision decision = decide(Who.PLATFORM_ADMIN, action, context);
        assertTrue(decision.isAllowed(), () -> action + ": " + decision);
        assertTrue(decision.isPlatformAdminOverride(), () -> action + ": " + decision);
      }
      assertTrue(decide(Who.PLATFORM_ADMIN, Action.VIEW_ITEM,
          context.withItem(document(closed, AUTHOR, Visibility.MEMBERS, ReviewState.DRAFT))).isPlatformAdminOverride());
    }

    @Test
    @DisplayName("find a hidden group, flagged")
    void findHiddenGroups() {
      Community hidden = hiddenGroup("secret");
      assertDecision(Outcome.ALLOW, Reason.PLATFORM_ADMIN,
          decide(Who.PLATFORM_ADMIN, Action.VIEW_COMMUNITY, context(hidden, Who.PLATFORM_ADMIN)));
    }

    @Test
    @DisplayName("are not flagged for what anyone signed in may do, nor where they hold the role")
    void notFlaggedWhenTheRulesAllow() {
      Decision listed = decide(Who.PLATFORM_ADMIN, Action.VIEW_COMMUNITY, context(closed, Who.PLATFORM_ADMIN));
      assertFalse(listed.isPlatformAdminOverride());
      AccessContext asAdmin = AccessContext.of(closed, NOW)
          .withMembership(active(closed, Who.PLATFORM_ADMIN.user(), Role.ADMIN));
      assertDecision(Outcome.ALLOW, Reason.ALLOWED, decide(Who.PLATFORM_ADMIN, Action.EDIT_SETTINGS, asAdmin));
    }

    @Test
    @DisplayName("are still bound by the state of things")
    void boundByState() {
      Community withoutDocuments = closed.toBuilder().sections(EnumSet.of(Section.DISCUSSIONS)).build();
      AccessContext context = context(closed, Who.PLATFORM_ADMIN);
      Membership own = active(closed, Who.PLATFORM_ADMIN.user(), Role.ADMIN);
      Membership blocked = membership(closed, SOMEONE, MembershipState.BLOCKED, Role.MEMBER);
      assertBound(Reason.DISCUSSION_LOCKED, Action.REPLY,
          context.withItem(discussion(closed, AUTHOR, ReviewState.PUBLISHED, true)));
      assertBound(Reason.REVIEW_STATE, Action.REVIEW_ITEM,
          context.withItem(document(closed, AUTHOR, Visibility.MEMBERS, ReviewState.PUBLISHED)));
      assertBound(Reason.SECTION_DISABLED, Action.CREATE_DOCUMENT, context(withoutDocuments, Who.PLATFORM_ADMIN));
      assertBound(Reason.TARGET_BLOCKED, Action.INVITE, context.withTarget(blocked));
      assertBound(Reason.NOT_ON_SELF, Action.REMOVE_MEMBER, context.withMembership(own).withTarget(own));
      assertBound(Reason.NOT_ARCHIVED, Action.RESTORE_COMMUNITY, context);
      assertBound(Reason.ARCHIVED, Action.ARCHIVE_COMMUNITY,
          context(closed.withState(CommunityState.ARCHIVED), Who.PLATFORM_ADMIN));
    }

    private void assertBound(Reason reason, Action action, AccessContext context) {
      assertDecision(Outcome.DENY, reason, decide(Who.PLATFORM_ADMIN, action, context));
    }

    @Test
    @DisplayName("may change an archived community, flagged: the archive is not a state rule (AccessPolicy Javadoc)")
    void passTheArchive() {
      AccessContext archived = context(closed.withState(CommunityState.ARCHIVED), Who.PLATFORM_ADMIN);
      assertDecision(Outcome.ALLOW, Reason.PLATFORM_ADMIN, decide(Who.PLATFORM_ADMIN, Action.EDIT_SETTINGS, archived));
    }
  }

  @Nested
  @DisplayName("Archived communities")
  class ArchivedCommunities {
    private final Community live = community("live", Privacy.PUBLIC, JoinPolicy.OPEN);
    private final Community archived = live.withState(CommunityState.ARCHIVED);

    static Stream<Action> writes() {
      return Arrays.stream(Action.values()).filter(a -> a.isWrite() && a != Action.RESTORE_COMMUNITY);
    }

    static Stream<Action> reads() {
      return Arrays.stream(Action.values()).filter(a -> !a.isWrite());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    @DisplayName("refuse every change with ARCHIVED, though it is allowed while the community is active")
    void refuseChanges(Action action) {
      assertDecision(Outcome.ALLOW, null, Attempt.of(action, live, Optional.empty()).decide());
      assertDecision(Outcome.DENY, Reason.ARCHIVED, Attempt.of(action, archived, Optional.empty()).decide());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    @DisplayName("can still be read")
    void canBeRead(Action action) {
      assertDecision(Outcome.ALLOW, null, Attempt.of(action, archived, Optional.empty()).decide());
    }

    @Test
    @DisplayName("are restored by their admins only")
    void restoredByAdmins() {
      assertDecision(Outcome.ALLOW, Reason.ALLOWED,
          decide(Who.ADMIN, Action.RESTORE_COMMUNITY, context(archived, Who.ADMIN)));
      assertDecision(Outcome.DENY, Reason.ROLE_REQUIRED,
          decide(Who.MODERATOR, Action.RESTORE_COMMUNITY, context(archived, Who.MODERATOR)));
      assertDecision(Outcome.DENY, Reason.NOT_ARCHIVED,
          decide(Who.ADMIN, Action.RESTORE_COMMUNITY, context(live, Who.ADMIN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    @DisplayName("make their working groups read-only too")
    void workingGroupsAreReadOnly(Action action) {
      // A working group cannot hold working groups, archived parent or not.
      if (action == Action.CREATE_WORKING_GROUP) {
        return;
      }
      Community group = workingGroup("wg", live, Privacy.PUBLIC);
      assertDecision(Outcome.ALLOW, null, Attempt.of(action, group, Optional.of(live)).decide());
      assertDecision(Outcome.DENY, Reason.ARCHIVED, Attempt.of(action, group, Optional.of(archived)).decide());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    @DisplayName("leave their working groups readable")
    void workingGroupsCanBeRead(Action action) {
      Community group = workingGroup("wg", live, Privacy.PUBLIC);
      assertDecision(Outcome.ALLOW, null, Attempt.of(action, group, Optional.of(archived)).decide());
    }
  }

  @Nested
  @DisplayName("Discussions")
  class Discussions {
    private final Community community = community("talks", Privacy.SEMI_PRIVATE, JoinPolicy.REQUEST);

    private Decision onDiscussion(Who who, Action action, ReviewState state, boolean locked) {
      return decide(who, action, context(community, who).withItem(discussion(community, AUTHOR, state, locked)));
    }

    @Test
    @DisplayName("members reply to a published discussion that is not locked")
    void membersReply() {
      assertDecision(Outcome.ALLOW, null, onDiscussion(Who.MEMBER, Action.REPLY, ReviewState.PUBLISHED, false));
    }

    @Test
    @DisplayName("nobody replies to a locked discussion, moderators included")
    void lockedMeansLocked() {
      for (Who who : new Who[] {Who.MEMBER, Who.MODERATOR, Who.ADMIN}) {
        assertDecision(Outcome.DENY, Reason.DISCUSSION_LOCKED, onDiscussion(who, Action.REPLY, ReviewState.PUBLISHED,
            true));
      }
    }

    @Test
    @DisplayName("nobody replies to a discussion that is not published")
    void onlyPublishedDiscussions() {
      Community reviewed = reviewing(Privacy.SEMI_PRIVATE);
      for (ReviewState state : new ReviewState[] {ReviewState.DRAFT, ReviewState.SUBMITTED, ReviewState.REJECTED}) {
        Item own = discussion(reviewed, Who.MEMBER.user(), state, false);
        assertDecision(Outcome.DENY, Reason.REVIEW_STATE,
            decide(Who.MEMBER, Action.REPLY, context(reviewed, Who.MEMBER).withItem(own)));
      }
      assertDecision(Outcome.DENY, Reason.REVIEW_STATE,
          onDiscussion(Who.MODERATOR, Action.REPLY, ReviewState.ARCHIVED, false));
    }

    @Test
    @DisplayName("moderators hide replies, lock and unlock discussions, and read hidden replies")
    void moderatorsModerate() {
      for (Action action : new Action[] {Action.HIDE_REPLY, Action.LOCK_DISCUSSION, Action.VIEW_HIDDEN_REPLIES}) {
        for (boolean locked : new boolean[] {false, true}) {
          assertDecision(Outcome.ALLOW, null, onDiscussion(Who.MODERATOR, action, ReviewState.PUBLISHED, locked));
          assertDecision(Outcome.DENY, Reason.ROLE_REQUIRED,
              onDiscussion(Who.MEMBER, action, ReviewState.PUBLISHED, locked));
        }
      }
    }

    @Test
    @DisplayName("discussion actions apply to discussions only")
    void discussionsOnly() {
      Item document = document(community, AUTHOR, Visibility.MEMBERS, ReviewState.PUBLISHED);
      for (Action action : new Action[] {Action.REPLY, Action.HIDE_REPLY, Action.LOCK_DISCUSSION,
          Action.VIEW_HIDDEN_REPLIES}) {
        ValidationException e = assertThrows(ValidationException.class,
            () -> decide(Who.MODERATOR, action, context(community, Who.MODERATOR).withItem(document)));
        assertEquals("item", e.field());
      }
    }
  }

  @Nested
  @DisplayName("Sections")
  class Sections {
    @ParameterizedTest(name = "{1} with {0} switched off")
    @CsvSource(textBlock = """
        DOCUMENTS,      CREATE_DOCUMENT
        DISCUSSIONS,    START_DISCUSSION
        ANNOUNCEMENTS,  POST_ANNOUNCEMENT
        EVENTS,         POST_EVENT
        WORKING_GROUPS, CREATE_WORKING_GROUP
        """)
    @DisplayName("nothing is created in a section that is switched off, by anyone")
    void switchedOff(Section section, Action action) {
      Community on = community("sections", Privacy.PUBLIC, JoinPolicy.OPEN);
      Community off = on.toBuilder().sections(EnumSet.complementOf(EnumSet.of(section))).build();
      assertDecision(Outcome.ALLOW, null, decide(Who.ADMIN, action, context(on, Who.ADMIN)));
      assertDecision(Outcome.DENY, Reason.SECTION_DISABLED, decide(Who.ADMIN, action, context(off, Who.ADMIN)));
      assertDecision(Outcome.DENY, Reason.SECTION_DISABLED,
          decide(Who.PLATFORM_ADMIN, action, context(off, Who.PLATFORM_ADMIN)));
    }
  }

  @Nested
  @DisplayName("Answers that leak nothing")
  class Leaks {
    private final Community hidden = Community.builder(CommunityId.of("c-7f3a"), "secret-circle")
        .name("The Secret Circle").purpose(Purpose.HIDDEN_GROUP).build();

    private String notFoundMessage(Decision decision, String what) {
      return assertThrows(NotFoundException.class, () -> decision.orThrow(what)).getMessage();
    }

    @Test
    @DisplayName("a hidden group's NOT_FOUND says only that what was asked for was not found")
    void hiddenGroupMessage() {
      Decision decision = decide(Who.OUTSIDER, Action.VIEW_COMMUNITY, context(hidden, Who.OUTSIDER));
      assertDecision(Outcome.NOT_FOUND, Reason.HIDDEN_GROUP, decision);
      String message = notFoundMessage(decision, "community secret-circle");
      assertEquals("community secret-circle not found", message);
      assertFalse(message.contains("Secret Circle"), message);
      assertFalse(message.contains(hidden.id().value()), message);
      for (Reason reason : Reason.values()) {
        if (reason == Reason.NOT_FOUND) {
          continue; // the neutral reason: its words are the ones every not-found message uses
        }
        assertFalse(message.contains(reason.description()), () -> message + " tells " + reason);
        assertFalse(message.contains(reason.name()), () -> message + " names " + reason);
      }
    }

    @Test
    @DisplayName("every NOT_FOUND reads the same, whatever its reason")
    void allNotFoundsReadAlike() {
      Community closed = community("closed", Privacy.PRIVATE, JoinPolicy.REQUEST);
      Decision hiddenGroup = decide(Who.OUTSIDER, Action.VIEW_MEMBERS, context(hidden, Who.OUTSIDER));
      Decision privateCommunity = decide(Who.ANONYMOUS, Action.VIEW_COMMUNITY, context(closed, Who.ANONYMOUS));
      Decision invisibleItem = decide(Who.OUTSIDER, Action.VIEW_ITEM, context(closed, Who.OUTSIDER)
          .withItem(document(closed, AUTHOR, Visibility.MEMBERS, ReviewState.PUBLISHED)));
      String expected = notFoundMessage(hiddenGroup, "thing");
      assertEquals(expected, notFoundMessage(privateCommunity, "thing"));
      assertEquals(expected, notFoundMessage(invisibleItem, "thing"));
    }

    @Test
    @DisplayName("a DENY, about what the actor may see, says why")
    void denialSaysWhy() {
      Community semi = community("semi", Privacy.SEMI_PRIVATE, JoinPolicy.REQUEST);
      Decision decision = decide(Who.OUTSIDER, Action.VIEW_MEMBERS, context(semi, Who.OUTSIDER));
      Executable refusal = () -> decision.orThrow("community semi");
      String message = assertThrows(AccessDeniedException.class, refusal).getMessage();
      assertTrue(message.contains(decision.reason().description()), message);
    }
  }

  @Nested
  @DisplayName("Malformed contexts")
  class MalformedContexts {
    private final Community community = community("here", Privacy.PUBLIC, JoinPolicy.OPEN);
    private final Community elsewhere = community("elsewhere", Privacy.PUBLIC, JoinPolicy.OPEN);
    private final AccessContext context = AccessContext.of(community, NOW);

    private void assertRejected(String field, Executable executable) {
      assertEquals(field, assertThrows(ValidationException.class, executable).field());
    }

    @Test
    @DisplayName("a context refuses a membership, target or item of another community")
    void piecesOfAnotherCommunity() {
      assertRejected("membership", () -> context.withMembership(active(elsewhere, Who.MEMBER.user(), Role.MEMBER)));
      assertRejected("target", () -> context.withTarget(active(elsewhere, SOMEONE, Role.MEMBER)));
      assertRejected("item",
          () -> context.withItem(document(elsewhere, AUTHOR, Visibility.PUBLIC, ReviewState.PUBLISHED)));
    }

    @Test
    @DisplayName("a context refuses a parent that is not the community's parent")
    void wrongParent() {
      Community group = workingGroup("group", community, Privacy.PUBLIC);
      assertRejected("parent", () -> AccessContext.of(group, NOW));
      assertRejected("parent", () -> AccessContext.of(group, elsewhere, NOW));
      assertRejected("parent", () -> AccessContext.of(community, elsewhere, NOW));
    }

    @Test
    @DisplayName("a context refuses a parent membership without a parent, or of another community")
    void wrongParentMembership() {
      Community group = workingGroup("group", community, Privacy.PUBLIC);
      assertRejected("parentMembership",
          () -> context.withParentMembership(Optional.of(active(community, Who.MEMBER.user(), Role.MEMBER))));
      assertRejected("parentMembership", () -> AccessContext.of(group, community, NOW)
          .withParentMembership(Optional.of(active(elsewhere, Who.MEMBER.user(), Role.MEMBER))));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Action.class, names = {"VIEW_ITEM", "EDIT_ITEM", "DELETE_ITEM", "SUBMIT_ITEM",
        "PUBLISH_ITEM", "REVIEW_ITEM", "ARCHIVE_ITEM", "RESTORE_ITEM", "REPLY", "HIDE_REPLY", "LOCK_DISCUSSION",
        "VIEW_HIDDEN_REPLIES"})
    @DisplayName("an item action without an item is refused")
    void itemActionNeedsAnItem(Action action) {
      assertEquals(Action.Scope.ITEM, action.scope());
      ValidationException e = assertThrows(ValidationException.class,
          () -> decide(Who.ADMIN, action, context(community, Who.ADMIN)));
      assertEquals("item", e.field());
      assertEquals("required", e.rule());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Action.class, names = {"DECIDE_REQUEST", "REMOVE_MEMBER", "CHANGE_ROLE"})
    @DisplayName("an action on someone else's membership without it is refused")
    void memberActionNeedsTheTarget(Action action) {
      assertRejected("target", () -> decide(Who.ADMIN, action, context(community, Who.ADMIN)));
    }

    @Test
    @DisplayName("a decision refuses a membership that is not the actor's own")
    void someoneElsesMembership() {
      assertRejected("membership", () -> decide(Who.OUTSIDER, Action.EDIT_SETTINGS, context(community, Who.ADMIN)));
      assertRejected("membership", () -> decide(Who.ANONYMOUS, Action.VIEW_COMMUNITY, context(community, Who.MEMBER)));
    }
  }

  @Nested
  @DisplayName("Join policies")
  class JoinPolicies {
    @Test
    @DisplayName("a public community is open to join by default, the others take requests, hidden groups invitations")
    void defaults() {
      assertEquals(JoinPolicy.OPEN, build(Privacy.PUBLIC, Purpose.REPOSITORY, null).joinPolicy());
      assertEquals(JoinPolicy.REQUEST, build(Privacy.SEMI_PRIVATE, Purpose.REPOSITORY, null).joinPolicy());
      assertEquals(JoinPolicy.REQUEST, build(Privacy.PRIVATE, Purpose.REPOSITORY, null).joinPolicy());
      Community hidden = build(null, Purpose.HIDDEN_GROUP, null);
      assertEquals(Privacy.PRIVATE, hidden.privacy());
      assertEquals(JoinPolicy.INVITATION, hidden.joinPolicy());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Privacy.class, names = {"SEMI_PRIVATE", "PRIVATE"})
    @DisplayName("only a public community is ever open to join")
    void neverOpenUnlessPublic(Privacy privacy) {
      assertEquals("open-needs-public", assertThrows(ValidationException.class,
          () -> build(privacy, Purpose.REPOSITORY, JoinPolicy.OPEN)).rule());
      Community closing = build(Privacy.PUBLIC, Purpose.REPOSITORY, JoinPolicy.OPEN).withPrivacy(privacy);
      assertEquals(JoinPolicy.REQUEST, closing.joinPolicy());
    }

    @Test
    @DisplayName("a hidden group is always private and joined by invitation only")
    void hiddenGroupsByInvitation() {
      assertEquals("hidden-group-private", assertThrows(ValidationException.class,
          () -> build(Privacy.SEMI_PRIVATE, Purpose.HIDDEN_GROUP, JoinPolicy.INVITATION)).rule());
      assertEquals("hidden-group-invitation", assertThrows(ValidationException.class,
          () -> build(Privacy.PRIVATE, Purpose.HIDDEN_GROUP, JoinPolicy.REQUEST)).rule());
    }

    @Test
    @DisplayName("a community joined by invitation takes no one who just asks or walks in")
    void invitationOnly() {
      Community invitational = community("invitational", Privacy.PUBLIC, JoinPolicy.INVITATION);
      assertDecision(Outcome.DENY, Reason.JOIN_POLICY,
          decide(Who.OUTSIDER, Action.JOIN, context(invitational, Who.OUTSIDER)));
      assertDecision(Outcome.DENY, Reason.JOIN_POLICY,
          decide(Who.OUTSIDER, Action.REQUEST_MEMBERSHIP, context(invitational, Who.OUTSIDER)));
      assertDecision(Outcome.ALLOW, null,
          decide(Who.INVITED, Action.ACCEPT_INVITATION, context(invitational, Who.INVITED)));
    }

    private Community build(Privacy privacy, Purpose purpose, JoinPolicy joinPolicy) {
      return Community.builder(CommunityId.of("c-built"), "built").name("Built").purpose(purpose).privacy(privacy)
          .joinPolicy(joinPolicy).build();
    }
  }

  /** An attempt at an action that the rules allow in an active community: who tries it, and on what. */
  private record Attempt(Who who, AccessContext context, Action action) {

    /**
     * Outsiders join and ask to join; the requester withdraws; the invitee accepts or declines; a
     * member leaves; an admin does everything else, on an item or member that fits the action. In a
     * working group every registered actor is an active member of the parent.
     */
    static Attempt of(Action action, Community community, Optional<Community> parent) {
      Who who = switch (action) {
        case JOIN, REQUEST_MEMBERSHIP -> Who.OUTSIDER;
        case WITHDRAW_REQUEST -> Who.REQUESTED;
        case ACCEPT_INVITATION, DECLINE_INVITATION -> Who.INVITED;
        case LEAVE -> Who.MEMBER;
        case CATEGORISE_ITEM -> Who.CURATOR;
        default -> Who.ADMIN;
      };
      Community fitting = switch (action) {
        case REQUEST_MEMBERSHIP -> community.withJoinPolicy(JoinPolicy.REQUEST);
        case SUBMIT_ITEM, REVIEW_ITEM -> community.toBuilder().reviewBeforePublication(true).build();
        default -> community;
      };
      AccessContext context = parent
          .map(p -> AccessContext.of(fitting, p, NOW)
              .withParentMembership(Optional.of(active(p, who.user(), Role.MEMBER))))
          .orElseGet(() -> AccessContext.of(fitting, NOW))
          .withMembership(who.membershipOf(fitting));
      context = switch (action) {
        case VIEW_ITEM, ARCHIVE_ITEM -> context.withItem(document(fitting, AUTHOR, Visibility.MEMBERS,
            ReviewState.PUBLISHED));
        case EDIT_ITEM, DELETE_ITEM -> context.withItem(document(fitting, who.user(), Visibility.MEMBERS,
            ReviewState.PUBLISHED));
        case SUBMIT_ITEM, PUBLISH_ITEM -> context.withItem(document(fitting, who.user(), Visibility.MEMBERS,
            ReviewState.DRAFT));
        case REVIEW_ITEM -> context.withItem(document(fitting, AUTHOR, Visibility.MEMBERS, ReviewState.SUBMITTED));
        case RESTORE_ITEM -> context.withItem(document(fitting, AUTHOR, Visibility.MEMBERS, ReviewState.ARCHIVED));
        case CATEGORISE_ITEM -> context.withItem(document(fitting, AUTHOR, Visibility.PUBLIC, ReviewState.PUBLISHED));
        case REPLY, HIDE_REPLY, LOCK_DISCUSSION, VIEW_HIDDEN_REPLIES ->
            context.withItem(discussion(fitting, AUTHOR, ReviewState.PUBLISHED, false));
        case VOTE, ADD_IDEA, VIEW_POLL_RESULTS -> context.withItem(poll(fitting, AUTHOR, Visibility.MEMBERS, ReviewState.PUBLISHED,
            Poll.Mode.IDEAS, Poll.ResultsVisibility.ALWAYS, Optional.empty()));
        case DECIDE_REQUEST -> context.withTarget(membership(fitting, SOMEONE, MembershipState.REQUESTED, Role.MEMBER));
        case REMOVE_MEMBER, BLOCK_MEMBER, CHANGE_ROLE -> context.withTarget(active(fitting, SOMEONE, Role.MEMBER));
        default -> context;
      };
      return new Attempt(who, context, action);
    }

    Decision decide() {
      return STANDARD.decide(who.actor(), action, context);
    }
  }
}
