package dev.convene.core.policy;

import static dev.convene.core.policy.PolicyFixtures.AUTHOR;
import static dev.convene.core.policy.PolicyFixtures.STANDARD;
import static dev.convene.core.policy.PolicyFixtures.assertDecision;
import static dev.convene.core.policy.PolicyFixtures.context;
import static dev.convene.core.policy.PolicyFixtures.document;

import dev.convene.core.model.Community;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.Decision.Outcome;
import dev.convene.core.policy.PolicyFixtures.Kind;
import dev.convene.core.policy.PolicyFixtures.Who;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DESIGN.md §3's first table, one row per cell: each community kind, each column, each kind of
 * actor. The columns are {@code listed} (the listing and the profile), {@code public item} and
 * {@code members item} (a published item declared PUBLIC or MEMBERS, written by another member),
 * {@code member list}, and the three ways in that the join column governs: {@code join} (at once),
 * {@code request} and {@code accept invitation}.
 *
 * <p>How the cells were worked out, where the table needs reading:
 *
 * <ul>
 *   <li>INVITED, REQUESTED and BLOCKED users are outsiders until active; an expired invitation is no
 *       invitation. An invitee of a hidden group sees its profile and nothing more.
 *   <li>What the actor may not know exists is NOT_FOUND: a hidden group to all but members and
 *       pending invitees, a private community to anonymous visitors, a members-only item to
 *       non-members. What they can see but not do is DENY.
 *   <li>A platform admin is allowed everything; the decision is flagged as an override exactly where
 *       an outsider would be refused.
 *   <li>Active members do not join or ask to join again: the join column is about how outsiders get
 *       in. Those rows disagree with the policy and stand apart, disabled, at the end.
 * </ul>
 */
class PolicyTableTest {

  @ParameterizedTest(name = "{0} | {1} | {2} => {3} {4}")
  @CsvSource(textBlock = """
      # PUBLIC/OPEN: listed
      PUBLIC/OPEN,    anonymous,           listed,            ALLOW, ALLOWED
      PUBLIC/OPEN,    outsider,            listed,            ALLOW, ALLOWED
      PUBLIC/OPEN,    invited,             listed,            ALLOW, ALLOWED
      PUBLIC/OPEN,    invitation expired,  listed,            ALLOW, ALLOWED
      PUBLIC/OPEN,    requested,           listed,            ALLOW, ALLOWED
      PUBLIC/OPEN,    blocked,             listed,            ALLOW, ALLOWED
      PUBLIC/OPEN,    member,              listed,            ALLOW, ALLOWED
      PUBLIC/OPEN,    moderator,           listed,            ALLOW, ALLOWED
      PUBLIC/OPEN,    admin,               listed,            ALLOW, ALLOWED
      PUBLIC/OPEN,    curator,             listed,            ALLOW, ALLOWED
      PUBLIC/OPEN,    platform admin,      listed,            ALLOW, ALLOWED
      # PUBLIC/OPEN: public item
      PUBLIC/OPEN,    anonymous,           public item,       ALLOW, ALLOWED
      PUBLIC/OPEN,    outsider,            public item,       ALLOW, ALLOWED
      PUBLIC/OPEN,    invited,             public item,       ALLOW, ALLOWED
      PUBLIC/OPEN,    invitation expired,  public item,       ALLOW, ALLOWED
      PUBLIC/OPEN,    requested,           public item,       ALLOW, ALLOWED
      PUBLIC/OPEN,    blocked,             public item,       ALLOW, ALLOWED
      PUBLIC/OPEN,    member,              public item,       ALLOW, ALLOWED
      PUBLIC/OPEN,    moderator,           public item,       ALLOW, ALLOWED
      PUBLIC/OPEN,    admin,               public item,       ALLOW, ALLOWED
      PUBLIC/OPEN,    curator,             public item,       ALLOW, ALLOWED
      PUBLIC/OPEN,    platform admin,      public item,       ALLOW, ALLOWED
      # PUBLIC/OPEN: members item
      PUBLIC/OPEN,    anonymous,           members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLIC/OPEN,    outsider,            members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLIC/OPEN,    invited,             members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLIC/OPEN,    invitation expired,  members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLIC/OPEN,    requested,           members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLIC/OPEN,    blocked,             members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLIC/OPEN,    member,              members item,      ALLOW, ALLOWED
      PUBLIC/OPEN,    moderator,           members item,      ALLOW, ALLOWED
      PUBLIC/OPEN,    admin,               members item,      ALLOW, ALLOWED
      PUBLIC/OPEN,    curator,             members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLIC/OPEN,    platform admin,      members item,      ALLOW, PLATFORM_ADMIN
      # PUBLIC/OPEN: member list
      PUBLIC/OPEN,    anonymous,           member list,       DENY, SIGN_IN_REQUIRED
      PUBLIC/OPEN,    outsider,            member list,       ALLOW, ALLOWED
      PUBLIC/OPEN,    invited,             member list,       ALLOW, ALLOWED
      PUBLIC/OPEN,    invitation expired,  member list,       ALLOW, ALLOWED
      PUBLIC/OPEN,    requested,           member list,       ALLOW, ALLOWED
      PUBLIC/OPEN,    blocked,             member list,       ALLOW, ALLOWED
      PUBLIC/OPEN,    member,              member list,       ALLOW, ALLOWED
      PUBLIC/OPEN,    moderator,           member list,       ALLOW, ALLOWED
      PUBLIC/OPEN,    admin,               member list,       ALLOW, ALLOWED
      PUBLIC/OPEN,    curator,             member list,       ALLOW, ALLOWED
      PUBLIC/OPEN,    platform admin,      member list,       ALLOW, ALLOWED
      # PUBLIC/OPEN: join
      PUBLIC/OPEN,    anonymous,           join,              DENY, SIGN_IN_REQUIRED
      PUBLIC/OPEN,    outsider,            join,              ALLOW, ALLOWED
      PUBLIC/OPEN,    invited,             join,              DENY, ALREADY_MEMBER
      PUBLIC/OPEN,    invitation expired,  join,              ALLOW, ALLOWED
      PUBLIC/OPEN,    requested,           join,              DENY, ALREADY_MEMBER
      PUBLIC/OPEN,    blocked,             join,              DENY, BLOCKED
      PUBLIC/OPEN,    member,              join,              DENY, ALREADY_MEMBER
      PUBLIC/OPEN,    moderator,           join,              DENY, ALREADY_MEMBER
      PUBLIC/OPEN,    admin,               join,              DENY, ALREADY_MEMBER
      PUBLIC/OPEN,    curator,             join,              ALLOW, ALLOWED
      PUBLIC/OPEN,    platform admin,      join,              ALLOW, ALLOWED
      # PUBLIC/OPEN: request
      PUBLIC/OPEN,    anonymous,           request,           DENY, SIGN_IN_REQUIRED
      PUBLIC/OPEN,    outsider,            request,           DENY, JOIN_POLICY
      PUBLIC/OPEN,    invited,             request,           DENY, ALREADY_MEMBER
      PUBLIC/OPEN,    invitation expired,  request,           DENY, JOIN_POLICY
      PUBLIC/OPEN,    requested,           request,           DENY, ALREADY_MEMBER
      PUBLIC/OPEN,    blocked,             request,           DENY, BLOCKED
      PUBLIC/OPEN,    member,              request,           DENY, ALREADY_MEMBER
      PUBLIC/OPEN,    moderator,           request,           DENY, ALREADY_MEMBER
      PUBLIC/OPEN,    admin,               request,           DENY, ALREADY_MEMBER
      PUBLIC/OPEN,    curator,             request,           DENY, JOIN_POLICY
      PUBLIC/OPEN,    platform admin,      request,           ALLOW, PLATFORM_ADMIN
      # PUBLIC/OPEN: accept invitation
      PUBLIC/OPEN,    anonymous,           accept invitation, DENY, SIGN_IN_REQUIRED
      PUBLIC/OPEN,    outsider,            accept invitation, DENY, NO_INVITATION
      PUBLIC/OPEN,    invited,             accept invitation, ALLOW, ALLOWED
      PUBLIC/OPEN,    invitation expired,  accept invitation, DENY, NO_INVITATION
      PUBLIC/OPEN,    requested,           accept invitation, DENY, NO_INVITATION
      PUBLIC/OPEN,    blocked,             accept invitation, DENY,
      PUBLIC/OPEN,    member,              accept invitation, DENY, NO_INVITATION
      PUBLIC/OPEN,    moderator,           accept invitation, DENY, NO_INVITATION
      PUBLIC/OPEN,    admin,               accept invitation, DENY, NO_INVITATION
      PUBLIC/OPEN,    curator,             accept invitation, DENY, NO_INVITATION
      PUBLIC/OPEN,    platform admin,      accept invitation, ALLOW, PLATFORM_ADMIN
      # PUBLIC/REQUEST: listed
      PUBLIC/REQUEST, anonymous,           listed,            ALLOW, ALLOWED
      PUBLIC/REQUEST, outsider,            listed,            ALLOW, ALLOWED
      PUBLIC/REQUEST, invited,             listed,            ALLOW, ALLOWED
      PUBLIC/REQUEST, invitation expired,  listed,            ALLOW, ALLOWED
      PUBLIC/REQUEST, requested,           listed,            ALLOW, ALLOWED
      PUBLIC/REQUEST, blocked,             listed,            ALLOW, ALLOWED
      PUBLIC/REQUEST, member,              listed,            ALLOW, ALLOWED
      PUBLIC/REQUEST, moderator,           listed,            ALLOW, ALLOWED
      PUBLIC/REQUEST, admin,               listed,            ALLOW, ALLOWED
      PUBLIC/REQUEST, curator,             listed,            ALLOW, ALLOWED
      PUBLIC/REQUEST, platform admin,      listed,            ALLOW, ALLOWED
      # PUBLIC/REQUEST: public item
      PUBLIC/REQUEST, anonymous,           public item,       ALLOW, ALLOWED
      PUBLIC/REQUEST, outsider,            public item,       ALLOW, ALLOWED
      PUBLIC/REQUEST, invited,             public item,       ALLOW, ALLOWED
      PUBLIC/REQUEST, invitation expired,  public item,       ALLOW, ALLOWED
      PUBLIC/REQUEST, requested,           public item,       ALLOW, ALLOWED
      PUBLIC/REQUEST, blocked,             public item,       ALLOW, ALLOWED
      PUBLIC/REQUEST, member,              public item,       ALLOW, ALLOWED
      PUBLIC/REQUEST, moderator,           public item,       ALLOW, ALLOWED
      PUBLIC/REQUEST, admin,               public item,       ALLOW, ALLOWED
      PUBLIC/REQUEST, curator,             public item,       ALLOW, ALLOWED
      PUBLIC/REQUEST, platform admin,      public item,       ALLOW, ALLOWED
      # PUBLIC/REQUEST: members item
      PUBLIC/REQUEST, anonymous,           members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLIC/REQUEST, outsider,            members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLIC/REQUEST, invited,             members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLIC/REQUEST, invitation expired,  members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLIC/REQUEST, requested,           members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLIC/REQUEST, blocked,             members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLIC/REQUEST, member,              members item,      ALLOW, ALLOWED
      PUBLIC/REQUEST, moderator,           members item,      ALLOW, ALLOWED
      PUBLIC/REQUEST, admin,               members item,      ALLOW, ALLOWED
      PUBLIC/REQUEST, curator,             members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLIC/REQUEST, platform admin,      members item,      ALLOW, PLATFORM_ADMIN
      # PUBLIC/REQUEST: member list
      PUBLIC/REQUEST, anonymous,           member list,       DENY, SIGN_IN_REQUIRED
      PUBLIC/REQUEST, outsider,            member list,       ALLOW, ALLOWED
      PUBLIC/REQUEST, invited,             member list,       ALLOW, ALLOWED
      PUBLIC/REQUEST, invitation expired,  member list,       ALLOW, ALLOWED
      PUBLIC/REQUEST, requested,           member list,       ALLOW, ALLOWED
      PUBLIC/REQUEST, blocked,             member list,       ALLOW, ALLOWED
      PUBLIC/REQUEST, member,              member list,       ALLOW, ALLOWED
      PUBLIC/REQUEST, moderator,           member list,       ALLOW, ALLOWED
      PUBLIC/REQUEST, admin,               member list,       ALLOW, ALLOWED
      PUBLIC/REQUEST, curator,             member list,       ALLOW, ALLOWED
      PUBLIC/REQUEST, platform admin,      member list,       ALLOW, ALLOWED
      # PUBLIC/REQUEST: join
      PUBLIC/REQUEST, anonymous,           join,              DENY, SIGN_IN_REQUIRED
      PUBLIC/REQUEST, outsider,            join,              DENY, JOIN_POLICY
      PUBLIC/REQUEST, invited,             join,              DENY, ALREADY_MEMBER
      PUBLIC/REQUEST, invitation expired,  join,              DENY, JOIN_POLICY
      PUBLIC/REQUEST, requested,           join,              DENY, ALREADY_MEMBER
      PUBLIC/REQUEST, blocked,             join,              DENY, BLOCKED
      PUBLIC/REQUEST, member,              join,              DENY, ALREADY_MEMBER
      PUBLIC/REQUEST, moderator,           join,              DENY, ALREADY_MEMBER
      PUBLIC/REQUEST, admin,               join,              DENY, ALREADY_MEMBER
      PUBLIC/REQUEST, curator,             join,              DENY, JOIN_POLICY
      PUBLIC/REQUEST, platform admin,      join,              ALLOW, PLATFORM_ADMIN
      # PUBLIC/REQUEST: request
      PUBLIC/REQUEST, anonymous,           request,           DENY, SIGN_IN_REQUIRED
      PUBLIC/REQUEST, outsider,            request,           ALLOW, ALLOWED
      PUBLIC/REQUEST, invited,             request,           DENY, ALREADY_MEMBER
      PUBLIC/REQUEST, invitation expired,  request,           ALLOW, ALLOWED
      PUBLIC/REQUEST, requested,           request,           DENY, ALREADY_MEMBER
      PUBLIC/REQUEST, blocked,             request,           DENY, BLOCKED
      PUBLIC/REQUEST, curator,             request,           ALLOW, ALLOWED
      PUBLIC/REQUEST, platform admin,      request,           ALLOW, ALLOWED
      # PUBLIC/REQUEST: accept invitation
      PUBLIC/REQUEST, anonymous,           accept invitation, DENY, SIGN_IN_REQUIRED
      PUBLIC/REQUEST, outsider,            accept invitation, DENY, NO_INVITATION
      PUBLIC/REQUEST, invited,             accept invitation, ALLOW, ALLOWED
      PUBLIC/REQUEST, invitation expired,  accept invitation, DENY, NO_INVITATION
      PUBLIC/REQUEST, requested,           accept invitation, DENY, NO_INVITATION
      PUBLIC/REQUEST, blocked,             accept invitation, DENY,
      PUBLIC/REQUEST, member,              accept invitation, DENY, NO_INVITATION
      PUBLIC/REQUEST, moderator,           accept invitation, DENY, NO_INVITATION
      PUBLIC/REQUEST, admin,               accept invitation, DENY, NO_INVITATION
      PUBLIC/REQUEST, curator,             accept invitation, DENY, NO_INVITATION
      PUBLIC/REQUEST, platform admin,      accept invitation, ALLOW, PLATFORM_ADMIN
      # SEMI_PRIVATE: listed
      SEMI_PRIVATE,   anonymous,           listed,            ALLOW, ALLOWED
      SEMI_PRIVATE,   outsider,            listed,            ALLOW, ALLOWED
      SEMI_PRIVATE,   invited,             listed,            ALLOW, ALLOWED
      SEMI_PRIVATE,   invitation expired,  listed,            ALLOW, ALLOWED
      SEMI_PRIVATE,   requested,           listed,            ALLOW, ALLOWED
      SEMI_PRIVATE,   blocked,             listed,            ALLOW, ALLOWED
      SEMI_PRIVATE,   member,              listed,            ALLOW, ALLOWED
      SEMI_PRIVATE,   moderator,           listed,            ALLOW, ALLOWED
      SEMI_PRIVATE,   admin,               listed,            ALLOW, ALLOWED
      SEMI_PRIVATE,   curator,             listed,            ALLOW, ALLOWED
      SEMI_PRIVATE,   platform admin,      listed,            ALLOW, ALLOWED
      # SEMI_PRIVATE: public item
      SEMI_PRIVATE,   anonymous,           public item,       ALLOW, ALLOWED
      SEMI_PRIVATE,   outsider,            public item,       ALLOW, ALLOWED
      SEMI_PRIVATE,   invited,             public item,       ALLOW, ALLOWED
      SEMI_PRIVATE,   invitation expired,  public item,       ALLOW, ALLOWED
      SEMI_PRIVATE,   requested,           public item,       ALLOW, ALLOWED
      SEMI_PRIVATE,   blocked,             public item,       ALLOW, ALLOWED
      SEMI_PRIVATE,   member,              public item,       ALLOW, ALLOWED
      SEMI_PRIVATE,   moderator,           public item,       ALLOW, ALLOWED
      SEMI_PRIVATE,   admin,               public item,       ALLOW, ALLOWED
      SEMI_PRIVATE,   curator,             public item,       ALLOW, ALLOWED
      SEMI_PRIVATE,   platform admin,      public item,       ALLOW, ALLOWED
      # SEMI_PRIVATE: members item
      SEMI_PRIVATE,   anonymous,           members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      SEMI_PRIVATE,   outsider,            members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      SEMI_PRIVATE,   invited,             members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      SEMI_PRIVATE,   invitation expired,  members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      SEMI_PRIVATE,   requested,           members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      SEMI_PRIVATE,   blocked,             members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      SEMI_PRIVATE,   member,              members item,      ALLOW, ALLOWED
      SEMI_PRIVATE,   moderator,           members item,      ALLOW, ALLOWED
      SEMI_PRIVATE,   admin,               members item,      ALLOW, ALLOWED
      SEMI_PRIVATE,   curator,             members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      SEMI_PRIVATE,   platform admin,      members item,      ALLOW, PLATFORM_ADMIN
      # SEMI_PRIVATE: member list
      SEMI_PRIVATE,   anonymous,           member list,       DENY, SIGN_IN_REQUIRED
      SEMI_PRIVATE,   outsider,            member list,       DENY, MEMBERS_ONLY
      SEMI_PRIVATE,   invited,             member list,       DENY, MEMBERS_ONLY
      SEMI_PRIVATE,   invitation expired,  member list,       DENY, MEMBERS_ONLY
      SEMI_PRIVATE,   requested,           member list,       DENY, MEMBERS_ONLY
      SEMI_PRIVATE,   blocked,             member list,       DENY,
      SEMI_PRIVATE,   member,              member list,       ALLOW, ALLOWED
      SEMI_PRIVATE,   moderator,           member list,       ALLOW, ALLOWED
      SEMI_PRIVATE,   admin,               member list,       ALLOW, ALLOWED
      SEMI_PRIVATE,   curator,             member list,       DENY, MEMBERS_ONLY
      SEMI_PRIVATE,   platform admin,      member list,       ALLOW, PLATFORM_ADMIN
      # SEMI_PRIVATE: join
      SEMI_PRIVATE,   anonymous,           join,              DENY, SIGN_IN_REQUIRED
      SEMI_PRIVATE,   outsider,            join,              DENY, JOIN_POLICY
      SEMI_PRIVATE,   invited,             join,              DENY, ALREADY_MEMBER
      SEMI_PRIVATE,   invitation expired,  join,              DENY, JOIN_POLICY
      SEMI_PRIVATE,   requested,           join,              DENY, ALREADY_MEMBER
      SEMI_PRIVATE,   blocked,             join,              DENY, BLOCKED
      SEMI_PRIVATE,   member,              join,              DENY, ALREADY_MEMBER
      SEMI_PRIVATE,   moderator,           join,              DENY, ALREADY_MEMBER
      SEMI_PRIVATE,   admin,               join,              DENY, ALREADY_MEMBER
      SEMI_PRIVATE,   curator,             join,              DENY, JOIN_POLICY
      SEMI_PRIVATE,   platform admin,      join,              ALLOW, PLATFORM_ADMIN
      # SEMI_PRIVATE: request
      SEMI_PRIVATE,   anonymous,           request,           DENY, SIGN_IN_REQUIRED
      SEMI_PRIVATE,   outsider,            request,           ALLOW, ALLOWED
      SEMI_PRIVATE,   invited,             request,           DENY, ALREADY_MEMBER
      SEMI_PRIVATE,   invitation expired,  request,           ALLOW, ALLOWED
      SEMI_PRIVATE,   requested,           request,           DENY, ALREADY_MEMBER
      SEMI_PRIVATE,   blocked,             request,           DENY, BLOCKED
      SEMI_PRIVATE,   curator,             request,           ALLOW, ALLOWED
      SEMI_PRIVATE,   platform admin,      request,           ALLOW, ALLOWED
      # SEMI_PRIVATE: accept invitation
      SEMI_PRIVATE,   anonymous,           accept invitation, DENY, SIGN_IN_REQUIRED
      SEMI_PRIVATE,   outsider,            accept invitation, DENY, NO_INVITATION
      SEMI_PRIVATE,   invited,             accept invitation, ALLOW, ALLOWED
      SEMI_PRIVATE,   invitation expired,  accept invitation, DENY, NO_INVITATION
      SEMI_PRIVATE,   requested,           accept invitation, DENY, NO_INVITATION
      SEMI_PRIVATE,   blocked,             accept invitation, DENY,
      SEMI_PRIVATE,   member,              accept invitation, DENY, NO_INVITATION
      SEMI_PRIVATE,   moderator,           accept invitation, DENY, NO_INVITATION
      SEMI_PRIVATE,   admin,               accept invitation, DENY, NO_INVITATION
      SEMI_PRIVATE,   curator,             accept invitation, DENY, NO_INVITATION
      SEMI_PRIVATE,   platform admin,      accept invitation, ALLOW, PLATFORM_ADMIN
      # PRIVATE: listed
      PRIVATE,        anonymous,           listed,            NOT_FOUND, PRIVATE_COMMUNITY
      PRIVATE,        outsider,            listed,            ALLOW, ALLOWED
      PRIVATE,        invited,             listed,            ALLOW, ALLOWED
      PRIVATE,        invitation expired,  listed,            ALLOW, ALLOWED
      PRIVATE,        requested,           listed,            ALLOW, ALLOWED
      PRIVATE,        blocked,             listed,            ALLOW, ALLOWED
      PRIVATE,        member,              listed,            ALLOW, ALLOWED
      PRIVATE,        moderator,           listed,            ALLOW, ALLOWED
      PRIVATE,        admin,               listed,            ALLOW, ALLOWED
      PRIVATE,        curator,             listed,            ALLOW, ALLOWED
      PRIVATE,        platform admin,      listed,            ALLOW, ALLOWED
      # PRIVATE: public item
      PRIVATE,        anonymous,           public item,       NOT_FOUND, PRIVATE_COMMUNITY
      PRIVATE,        outsider,            public item,       NOT_FOUND, ITEM_NOT_VISIBLE
      PRIVATE,        invited,             public item,       NOT_FOUND, ITEM_NOT_VISIBLE
      PRIVATE,        invitation expired,  public item,       NOT_FOUND, ITEM_NOT_VISIBLE
      PRIVATE,        requested,           public item,       NOT_FOUND, ITEM_NOT_VISIBLE
      PRIVATE,        blocked,             public item,       NOT_FOUND, ITEM_NOT_VISIBLE
      PRIVATE,        member,              public item,       ALLOW, ALLOWED
      PRIVATE,        moderator,           public item,       ALLOW, ALLOWED
      PRIVATE,        admin,               public item,       ALLOW, ALLOWED
      PRIVATE,        curator,             public item,       NOT_FOUND, ITEM_NOT_VISIBLE
      PRIVATE,        platform admin,      public item,       ALLOW, PLATFORM_ADMIN
      # PRIVATE: members item
      PRIVATE,        anonymous,           members item,      NOT_FOUND, PRIVATE_COMMUNITY
      PRIVATE,        outsider,            members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PRIVATE,        invited,             members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PRIVATE,        invitation expired,  members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PRIVATE,        requested,           members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PRIVATE,        blocked,             members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PRIVATE,        member,              members item,      ALLOW, ALLOWED
      PRIVATE,        moderator,           members item,      ALLOW, ALLOWED
      PRIVATE,        admin,               members item,      ALLOW, ALLOWED
      PRIVATE,        curator,             members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      PRIVATE,        platform admin,      members item,      ALLOW, PLATFORM_ADMIN
      # PRIVATE: member list
      PRIVATE,        anonymous,           member list,       NOT_FOUND, PRIVATE_COMMUNITY
      PRIVATE,        outsider,            member list,       DENY, MEMBERS_ONLY
      PRIVATE,        invited,             member list,       DENY, MEMBERS_ONLY
      PRIVATE,        invitation expired,  member list,       DENY, MEMBERS_ONLY
      PRIVATE,        requested,           member list,       DENY, MEMBERS_ONLY
      PRIVATE,        blocked,             member list,       DENY,
      PRIVATE,        member,              member list,       ALLOW, ALLOWED
      PRIVATE,        moderator,           member list,       ALLOW, ALLOWED
      PRIVATE,        admin,               member list,       ALLOW, ALLOWED
      PRIVATE,        curator,             member list,       DENY, MEMBERS_ONLY
      PRIVATE,        platform admin,      member list,       ALLOW, PLATFORM_ADMIN
      # PRIVATE: join
      PRIVATE,        anonymous,           join,              NOT_FOUND, PRIVATE_COMMUNITY
      PRIVATE,        outsider,            join,              DENY, JOIN_POLICY
      PRIVATE,        invited,             join,              DENY, ALREADY_MEMBER
      PRIVATE,        invitation expired,  join,              DENY, JOIN_POLICY
      PRIVATE,        requested,           join,              DENY, ALREADY_MEMBER
      PRIVATE,        blocked,             join,              DENY, BLOCKED
      PRIVATE,        member,              join,              DENY, ALREADY_MEMBER
      PRIVATE,        moderator,           join,              DENY, ALREADY_MEMBER
      PRIVATE,        admin,               join,              DENY, ALREADY_MEMBER
      PRIVATE,        curator,             join,              DENY, JOIN_POLICY
      PRIVATE,        platform admin,      join,              ALLOW, PLATFORM_ADMIN
      # PRIVATE: request
      PRIVATE,        anonymous,           request,           NOT_FOUND, PRIVATE_COMMUNITY
      PRIVATE,        outsider,            request,           ALLOW, ALLOWED
      PRIVATE,        invited,             request,           DENY, ALREADY_MEMBER
      PRIVATE,        invitation expired,  request,           ALLOW, ALLOWED
      PRIVATE,        requested,           request,           DENY, ALREADY_MEMBER
      PRIVATE,        blocked,             request,           DENY, BLOCKED
      PRIVATE,        curator,             request,           ALLOW, ALLOWED
      PRIVATE,        platform admin,      request,           ALLOW, ALLOWED
      # PRIVATE: accept invitation
      PRIVATE,        anonymous,           accept invitation, NOT_FOUND, PRIVATE_COMMUNITY
      PRIVATE,        outsider,            accept invitation, DENY, NO_INVITATION
      PRIVATE,        invited,             accept invitation, ALLOW, ALLOWED
      PRIVATE,        invitation expired,  accept invitation, DENY, NO_INVITATION
      PRIVATE,        requested,           accept invitation, DENY, NO_INVITATION
      PRIVATE,        blocked,             accept invitation, DENY,
      PRIVATE,        member,              accept invitation, DENY, NO_INVITATION
      PRIVATE,        moderator,           accept invitation, DENY, NO_INVITATION
      PRIVATE,        admin,               accept invitation, DENY, NO_INVITATION
      PRIVATE,        curator,             accept invitation, DENY, NO_INVITATION
      PRIVATE,        platform admin,      accept invitation, ALLOW, PLATFORM_ADMIN
      # HIDDEN_GROUP: listed
      HIDDEN_GROUP,   anonymous,           listed,            NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   outsider,            listed,            NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   invited,             listed,            ALLOW, ALLOWED
      HIDDEN_GROUP,   invitation expired,  listed,            NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   requested,           listed,            NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   blocked,             listed,            NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   member,              listed,            ALLOW, ALLOWED
      HIDDEN_GROUP,   moderator,           listed,            ALLOW, ALLOWED
      HIDDEN_GROUP,   admin,               listed,            ALLOW, ALLOWED
      HIDDEN_GROUP,   curator,             listed,            NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   platform admin,      listed,            ALLOW, PLATFORM_ADMIN
      # HIDDEN_GROUP: public item
      HIDDEN_GROUP,   anonymous,           public item,       NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   outsider,            public item,       NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   invited,             public item,       NOT_FOUND, ITEM_NOT_VISIBLE
      HIDDEN_GROUP,   invitation expired,  public item,       NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   requested,           public item,       NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   blocked,             public item,       NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   member,              public item,       ALLOW, ALLOWED
      HIDDEN_GROUP,   moderator,           public item,       ALLOW, ALLOWED
      HIDDEN_GROUP,   admin,               public item,       ALLOW, ALLOWED
      HIDDEN_GROUP,   curator,             public item,       NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   platform admin,      public item,       ALLOW, PLATFORM_ADMIN
      # HIDDEN_GROUP: members item
      HIDDEN_GROUP,   anonymous,           members item,      NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   outsider,            members item,      NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   invited,             members item,      NOT_FOUND, ITEM_NOT_VISIBLE
      HIDDEN_GROUP,   invitation expired,  members item,      NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   requested,           members item,      NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   blocked,             members item,      NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   member,              members item,      ALLOW, ALLOWED
      HIDDEN_GROUP,   moderator,           members item,      ALLOW, ALLOWED
      HIDDEN_GROUP,   admin,               members item,      ALLOW, ALLOWED
      HIDDEN_GROUP,   curator,             members item,      NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   platform admin,      members item,      ALLOW, PLATFORM_ADMIN
      # HIDDEN_GROUP: member list
      HIDDEN_GROUP,   anonymous,           member list,       NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   outsider,            member list,       NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   invited,             member list,       DENY, MEMBERS_ONLY
      HIDDEN_GROUP,   invitation expired,  member list,       NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   requested,           member list,       NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   blocked,             member list,       NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   member,              member list,       ALLOW, ALLOWED
      HIDDEN_GROUP,   moderator,           member list,       ALLOW, ALLOWED
      HIDDEN_GROUP,   admin,               member list,       ALLOW, ALLOWED
      HIDDEN_GROUP,   curator,             member list,       NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   platform admin,      member list,       ALLOW, PLATFORM_ADMIN
      # HIDDEN_GROUP: join
      HIDDEN_GROUP,   anonymous,           join,              NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   outsider,            join,              NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   invited,             join,              DENY, ALREADY_MEMBER
      HIDDEN_GROUP,   invitation expired,  join,              NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   requested,           join,              NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   blocked,             join,              NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   member,              join,              DENY, ALREADY_MEMBER
      HIDDEN_GROUP,   moderator,           join,              DENY, ALREADY_MEMBER
      HIDDEN_GROUP,   admin,               join,              DENY, ALREADY_MEMBER
      HIDDEN_GROUP,   curator,             join,              NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   platform admin,      join,              ALLOW, PLATFORM_ADMIN
      # HIDDEN_GROUP: request
      HIDDEN_GROUP,   anonymous,           request,           NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   outsider,            request,           NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   invited,             request,           DENY, ALREADY_MEMBER
      HIDDEN_GROUP,   invitation expired,  request,           NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   requested,           request,           NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   blocked,             request,           NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   member,              request,           DENY, ALREADY_MEMBER
      HIDDEN_GROUP,   moderator,           request,           DENY, ALREADY_MEMBER
      HIDDEN_GROUP,   admin,               request,           DENY, ALREADY_MEMBER
      HIDDEN_GROUP,   curator,             request,           NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   platform admin,      request,           ALLOW, PLATFORM_ADMIN
      # HIDDEN_GROUP: accept invitation
      HIDDEN_GROUP,   anonymous,           accept invitation, NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   outsider,            accept invitation, NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   invited,             accept invitation, ALLOW, ALLOWED
      HIDDEN_GROUP,   invitation expired,  accept invitation, NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   requested,           accept invitation, NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   blocked,             accept invitation, NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   member,              accept invitation, DENY, NO_INVITATION
      HIDDEN_GROUP,   moderator,           accept invitation, DENY, NO_INVITATION
      HIDDEN_GROUP,   admin,               accept invitation, DENY, NO_INVITATION
      HIDDEN_GROUP,   curator,             accept invitation, NOT_FOUND, HIDDEN_GROUP
      HIDDEN_GROUP,   platform admin,      accept invitation, ALLOW, PLATFORM_ADMIN
      """)
  void decidesTheCell(String community, String actor, String column, Outcome outcome, Reason reason) {
    assertDecision(outcome, reason, decide(Kind.of(community), Who.of(actor), column));
  }

  private static Decision decide(Kind kind, Who who, String column) {
    Community community = kind.community();
    AccessContext context = context(community, who);
    return switch (column) {
      case "listed" -> STANDARD.decide(who.actor(), Action.VIEW_COMMUNITY, context);
      case "public item" -> STANDARD.decide(who.actor(), Action.VIEW_ITEM,
          context.withItem(document(community, AUTHOR, Visibility.PUBLIC, ReviewState.PUBLISHED)));
      case "members item" -> STANDARD.decide(who.actor(), Action.VIEW_ITEM,
          context.withItem(document(community, AUTHOR, Visibility.MEMBERS, ReviewState.PUBLISHED)));
      case "member list" -> STANDARD.decide(who.actor(), Action.VIEW_MEMBERS, context);
      case "join" -> STANDARD.decide(who.actor(), Action.JOIN, context);
      case "request" -> STANDARD.decide(who.actor(), Action.REQUEST_MEMBERSHIP, context);
      case "accept invitation" -> STANDARD.decide(who.actor(), Action.ACCEPT_INVITATION, context);
      default -> throw new IllegalArgumentException("no column " + column);
    };
  }
}
