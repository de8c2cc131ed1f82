package dev.convene.core.policy;

import static dev.convene.core.policy.PolicyFixtures.AUTHOR;
import static dev.convene.core.policy.PolicyFixtures.STANDARD;
import static dev.convene.core.policy.PolicyFixtures.active;
import static dev.convene.core.policy.PolicyFixtures.assertDecision;
import static dev.convene.core.policy.PolicyFixtures.context;
import static dev.convene.core.policy.PolicyFixtures.discussion;
import static dev.convene.core.policy.PolicyFixtures.document;
import static dev.convene.core.policy.PolicyFixtures.membership;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Community;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Permission;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.RolePermissions;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.Decision.Outcome;
import dev.convene.core.policy.PolicyFixtures.Who;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DESIGN.md §3's default role-permission table, one row per action × role, and the same rows in
 * communities that loosen or tighten the adjustable middle rows.
 *
 * <p>The community is semi-private and reviews before publication, so that reviewing applies. Each
 * action is tried on what it is about: another member's published members-only document or
 * discussion, the actor's own document (edit, delete), a submitted document by another member
 * (review), a pending request (approve or reject), an active member (remove, block, change role),
 * nobody yet (invite). Reviewing someone else's submitted item is NOT_FOUND rather than DENY for
 * whoever is not a reviewer: only its author and reviewers know it exists.
 */
class RolePermissionTableTest {
  private static final UserId SOMEONE = UserId.of("someone");

  @ParameterizedTest(name = "{0} | {1} | {2} => {3} {4}")
  @CsvSource(textBlock = """
      # view members-only items, create documents, start discussions, reply
      default,              VIEW_ITEM,            member,    ALLOW,
      default,              VIEW_ITEM,            moderator, ALLOW,
      default,              VIEW_ITEM,            admin,     ALLOW,
      default,              CREATE_DOCUMENT,      member,    ALLOW,
      default,              CREATE_DOCUMENT,      moderator, ALLOW,
      default,              CREATE_DOCUMENT,      admin,     ALLOW,
      default,              START_DISCUSSION,     member,    ALLOW,
      default,              START_DISCUSSION,     moderator, ALLOW,
      default,              START_DISCUSSION,     admin,     ALLOW,
      default,              REPLY,                member,    ALLOW,
      default,              REPLY,                moderator, ALLOW,
      default,              REPLY,                admin,     ALLOW,
      # edit or delete own items
      default,              EDIT_ITEM,            member,    ALLOW,
      default,              EDIT_ITEM,            moderator, ALLOW,
      default,              EDIT_ITEM,            admin,     ALLOW,
      default,              DELETE_ITEM,          member,    ALLOW,
      default,              DELETE_ITEM,          moderator, ALLOW,
      default,              DELETE_ITEM,          admin,     ALLOW,
      # post announcements and events
      default,              POST_ANNOUNCEMENT,    member,    DENY, ROLE_REQUIRED
      default,              POST_ANNOUNCEMENT,    moderator, ALLOW,
      default,              POST_ANNOUNCEMENT,    admin,     ALLOW,
      default,              POST_EVENT,           member,    DENY, ROLE_REQUIRED
      default,              POST_EVENT,           moderator, ALLOW,
      default,              POST_EVENT,           admin,     ALLOW,
      # invite, approve or reject requests, remove members, review items, hide replies, lock discussions
      default,              INVITE,               member,    DENY, ROLE_REQUIRED
      default,              INVITE,               moderator, ALLOW,
      default,              INVITE,               admin,     ALLOW,
      default,              DECIDE_REQUEST,       member,    DENY, ROLE_REQUIRED
      default,              DECIDE_REQUEST,       moderator, ALLOW,
      default,              DECIDE_REQUEST,       admin,     ALLOW,
      default,              REMOVE_MEMBER,        member,    DENY, ROLE_REQUIRED
      default,              REMOVE_MEMBER,        moderator, ALLOW,
      default,              REMOVE_MEMBER,        admin,     ALLOW,
      default,              REVIEW_ITEM,          member,    NOT_FOUND, ITEM_NOT_VISIBLE
      default,              REVIEW_ITEM,          moderator, ALLOW,
      default,              REVIEW_ITEM,          admin,     ALLOW,
      default,              HIDE_REPLY,           member,    DENY, ROLE_REQUIRED
      default,              HIDE_REPLY,           moderator, ALLOW,
      default,              HIDE_REPLY,           admin,     ALLOW,
      default,              LOCK_DISCUSSION,      member,    DENY, ROLE_REQUIRED
      default,              LOCK_DISCUSSION,      moderator, ALLOW,
      default,              LOCK_DISCUSSION,      admin,     ALLOW,
      # block and unblock, change roles, edit settings and privacy, create working groups, archive
      default,              BLOCK_MEMBER,         member,    DENY, ROLE_REQUIRED
      default,              BLOCK_MEMBER,         moderator, DENY, ROLE_REQUIRED
      default,              BLOCK_MEMBER,         admin,     ALLOW,
      default,              CHANGE_ROLE,          member,    DENY, ROLE_REQUIRED
      default,              CHANGE_ROLE,          moderator, DENY, ROLE_REQUIRED
      default,              CHANGE_ROLE,          admin,     ALLOW,
      default,              EDIT_SETTINGS,        member,    DENY, ROLE_REQUIRED
      default,              EDIT_SETTINGS,        moderator, DENY, ROLE_REQUIRED
      default,              EDIT_SETTINGS,        admin,     ALLOW,
      default,              CREATE_WORKING_GROUP, member,    DENY, ROLE_REQUIRED
      default,              CREATE_WORKING_GROUP, moderator, DENY, ROLE_REQUIRED
      default,              CREATE_WORKING_GROUP, admin,     ALLOW,
      default,              ARCHIVE_COMMUNITY,    member,    DENY, ROLE_REQUIRED
      default,              ARCHIVE_COMMUNITY,    moderator, DENY, ROLE_REQUIRED
      default,              ARCHIVE_COMMUNITY,    admin,     ALLOW,
      """)
  void defaultTable(String permissions, Action action, String role, Outcome outcome, Reason reason) {
    assertDecision(outcome, reason, decide(permissions, action, Who.of(role)));
  }

  @ParameterizedTest(name = "{0} | {1} | {2} => {3} {4}")
  @CsvSource(textBlock = """
      # loosened: post announcements and events
      members post,         POST_ANNOUNCEMENT,    member,    ALLOW,
      members post,         POST_ANNOUNCEMENT,    moderator, ALLOW,
      members post,         POST_ANNOUNCEMENT,    admin,     ALLOW,
      members post,         POST_EVENT,           member,    ALLOW,
      members post,         POST_EVENT,           moderator, ALLOW,
      members post,         POST_EVENT,           admin,     ALLOW,
      # loosened: invite, approve or reject requests, remove members, review items, hide replies, lock discussions
      members moderate,     INVITE,               member,    ALLOW,
      members moderate,     INVITE,               moderator, ALLOW,
      members moderate,     INVITE,               admin,     ALLOW,
      members moderate,     DECIDE_REQUEST,       member,    ALLOW,
      members moderate,     DECIDE_REQUEST,       moderator, ALLOW,
      members moderate,     DECIDE_REQUEST,       admin,     ALLOW,
      members moderate,     REMOVE_MEMBER,        member,    ALLOW,
      members moderate,     REMOVE_MEMBER,        moderator, ALLOW,
      members moderate,     REMOVE_MEMBER,        admin,     ALLOW,
      members moderate,     REVIEW_ITEM,          member,    ALLOW,
      members moderate,     REVIEW_ITEM,          moderator, ALLOW,
      members moderate,     REVIEW_ITEM,          admin,     ALLOW,
      members moderate,     HIDE_REPLY,           member,    ALLOW,
      members moderate,     HIDE_REPLY,           moderator, ALLOW,
      members moderate,     HIDE_REPLY,           admin,     ALLOW,
      members moderate,     LOCK_DISCUSSION,      member,    ALLOW,
      members moderate,     LOCK_DISCUSSION,      moderator, ALLOW,
      members moderate,     LOCK_DISCUSSION,      admin,     ALLOW,
      # tightened: edit or delete own items
      moderators edit own,  EDIT_ITEM,            member,    DENY, ROLE_REQUIRED
      moderators edit own,  EDIT_ITEM,            moderator, ALLOW,
      moderators edit own,  EDIT_ITEM,            admin,     ALLOW,
      moderators edit own,  DELETE_ITEM,          member,    DENY, ROLE_REQUIRED
      moderators edit own,  DELETE_ITEM,          moderator, ALLOW,
      moderators edit own,  DELETE_ITEM,          admin,     ALLOW,
      # tightened: invite, approve or reject requests, remove members, review items, hide replies, lock discussions
      admins moderate,      INVITE,               member,    DENY, ROLE_REQUIRED
      admins moderate,      INVITE,               moderator, DENY, ROLE_REQUIRED
      admins moderate,      INVITE,               admin,     ALLOW,
      admins moderate,      DECIDE_REQUEST,       member,    DENY, ROLE_REQUIRED
      admins moderate,      DECIDE_REQUEST,       moderator, DENY, ROLE_REQUIRED
      admins moderate,      DECIDE_REQUEST,       admin,     ALLOW,
      admins moderate,      REMOVE_MEMBER,        member,    DENY, ROLE_REQUIRED
      admins moderate,      REMOVE_MEMBER,        moderator, DENY, ROLE_REQUIRED
      admins moderate,      REMOVE_MEMBER,        admin,     ALLOW,
      admins moderate,      REVIEW_ITEM,          member,    NOT_FOUND, ITEM_NOT_VISIBLE
      admins moderate,      REVIEW_ITEM,          moderator, NOT_FOUND, ITEM_NOT_VISIBLE
      admins moderate,      REVIEW_ITEM,          admin,     ALLOW,
      admins moderate,      HIDE_REPLY,           member,    DENY, ROLE_REQUIRED
      admins moderate,      HIDE_REPLY,           moderator, DENY, ROLE_REQUIRED
      admins moderate,      HIDE_REPLY,           admin,     ALLOW,
      admins moderate,      LOCK_DISCUSSION,      member,    DENY, ROLE_REQUIRED
      admins moderate,      LOCK_DISCUSSION,      moderator, DENY, ROLE_REQUIRED
      admins moderate,      LOCK_DISCUSSION,      admin,     ALLOW,
      """)
  void adjustedTable(String permissions, Action action, String role, Outcome outcome, Reason reason) {
    assertDecision(outcome, reason, decide(permissions, action, Who.of(role)));
  }

  @Test
  @DisplayName("the defaults require the roles of DESIGN.md's table")
  void defaultsMatchTheTable() {
    RolePermissions defaults = RolePermissions.defaults();
    assertEquals(Role.MEMBER, defaults.requiredRole(Permission.CONTRIBUTE));
    assertEquals(Role.MEMBER, defaults.requiredRole(Permission.EDIT_OWN_ITEMS));
    assertEquals(Role.MODERATOR, defaults.requiredRole(Permission.POST_ANNOUNCEMENTS_AND_EVENTS));
    assertEquals(Role.MODERATOR, defaults.requiredRole(Permission.MODERATE));
    assertEquals(Role.ADMIN, defaults.requiredRole(Permission.ADMINISTER));
  }

  @Test
  @DisplayName("adjusting one row leaves the others as they were")
  void adjustingOneRowLeavesTheOthers() {
    RolePermissions loosened = RolePermissions.defaults().with(Permission.POST_ANNOUNCEMENTS_AND_EVENTS, Role.MEMBER);
    assertEquals(Role.MEMBER, loosened.requiredRole(Permission.POST_ANNOUNCEMENTS_AND_EVENTS));
    assertEquals(Role.MODERATOR, loosened.requiredRole(Permission.MODERATE));
    assertEquals(Role.MEMBER, loosened.requiredRole(Permission.EDIT_OWN_ITEMS));
  }

  @Test
  @DisplayName("the first row, contributing, cannot be adjusted")
  void contributingIsFixed() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> RolePermissions.defaults().with(Permission.CONTRIBUTE, Role.MODERATOR));
    assertEquals("fixed-permission", e.rule());
  }

  @Test
  @DisplayName("the last row, administering, cannot be adjusted")
  void administeringIsFixed() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> RolePermissions.defaults().with(Permission.ADMINISTER, Role.MODERATOR));
    assertEquals("fixed-permission", e.rule());
  }

  private static Decision decide(String permissions, Action action, Who who) {
    Community community = PolicyFixtures.community("roles", Privacy.SEMI_PRIVATE, JoinPolicy.REQUEST).toBuilder()
        .reviewBeforePublication(true).permissions(permissions(permissions)).build();
    AccessContext context = context(community, who);
    AccessContext acting = switch (action) {
      case VIEW_ITEM -> context.withItem(document(community, AUTHOR, Visibility.MEMBERS, ReviewState.PUBLISHED));
      case REPLY, HIDE_REPLY, LOCK_DISCUSSION ->
          context.withItem(discussion(community, AUTHOR, ReviewState.PUBLISHED, false));
      case EDIT_ITEM, DELETE_ITEM ->
          context.withItem(document(community, who.user(), Visibility.MEMBERS, ReviewState.PUBLISHED));
      case REVIEW_ITEM -> context.withItem(document(community, AUTHOR, Visibility.MEMBERS, ReviewState.SUBMITTED));
      case DECIDE_REQUEST -> context.withTarget(membership(community, SOMEONE, MembershipState.REQUESTED, Role.MEMBER));
      case REMOVE_MEMBER, BLOCK_MEMBER, CHANGE_ROLE -> context.withTarget(active(community, SOMEONE, Role.MEMBER));
      default -> context;
    };
    return STANDARD.decide(who.actor(), action, acting);
  }

  private static RolePermissions permissions(String label) {
    RolePermissions defaults = RolePermissions.defaults();
    return switch (label) {
      case "default" -> defaults;
      case "members post" -> defaults.with(Permission.POST_ANNOUNCEMENTS_AND_EVENTS, Role.MEMBER);
      case "members moderate" -> defaults.with(Permission.MODERATE, Role.MEMBER);
      case "moderators edit own" -> defaults.with(Permission.EDIT_OWN_ITEMS, Role.MODERATOR);
      case "admins moderate" -> defaults.with(Permission.MODERATE, Role.ADMIN);
      default -> throw new IllegalArgumentException("no permissions " + label);
    };
  }
}
