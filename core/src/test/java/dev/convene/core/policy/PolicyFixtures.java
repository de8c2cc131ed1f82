package dev.convene.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOption;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.Decision.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The communities, people, memberships and items the policy tests share, all at one fixed instant,
 * named by the labels the test tables use.
 */
final class PolicyFixtures {
  /** The time of every decision. Pending invitations expire after it, lapsed ones before it. */
  static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");

  /** The default platform settings: public content is not curated. */
  static final AccessPolicy STANDARD = AccessPolicy.standard();

  /** Platform curators review every item that is to become public. */
  static final AccessPolicy CURATING = AccessPolicy.of(PolicySettings.defaults().withCuratePublicContent(true));

  /** An active member who writes the items other people read. */
  static final UserId AUTHOR = UserId.of("author");

  private PolicyFixtures() {}

  /** The communities of DESIGN.md §3's first table. */
  enum Kind {
    PUBLIC_OPEN("PUBLIC/OPEN", PolicyFixtures.community("public-open", Privacy.PUBLIC, JoinPolicy.OPEN)),
    PUBLIC_REQUEST("PUBLIC/REQUEST", PolicyFixtures.community("public-request", Privacy.PUBLIC, JoinPolicy.REQUEST)),
    SEMI_PRIVATE("SEMI_PRIVATE", PolicyFixtures.community("semi-private", Privacy.SEMI_PRIVATE, JoinPolicy.REQUEST)),
    PRIVATE("PRIVATE", PolicyFixtures.community("private", Privacy.PRIVATE, JoinPolicy.REQUEST)),
    HIDDEN_GROUP("HIDDEN_GROUP", hiddenGroup("hidden"));

    private final String label;
    private final Community community;

    Kind(String label, Community community) {
      this.label = label;
      this.community = community;
    }

    Community community() {
      return community;
    }

    static Kind of(String label) {
      return labelled(values(), label);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** The kinds of actor the tables distinguish, each one user with their membership, if any. */
  enum Who {
    ANONYMOUS("anonymous", null),
    OUTSIDER("outsider", null),
    INVITED("invited", MembershipState.INVITED),
    LAPSED_INVITEE("invitation expired", MembershipState.INVITED),
    REQUESTED("requested", MembershipState.REQUESTED),
    BLOCKED("blocked", MembershipState.BLOCKED),
    MEMBER("member", MembershipState.ACTIVE),
    MODERATOR("moderator", MembershipState.ACTIVE),
    ADMIN("admin", MembershipState.ACTIVE),
    CURATOR("curator", null),
    PLATFORM_ADMIN("platform admin", null);

    private final String label;
    private final @Nullable MembershipState state;

    Who(String label, @Nullable MembershipState state) {
      this.label = label;
      this.state = state;
    }

    /** The user, named after the label ("platform admin" is user {@code platform-admin}). */
    UserId user() {
      return UserId.of(label.replace(' ', '-'));
    }

    Actor actor() {
      return switch (this) {
        case ANONYMOUS -> Actor.anonymous();
        case CURATOR -> Actor.user(user(), PlatformRole.CURATOR);
        case PLATFORM_ADMIN -> Actor.user(user(), PlatformRole.PLATFORM_ADMIN);
        default -> Actor.user(user());
      };
    }

    /** This actor's membership of the community, if their kind has one. */
    Optional<Membership> membershipOf(Community community) {
      if (state == null) {
        return Optional.empty();
      }
      return Optional.of(switch (this) {
        case INVITED -> invited(community, user(), NOW.plus(Duration.ofDays(7)));
        case LAPSED_INVITEE -> invited(community, user(), NOW.minus(Duration.ofDays(1)));
        case MODERATOR -> active(community, user(), Role.MODERATOR);
        case ADMIN -> active(community, user(), Role.ADMIN);
        default -> membership(community, user(), state, Role.MEMBER);
      });
    }

    /** Whether this actor is an active member, whatever the role. */
    boolean isActiveMember() {
      return state == MembershipState.ACTIVE;
    }

    static Who of(String label) {
      return labelled(values(), label);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** The constant a table names by its label, which is what the constant prints as. */
  private static <E extends Enum<E>> E labelled(E[] values, String label) {
    return Arrays.stream(values).filter(v -> v.toString().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no " + values[0].getDeclaringClass().getSimpleName()
            + " labelled " + label));
  }

  static Community community(String slug, Privacy privacy, JoinPolicy joinPolicy) {
    return Community.builder(CommunityId.of("c-" + slug), slug).name("Community " + slug)
        .privacy(privacy).joinPolicy(joinPolicy).build();
  }

  static Community hiddenGroup(String slug) {
    return Community.builder(CommunityId.of("c-" + slug), slug).name("Community " + slug)
        .purpose(Purpose.HIDDEN_GROUP).build();
  }

  /** A working group of {@code parent}, open to join if it is public and asked to join otherwise. */
  static Community workingGroup(String slug, Community parent, Privacy privacy) {
    return Community.builder(CommunityId.of("c-" + slug), slug).name("Working group " + slug)
        .purpose(Purpose.WORKING_GROUP).parent(parent.id()).privacy(privacy).build()
        .checkWorkingGroupOf(parent);
  }

  static Membership membership(Community community, UserId user, MembershipState state, Role role) {
    return new Membership(community.id(), user, state, role, Optional.empty(), Optional.empty(),
        NOW.minus(Duration.ofDays(30)), Optional.empty(), 0);
  }

  static Membership active(Community community, UserId user, Role role) {
    return membership(community, user, MembershipState.ACTIVE, role);
  }

  static Membership invited(Community community, UserId user, Instant expiry) {
    return new Membership(community.id(), user, MembershipState.INVITED, Role.MEMBER, Optional.empty(),
        Optional.of(Who.ADMIN.user()), NOW.minus(Duration.ofDays(2)), Optional.of(expiry), 0);
  }

  /** The actor's context in a community that is not a working group. */
  static AccessContext context(Community community, Who who) {
    return AccessContext.of(community, NOW).withMembership(who.membershipOf(community));
  }

  static Document document(Community community, UserId author, Visibility visibility, ReviewState state) {
    return Document.of(header(community, "doc", author, visibility, state), "A summary.");
  }

  /** A members-only discussion. */
  static Discussion discussion(Community community, UserId author, ReviewState state, boolean locked) {
    return discussion(community, author, Visibility.MEMBERS, state, locked);
  }

  static Discussion discussion(Community community, UserId author, Visibility visibility, ReviewState state,
      boolean locked) {
    return new Discussion(header(community, "talk", author, visibility, state), "Shall we?", locked, List.of());
  }

  /** A poll with two fixed options, or an ideas poll, closing at {@code closes} if given. */
  static Poll poll(Community community, UserId author, Visibility visibility, ReviewState state, Poll.Mode mode,
      Poll.ResultsVisibility results, Optional<Instant> closes) {
    return new Poll(header(community, "poll", author, visibility, state), "", mode,
        List.of(PollOption.fixed(PollOptionId.of("1"), "Yes"), PollOption.fixed(PollOptionId.of("2"), "No")),
        closes, results);
  }

  private static ItemHeader header(Community community, String kind, UserId author, Visibility visibility,
      ReviewState state) {
    String id = kind + "-" + community.slug() + "-" + author + "-" + visibility + "-" + state;
    return new ItemHeader(ItemId.of(id.toLowerCase(Locale.ROOT)), community.id(), author, "A " + kind,
        Locale.ENGLISH, visibility, state, Set.of(), NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(1)), 0);
  }

  /** Checks a decision against a table row; a null reason means the row does not name one. */
  static void assertDecision(Outcome outcome, @Nullable Reason reason, Decision actual) {
    assertEquals(outcome, actual.outcome(), () -> "outcome of " + actual);
    if (reason != null) {
      assertEquals(reason, actual.reason(), () -> "reason of " + actual);
    }
  }
}
