package dev.convene.core.policy;

import static dev.convene.core.policy.PolicyFixtures.AUTHOR;
import static dev.convene.core.policy.PolicyFixtures.CURATING;
import static dev.convene.core.policy.PolicyFixtures.NOW;
import static dev.convene.core.policy.PolicyFixtures.STANDARD;
import static dev.convene.core.policy.PolicyFixtures.active;
import static dev.convene.core.policy.PolicyFixtures.assertDecision;
import static dev.convene.core.policy.PolicyFixtures.context;
import static dev.convene.core.policy.PolicyFixtures.document;
import static dev.convene.core.policy.PolicyFixtures.membership;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.Decision.Outcome;
import dev.convene.core.policy.PolicyFixtures.Who;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may read an item ({@link Action#VIEW_ITEM}), one row per cell: review state × declared
 * visibility × community privacy × reader. Worked out from DESIGN.md §3:
 *
 * <ul>
 *   <li>The effective visibility is members-only in a PRIVATE community, whatever the item declares.
 *   <li>{@code PUBLISHED}: everyone who may see the community if effectively public, else active
 *       members. {@code DRAFT}: the author only. {@code SUBMITTED} and {@code REJECTED}: the author
 *       and the item's reviewers. {@code ARCHIVED}: the community's moderators and admins.
 *   <li>Reviewers: platform curators for items that are to become public when the platform curates
 *       public content; otherwise moderators and admins when the community reviews before
 *       publication (for public items this is the AccessPolicy Javadoc's reading where DESIGN.md is
 *       silent). Curators see nothing else of a private community.
 *   <li>An author counts only while an active member: a blocked author is an outsider.
 *   <li>An anonymous visitor never finds a PRIVATE community, so the reason is the community's.
 * </ul>
 *
 * <p>The reader labels: {@code moderator} and {@code admin} in a community that does not review
 * before publication; {@code (review on)} in one that does; {@code (curation on)} when the platform
 * curates public content. Everyone else reads with both off.
 */
class ItemVisibilityTableTest {

  @ParameterizedTest(name = "{0} item declared {1} in a {2} community, read by {3} => {4} {5}")
  @CsvSource(textBlock = """
      # DRAFT item declared PUBLIC in a PUBLIC community
      DRAFT,     PUBLIC,  PUBLIC,       author,                            ALLOW,
      DRAFT,     PUBLIC,  PUBLIC,       blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PUBLIC,       other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PUBLIC,       moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PUBLIC,       admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PUBLIC,       moderator (review on),             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PUBLIC,       admin (review on),                 NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PUBLIC,       outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PUBLIC,       anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PUBLIC,       curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PUBLIC,       curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PUBLIC,       moderator (review + curation on),  NOT_FOUND, ITEM_NOT_VISIBLE
      # DRAFT item declared PUBLIC in a SEMI_PRIVATE community
      DRAFT,     PUBLIC,  SEMI_PRIVATE, author,                            ALLOW,
      DRAFT,     PUBLIC,  SEMI_PRIVATE, blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  SEMI_PRIVATE, other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  SEMI_PRIVATE, moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  SEMI_PRIVATE, admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  SEMI_PRIVATE, moderator (review on),             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  SEMI_PRIVATE, admin (review on),                 NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  SEMI_PRIVATE, outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  SEMI_PRIVATE, anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  SEMI_PRIVATE, curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  SEMI_PRIVATE, curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  SEMI_PRIVATE, moderator (review + curation on),  NOT_FOUND, ITEM_NOT_VISIBLE
      # DRAFT item declared PUBLIC in a PRIVATE community
      DRAFT,     PUBLIC,  PRIVATE,      author,                            ALLOW,
      DRAFT,     PUBLIC,  PRIVATE,      blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PRIVATE,      other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PRIVATE,      moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PRIVATE,      admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PRIVATE,      moderator (review on),             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PRIVATE,      admin (review on),                 NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PRIVATE,      outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PRIVATE,      anonymous,                         NOT_FOUND, PRIVATE_COMMUNITY
      DRAFT,     PUBLIC,  PRIVATE,      curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PRIVATE,      curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     PUBLIC,  PRIVATE,      moderator (review + curation on),  NOT_FOUND, ITEM_NOT_VISIBLE
      # DRAFT item declared MEMBERS in a PUBLIC community
      DRAFT,     MEMBERS, PUBLIC,       author,                            ALLOW,
      DRAFT,     MEMBERS, PUBLIC,       blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PUBLIC,       other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PUBLIC,       moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PUBLIC,       admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PUBLIC,       moderator (review on),             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PUBLIC,       admin (review on),                 NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PUBLIC,       outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PUBLIC,       anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PUBLIC,       curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PUBLIC,       curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PUBLIC,       moderator (review + curation on),  NOT_FOUND, ITEM_NOT_VISIBLE
      # DRAFT item declared MEMBERS in a SEMI_PRIVATE community
      DRAFT,     MEMBERS, SEMI_PRIVATE, author,                            ALLOW,
      DRAFT,     MEMBERS, SEMI_PRIVATE, blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, SEMI_PRIVATE, other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, SEMI_PRIVATE, moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, SEMI_PRIVATE, admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, SEMI_PRIVATE, moderator (review on),             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, SEMI_PRIVATE, admin (review on),                 NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, SEMI_PRIVATE, outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, SEMI_PRIVATE, anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, SEMI_PRIVATE, curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, SEMI_PRIVATE, curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, SEMI_PRIVATE, moderator (review + curation on),  NOT_FOUND, ITEM_NOT_VISIBLE
      # DRAFT item declared MEMBERS in a PRIVATE community
      DRAFT,     MEMBERS, PRIVATE,      author,                            ALLOW,
      DRAFT,     MEMBERS, PRIVATE,      blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PRIVATE,      other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PRIVATE,      moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PRIVATE,      admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PRIVATE,      moderator (review on),             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PRIVATE,      admin (review on),                 NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PRIVATE,      outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PRIVATE,      anonymous,                         NOT_FOUND, PRIVATE_COMMUNITY
      DRAFT,     MEMBERS, PRIVATE,      curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PRIVATE,      curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      DRAFT,     MEMBERS, PRIVATE,      moderator (review + curation on),  NOT_FOUND, ITEM_NOT_VISIBLE
      # SUBMITTED item declared PUBLIC in a PUBLIC community
      SUBMITTED, PUBLIC,  PUBLIC,       author,                            ALLOW,
      SUBMITTED, PUBLIC,  PUBLIC,       blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  PUBLIC,       other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  PUBLIC,       moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  PUBLIC,       admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  PUBLIC,       moderator (review on),             ALLOW,
      SUBMITTED, PUBLIC,  PUBLIC,       admin (review on),                 ALLOW,
      SUBMITTED, PUBLIC,  PUBLIC,       outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  PUBLIC,       anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  PUBLIC,       curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  PUBLIC,       curator (curation on),             ALLOW,
      SUBMITTED, PUBLIC,  PUBLIC,       moderator (review + curation on),  NOT_FOUND, ITEM_NOT_VISIBLE
      # SUBMITTED item declared PUBLIC in a SEMI_PRIVATE community
      SUBMITTED, PUBLIC,  SEMI_PRIVATE, author,                            ALLOW,
      SUBMITTED, PUBLIC,  SEMI_PRIVATE, blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  SEMI_PRIVATE, other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  SEMI_PRIVATE, moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  SEMI_PRIVATE, admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  SEMI_PRIVATE, moderator (review on),             ALLOW,
      SUBMITTED, PUBLIC,  SEMI_PRIVATE, admin (review on),                 ALLOW,
      SUBMITTED, PUBLIC,  SEMI_PRIVATE, outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  SEMI_PRIVATE, anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  SEMI_PRIVATE, curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  SEMI_PRIVATE, curator (curation on),             ALLOW,
      SUBMITTED, PUBLIC,  SEMI_PRIVATE, moderator (review + curation on),  NOT_FOUND, ITEM_NOT_VISIBLE
      # SUBMITTED item declared PUBLIC in a PRIVATE community
      SUBMITTED, PUBLIC,  PRIVATE,      author,                            ALLOW,
      SUBMITTED, PUBLIC,  PRIVATE,      blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  PRIVATE,      other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  PRIVATE,      moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  PRIVATE,      admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  PRIVATE,      moderator (review on),             ALLOW,
      SUBMITTED, PUBLIC,  PRIVATE,      admin (review on),                 ALLOW,
      SUBMITTED, PUBLIC,  PRIVATE,      outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  PRIVATE,      anonymous,                         NOT_FOUND, PRIVATE_COMMUNITY
      SUBMITTED, PUBLIC,  PRIVATE,      curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  PRIVATE,      curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, PUBLIC,  PRIVATE,      moderator (review + curation on),  ALLOW,
      # SUBMITTED item declared MEMBERS in a PUBLIC community
      SUBMITTED, MEMBERS, PUBLIC,       author,                            ALLOW,
      SUBMITTED, MEMBERS, PUBLIC,       blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, PUBLIC,       other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, PUBLIC,       moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, PUBLIC,       admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, PUBLIC,       moderator (review on),             ALLOW,
      SUBMITTED, MEMBERS, PUBLIC,       admin (review on),                 ALLOW,
      SUBMITTED, MEMBERS, PUBLIC,       outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, PUBLIC,       anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, PUBLIC,       curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, PUBLIC,       curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, PUBLIC,       moderator (review + curation on),  ALLOW,
      # SUBMITTED item declared MEMBERS in a SEMI_PRIVATE community
      SUBMITTED, MEMBERS, SEMI_PRIVATE, author,                            ALLOW,
      SUBMITTED, MEMBERS, SEMI_PRIVATE, blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, SEMI_PRIVATE, other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, SEMI_PRIVATE, moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, SEMI_PRIVATE, admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, SEMI_PRIVATE, moderator (review on),             ALLOW,
      SUBMITTED, MEMBERS, SEMI_PRIVATE, admin (review on),                 ALLOW,
      SUBMITTED, MEMBERS, SEMI_PRIVATE, outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, SEMI_PRIVATE, anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, SEMI_PRIVATE, curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, SEMI_PRIVATE, curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, SEMI_PRIVATE, moderator (review + curation on),  ALLOW,
      # SUBMITTED item declared MEMBERS in a PRIVATE community
      SUBMITTED, MEMBERS, PRIVATE,      author,                            ALLOW,
      SUBMITTED, MEMBERS, PRIVATE,      blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, PRIVATE,      other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, PRIVATE,      moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, PRIVATE,      admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, PRIVATE,      moderator (review on),             ALLOW,
      SUBMITTED, MEMBERS, PRIVATE,      admin (review on),                 ALLOW,
      SUBMITTED, MEMBERS, PRIVATE,      outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, PRIVATE,      anonymous,                         NOT_FOUND, PRIVATE_COMMUNITY
      SUBMITTED, MEMBERS, PRIVATE,      curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, PRIVATE,      curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      SUBMITTED, MEMBERS, PRIVATE,      moderator (review + curation on),  ALLOW,
      # PUBLISHED item declared PUBLIC in a PUBLIC community
      PUBLISHED, PUBLIC,  PUBLIC,       author,                            ALLOW,
      PUBLISHED, PUBLIC,  PUBLIC,       blocked author,                    ALLOW,
      PUBLISHED, PUBLIC,  PUBLIC,       other member,                      ALLOW,
      PUBLISHED, PUBLIC,  PUBLIC,       moderator,                         ALLOW,
      PUBLISHED, PUBLIC,  PUBLIC,       admin,                             ALLOW,
      PUBLISHED, PUBLIC,  PUBLIC,       moderator (review on),             ALLOW,
      PUBLISHED, PUBLIC,  PUBLIC,       admin (review on),                 ALLOW,
      PUBLISHED, PUBLIC,  PUBLIC,       outsider,                          ALLOW,
      PUBLISHED, PUBLIC,  PUBLIC,       anonymous,                         ALLOW,
      PUBLISHED, PUBLIC,  PUBLIC,       curator (curation off),            ALLOW,
      PUBLISHED, PUBLIC,  PUBLIC,       curator (curation on),             ALLOW,
      PUBLISHED, PUBLIC,  PUBLIC,       moderator (review + curation on),  ALLOW,
      # PUBLISHED item declared PUBLIC in a SEMI_PRIVATE community
      PUBLISHED, PUBLIC,  SEMI_PRIVATE, author,                            ALLOW,
      PUBLISHED, PUBLIC,  SEMI_PRIVATE, blocked author,                    ALLOW,
      PUBLISHED, PUBLIC,  SEMI_PRIVATE, other member,                      ALLOW,
      PUBLISHED, PUBLIC,  SEMI_PRIVATE, moderator,                         ALLOW,
      PUBLISHED, PUBLIC,  SEMI_PRIVATE, admin,                             ALLOW,
      PUBLISHED, PUBLIC,  SEMI_PRIVATE, moderator (review on),             ALLOW,
      PUBLISHED, PUBLIC,  SEMI_PRIVATE, admin (review on),                 ALLOW,
      PUBLISHED, PUBLIC,  SEMI_PRIVATE, outsider,                          ALLOW,
      PUBLISHED, PUBLIC,  SEMI_PRIVATE, anonymous,                         ALLOW,
      PUBLISHED, PUBLIC,  SEMI_PRIVATE, curator (curation off),            ALLOW,
      PUBLISHED, PUBLIC,  SEMI_PRIVATE, curator (curation on),             ALLOW,
      PUBLISHED, PUBLIC,  SEMI_PRIVATE, moderator (review + curation on),  ALLOW,
      # PUBLISHED item declared PUBLIC in a PRIVATE community
      PUBLISHED, PUBLIC,  PRIVATE,      author,                            ALLOW,
      PUBLISHED, PUBLIC,  PRIVATE,      blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, PUBLIC,  PRIVATE,      other member,                      ALLOW,
      PUBLISHED, PUBLIC,  PRIVATE,      moderator,                         ALLOW,
      PUBLISHED, PUBLIC,  PRIVATE,      admin,                             ALLOW,
      PUBLISHED, PUBLIC,  PRIVATE,      moderator (review on),             ALLOW,
      PUBLISHED, PUBLIC,  PRIVATE,      admin (review on),                 ALLOW,
      PUBLISHED, PUBLIC,  PRIVATE,      outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, PUBLIC,  PRIVATE,      anonymous,                         NOT_FOUND, PRIVATE_COMMUNITY
      PUBLISHED, PUBLIC,  PRIVATE,      curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, PUBLIC,  PRIVATE,      curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, PUBLIC,  PRIVATE,      moderator (review + curation on),  ALLOW,
      # PUBLISHED item declared MEMBERS in a PUBLIC community
      PUBLISHED, MEMBERS, PUBLIC,       author,                            ALLOW,
      PUBLISHED, MEMBERS, PUBLIC,       blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, MEMBERS, PUBLIC,       other member,                      ALLOW,
      PUBLISHED, MEMBERS, PUBLIC,       moderator,                         ALLOW,
      PUBLISHED, MEMBERS, PUBLIC,       admin,                             ALLOW,
      PUBLISHED, MEMBERS, PUBLIC,       moderator (review on),             ALLOW,
      PUBLISHED, MEMBERS, PUBLIC,       admin (review on),                 ALLOW,
      PUBLISHED, MEMBERS, PUBLIC,       outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, MEMBERS, PUBLIC,       anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, MEMBERS, PUBLIC,       curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, MEMBERS, PUBLIC,       curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, MEMBERS, PUBLIC,       moderator (review + curation on),  ALLOW,
      # PUBLISHED item declared MEMBERS in a SEMI_PRIVATE community
      PUBLISHED, MEMBERS, SEMI_PRIVATE, author,                            ALLOW,
      PUBLISHED, MEMBERS, SEMI_PRIVATE, blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, MEMBERS, SEMI_PRIVATE, other member,                      ALLOW,
      PUBLISHED, MEMBERS, SEMI_PRIVATE, moderator,                         ALLOW,
      PUBLISHED, MEMBERS, SEMI_PRIVATE, admin,                             ALLOW,
      PUBLISHED, MEMBERS, SEMI_PRIVATE, moderator (review on),             ALLOW,
      PUBLISHED, MEMBERS, SEMI_PRIVATE, admin (review on),                 ALLOW,
      PUBLISHED, MEMBERS, SEMI_PRIVATE, outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, MEMBERS, SEMI_PRIVATE, anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, MEMBERS, SEMI_PRIVATE, curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, MEMBERS, SEMI_PRIVATE, curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, MEMBERS, SEMI_PRIVATE, moderator (review + curation on),  ALLOW,
      # PUBLISHED item declared MEMBERS in a PRIVATE community
      PUBLISHED, MEMBERS, PRIVATE,      author,                            ALLOW,
      PUBLISHED, MEMBERS, PRIVATE,      blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, MEMBERS, PRIVATE,      other member,                      ALLOW,
      PUBLISHED, MEMBERS, PRIVATE,      moderator,                         ALLOW,
      PUBLISHED, MEMBERS, PRIVATE,      admin,                             ALLOW,
      PUBLISHED, MEMBERS, PRIVATE,      moderator (review on),             ALLOW,
      PUBLISHED, MEMBERS, PRIVATE,      admin (review on),                 ALLOW,
      PUBLISHED, MEMBERS, PRIVATE,      outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, MEMBERS, PRIVATE,      anonymous,                         NOT_FOUND, PRIVATE_COMMUNITY
      PUBLISHED, MEMBERS, PRIVATE,      curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, MEMBERS, PRIVATE,      curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      PUBLISHED, MEMBERS, PRIVATE,      moderator (review + curation on),  ALLOW,
      # REJECTED item declared PUBLIC in a PUBLIC community
      REJECTED,  PUBLIC,  PUBLIC,       author,                            ALLOW,
      REJECTED,  PUBLIC,  PUBLIC,       blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  PUBLIC,       other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  PUBLIC,       moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  PUBLIC,       admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  PUBLIC,       moderator (review on),             ALLOW,
      REJECTED,  PUBLIC,  PUBLIC,       admin (review on),                 ALLOW,
      REJECTED,  PUBLIC,  PUBLIC,       outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  PUBLIC,       anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  PUBLIC,       curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  PUBLIC,       curator (curation on),             ALLOW,
      REJECTED,  PUBLIC,  PUBLIC,       moderator (review + curation on),  NOT_FOUND, ITEM_NOT_VISIBLE
      # REJECTED item declared PUBLIC in a SEMI_PRIVATE community
      REJECTED,  PUBLIC,  SEMI_PRIVATE, author,                            ALLOW,
      REJECTED,  PUBLIC,  SEMI_PRIVATE, blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  SEMI_PRIVATE, other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  SEMI_PRIVATE, moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  SEMI_PRIVATE, admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  SEMI_PRIVATE, moderator (review on),             ALLOW,
      REJECTED,  PUBLIC,  SEMI_PRIVATE, admin (review on),                 ALLOW,
      REJECTED,  PUBLIC,  SEMI_PRIVATE, outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  SEMI_PRIVATE, anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  SEMI_PRIVATE, curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  SEMI_PRIVATE, curator (curation on),             ALLOW,
      REJECTED,  PUBLIC,  SEMI_PRIVATE, moderator (review + curation on),  NOT_FOUND, ITEM_NOT_VISIBLE
      # REJECTED item declared PUBLIC in a PRIVATE community
      REJECTED,  PUBLIC,  PRIVATE,      author,                            ALLOW,
      REJECTED,  PUBLIC,  PRIVATE,      blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  PRIVATE,      other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  PRIVATE,      moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  PRIVATE,      admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  PRIVATE,      moderator (review on),             ALLOW,
      REJECTED,  PUBLIC,  PRIVATE,      admin (review on),                 ALLOW,
      REJECTED,  PUBLIC,  PRIVATE,      outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  PRIVATE,      anonymous,                         NOT_FOUND, PRIVATE_COMMUNITY
      REJECTED,  PUBLIC,  PRIVATE,      curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  PRIVATE,      curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  PUBLIC,  PRIVATE,      moderator (review + curation on),  ALLOW,
      # REJECTED item declared MEMBERS in a PUBLIC community
      REJECTED,  MEMBERS, PUBLIC,       author,                            ALLOW,
      REJECTED,  MEMBERS, PUBLIC,       blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, PUBLIC,       other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, PUBLIC,       moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, PUBLIC,       admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, PUBLIC,       moderator (review on),             ALLOW,
      REJECTED,  MEMBERS, PUBLIC,       admin (review on),                 ALLOW,
      REJECTED,  MEMBERS, PUBLIC,       outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, PUBLIC,       anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, PUBLIC,       curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, PUBLIC,       curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, PUBLIC,       moderator (review + curation on),  ALLOW,
      # REJECTED item declared MEMBERS in a SEMI_PRIVATE community
      REJECTED,  MEMBERS, SEMI_PRIVATE, author,                            ALLOW,
      REJECTED,  MEMBERS, SEMI_PRIVATE, blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, SEMI_PRIVATE, other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, SEMI_PRIVATE, moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, SEMI_PRIVATE, admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, SEMI_PRIVATE, moderator (review on),             ALLOW,
      REJECTED,  MEMBERS, SEMI_PRIVATE, admin (review on),                 ALLOW,
      REJECTED,  MEMBERS, SEMI_PRIVATE, outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, SEMI_PRIVATE, anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, SEMI_PRIVATE, curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, SEMI_PRIVATE, curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, SEMI_PRIVATE, moderator (review + curation on),  ALLOW,
      # REJECTED item declared MEMBERS in a PRIVATE community
      REJECTED,  MEMBERS, PRIVATE,      author,                            ALLOW,
      REJECTED,  MEMBERS, PRIVATE,      blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, PRIVATE,      other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, PRIVATE,      moderator,                         NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, PRIVATE,      admin,                             NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, PRIVATE,      moderator (review on),             ALLOW,
      REJECTED,  MEMBERS, PRIVATE,      admin (review on),                 ALLOW,
      REJECTED,  MEMBERS, PRIVATE,      outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, PRIVATE,      anonymous,                         NOT_FOUND, PRIVATE_COMMUNITY
      REJECTED,  MEMBERS, PRIVATE,      curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, PRIVATE,      curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      REJECTED,  MEMBERS, PRIVATE,      moderator (review + curation on),  ALLOW,
      # ARCHIVED item declared PUBLIC in a PUBLIC community
      ARCHIVED,  PUBLIC,  PUBLIC,       author,                            NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  PUBLIC,       blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  PUBLIC,       other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  PUBLIC,       moderator,                         ALLOW,
      ARCHIVED,  PUBLIC,  PUBLIC,       admin,                             ALLOW,
      ARCHIVED,  PUBLIC,  PUBLIC,       moderator (review on),             ALLOW,
      ARCHIVED,  PUBLIC,  PUBLIC,       admin (review on),                 ALLOW,
      ARCHIVED,  PUBLIC,  PUBLIC,       outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  PUBLIC,       anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  PUBLIC,       curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  PUBLIC,       curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  PUBLIC,       moderator (review + curation on),  ALLOW,
      # ARCHIVED item declared PUBLIC in a SEMI_PRIVATE community
      ARCHIVED,  PUBLIC,  SEMI_PRIVATE, author,                            NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  SEMI_PRIVATE, blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  SEMI_PRIVATE, other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  SEMI_PRIVATE, moderator,                         ALLOW,
      ARCHIVED,  PUBLIC,  SEMI_PRIVATE, admin,                             ALLOW,
      ARCHIVED,  PUBLIC,  SEMI_PRIVATE, moderator (review on),             ALLOW,
      ARCHIVED,  PUBLIC,  SEMI_PRIVATE, admin (review on),                 ALLOW,
      ARCHIVED,  PUBLIC,  SEMI_PRIVATE, outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  SEMI_PRIVATE, anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  SEMI_PRIVATE, curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  SEMI_PRIVATE, curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  SEMI_PRIVATE, moderator (review + curation on),  ALLOW,
      # ARCHIVED item declared PUBLIC in a PRIVATE community
      ARCHIVED,  PUBLIC,  PRIVATE,      author,                            NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  PRIVATE,      blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  PRIVATE,      other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  PRIVATE,      moderator,                         ALLOW,
      ARCHIVED,  PUBLIC,  PRIVATE,      admin,                             ALLOW,
      ARCHIVED,  PUBLIC,  PRIVATE,      moderator (review on),             ALLOW,
      ARCHIVED,  PUBLIC,  PRIVATE,      admin (review on),                 ALLOW,
      ARCHIVED,  PUBLIC,  PRIVATE,      outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  PRIVATE,      anonymous,                         NOT_FOUND, PRIVATE_COMMUNITY
      ARCHIVED,  PUBLIC,  PRIVATE,      curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  PRIVATE,      curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  PUBLIC,  PRIVATE,      moderator (review + curation on),  ALLOW,
      # ARCHIVED item declared MEMBERS in a PUBLIC community
      ARCHIVED,  MEMBERS, PUBLIC,       author,                            NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, PUBLIC,       blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, PUBLIC,       other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, PUBLIC,       moderator,                         ALLOW,
      ARCHIVED,  MEMBERS, PUBLIC,       admin,                             ALLOW,
      ARCHIVED,  MEMBERS, PUBLIC,       moderator (review on),             ALLOW,
      ARCHIVED,  MEMBERS, PUBLIC,       admin (review on),                 ALLOW,
      ARCHIVED,  MEMBERS, PUBLIC,       outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, PUBLIC,       anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, PUBLIC,       curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, PUBLIC,       curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, PUBLIC,       moderator (review + curation on),  ALLOW,
      # ARCHIVED item declared MEMBERS in a SEMI_PRIVATE community
      ARCHIVED,  MEMBERS, SEMI_PRIVATE, author,                            NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, SEMI_PRIVATE, blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, SEMI_PRIVATE, other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, SEMI_PRIVATE, moderator,                         ALLOW,
      ARCHIVED,  MEMBERS, SEMI_PRIVATE, admin,                             ALLOW,
      ARCHIVED,  MEMBERS, SEMI_PRIVATE, moderator (review on),             ALLOW,
      ARCHIVED,  MEMBERS, SEMI_PRIVATE, admin (review on),                 ALLOW,
      ARCHIVED,  MEMBERS, SEMI_PRIVATE, outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, SEMI_PRIVATE, anonymous,                         NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, SEMI_PRIVATE, curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, SEMI_PRIVATE, curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, SEMI_PRIVATE, moderator (review + curation on),  ALLOW,
      # ARCHIVED item declared MEMBERS in a PRIVATE community
      ARCHIVED,  MEMBERS, PRIVATE,      author,                            NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, PRIVATE,      blocked author,                    NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, PRIVATE,      other member,                      NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, PRIVATE,      moderator,                         ALLOW,
      ARCHIVED,  MEMBERS, PRIVATE,      admin,                             ALLOW,
      ARCHIVED,  MEMBERS, PRIVATE,      moderator (review on),             ALLOW,
      ARCHIVED,  MEMBERS, PRIVATE,      admin (review on),                 ALLOW,
      ARCHIVED,  MEMBERS, PRIVATE,      outsider,                          NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, PRIVATE,      anonymous,                         NOT_FOUND, PRIVATE_COMMUNITY
      ARCHIVED,  MEMBERS, PRIVATE,      curator (curation off),            NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, PRIVATE,      curator (curation on),             NOT_FOUND, ITEM_NOT_VISIBLE
      ARCHIVED,  MEMBERS, PRIVATE,      moderator (review + curation on),  ALLOW,
      """)
  void decidesTheCell(ReviewState state, Visibility visibility, Privacy privacy, String reader, Outcome outcome,
      Reason reason) {
    boolean review = reader.contains("review");
    boolean curation = reader.contains("curation on");
    Community community = PolicyFixtures.community("items", privacy, JoinPolicy.REQUEST).toBuilder()
        .reviewBeforePublication(review).build();
    Item item = document(community, AUTHOR, visibility, state);
    AccessPolicy policy = curation ? CURATING : STANDARD;
    assertDecision(outcome, reason, policy.decide(actor(reader), Action.VIEW_ITEM,
        readerContext(community, reader).withItem(item)));
  }

  private static Actor actor(String reader) {
    return reader.endsWith("author") ? Actor.user(AUTHOR) : who(reader).actor();
  }

  private static AccessContext readerContext(Community community, String reader) {
    return switch (reader) {
      case "author" -> AccessContext.of(community, NOW).withMembership(active(community, AUTHOR, Role.MEMBER));
      case "blocked author" -> AccessContext.of(community, NOW)
          .withMembership(membership(community, AUTHOR, MembershipState.BLOCKED, Role.MEMBER));
      default -> context(community, who(reader));
    };
  }

  /** The kind of actor behind a label: "other member" is a member, the parentheses are settings. */
  private static Who who(String reader) {
    return Who.of(reader.replaceFirst(" \\(.*\\)$", "").replace("other member", "member"));
  }

  @Test
  @DisplayName("a public item is members-only while its community is private, and public again when it reopens")
  void effectiveVisibilityFollowsTheCommunity() {
    Community open = PolicyFixtures.community("reopening", Privacy.PUBLIC, JoinPolicy.OPEN);
    Item item = document(open, AUTHOR, Visibility.PUBLIC, ReviewState.PUBLISHED);
    Community closed = open.withPrivacy(Privacy.PRIVATE);
    Community reopened = closed.withPrivacy(Privacy.PUBLIC);

    assertEquals(Outcome.ALLOW, readBy(Who.OUTSIDER, open, item).outcome());
    assertDecision(Outcome.NOT_FOUND, Reason.ITEM_NOT_VISIBLE, readBy(Who.OUTSIDER, closed, item));
    assertEquals(Outcome.ALLOW, readBy(Who.MEMBER, closed, item).outcome());
    assertEquals(Outcome.ALLOW, readBy(Who.OUTSIDER, reopened, item).outcome());
    assertEquals(Outcome.ALLOW, readBy(Who.ANONYMOUS, reopened, item).outcome());

    assertEquals(Visibility.MEMBERS, AccessPolicy.effectiveVisibility(item, closed, Optional.empty()));
    assertEquals(Visibility.PUBLIC, AccessPolicy.effectiveVisibility(item, reopened, Optional.empty()));
    assertEquals(Visibility.PUBLIC, item.visibility(), "the item itself is not rewritten");
  }

  @Test
  @DisplayName("a semi-private community keeps its public items public")
  void semiPrivateKeepsPublicItems() {
    Community semi = PolicyFixtures.community("semi", Privacy.PUBLIC, JoinPolicy.OPEN).withPrivacy(Privacy.SEMI_PRIVATE);
    Item item = document(semi, AUTHOR, Visibility.PUBLIC, ReviewState.PUBLISHED);

    assertEquals(Visibility.PUBLIC, AccessPolicy.effectiveVisibility(item, semi, Optional.empty()));
    assertEquals(Outcome.ALLOW, readBy(Who.ANONYMOUS, semi, item).outcome());
  }

  private static Decision readBy(Who who, Community community, Item item) {
    return STANDARD.decide(who.actor(), Action.VIEW_ITEM, context(community, who).withItem(item));
  }
}
