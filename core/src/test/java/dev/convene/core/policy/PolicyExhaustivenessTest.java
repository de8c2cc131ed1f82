package dev.convene.core.policy;

import static dev.convene.core.policy.PolicyFixtures.AUTHOR;
import static dev.convene.core.policy.PolicyFixtures.CURATING;
import static dev.convene.core.policy.PolicyFixtures.NOW;
import static dev.convene.core.policy.PolicyFixtures.STANDARD;
import static dev.convene.core.policy.PolicyFixtures.community;
import static dev.convene.core.policy.PolicyFixtures.discussion;
import static dev.convene.core.policy.PolicyFixtures.hiddenGroup;
import static dev.convene.core.policy.PolicyFixtures.invited;
import static dev.convene.core.policy.PolicyFixtures.membership;
import static dev.convene.core.policy.PolicyFixtures.poll;
import static dev.convene.core.policy.PolicyFixtures.workingGroup;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityState;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Poll;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Section;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.Decision.Outcome;
import dev.convene.core.policy.PolicyFixtures.Kind;
import dev.convene.core.policy.PolicyFixtures.Who;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every action, by every kind of actor, in every kind of community, on every kind of item and
 * member, under both platform settings: the policy always answers, and its NOT_FOUND answers are
 * consistent, so that no action reveals what looking at the community would not.
 */
class PolicyExhaustivenessTest {
  private static final UserId SOMEONE = UserId.of("someone");
  private static final int SHOWN = 10;

  /** A community and, for a working group, its parent. */
  private record Place(String name, Community community, Optional<Community> parent) {
    static Place of(String name, Community community) {
      return new Place(name, community, Optional.empty());
    }

    static Place workingGroupOf(String name, Community parent, Privacy privacy) {
      return new Place(name, workingGroup(name.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-'), parent, privacy), Optional.of(parent));
    }
  }

  private static List<Place> places() {
    List<Place> places = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      places.add(Place.of(kind.toString(), kind.community()));
    }
    Community publicParent = Kind.PUBLIC_OPEN.community();
    places.add(Place.of("archived PRIVATE", Kind.PRIVATE.community().withState(CommunityState.ARCHIVED)));
    places.add(Place.of("reviewing SEMI_PRIVATE",
        Kind.SEMI_PRIVATE.community().toBuilder().reviewBeforePublication(true).build()));
    places.add(Place.of("no sections", community("bare", Privacy.PUBLIC, JoinPolicy.OPEN).toBuilder()
        .sections(Set.<Section>of()).build()));
    places.add(Place.workingGroupOf("wg of PUBLIC", publicParent, Privacy.PUBLIC));
    places.add(Place.workingGroupOf("wg of PRIVATE", Kind.PRIVATE.community(), Privacy.PRIVATE));
    places.add(Place.workingGroupOf("wg of HIDDEN_GROUP", hiddenGroup("hidden"), Privacy.PRIVATE));
    Community group = workingGroup("wg-closed-parent", publicParent, Privacy.PUBLIC);
    places.add(new Place("public wg of a parent gone PRIVATE", group,
        Optional.of(publicParent.withPrivacy(Privacy.PRIVATE))));
    places.add(new Place("wg of an archived parent", group,
        Optional.of(publicParent.withState(CommunityState.ARCHIVED))));
    return places;
  }

  @TestFactory
  @DisplayName("every action, actor and community")
  Stream<DynamicNode> everyCombination() {
    return places().stream().map(place -> dynamicContainer(place.name(),
        contexts(place).map(context -> dynamicTest(describe(context), () -> check(context)))));
  }

  /** An actor and the context without item or target: their memberships of the place. */
  private record Standpoint(Who who, AccessContext context) {}

  private static String describe(Standpoint standpoint) {
    return standpoint.who() + standpoint.context().parentMembership()
        .map(m -> ", " + m.state() + " " + m.role() + " of the parent").orElse("");
  }

  private static Stream<Standpoint> contexts(Place place) {
    return Arrays.stream(Who.values()).flatMap(who -> {
      AccessContext base = place.parent()
          .map(parent -> AccessContext.of(place.community(), parent, NOW))
          .orElseGet(() -> AccessContext.of(place.community(), NOW))
          .withMembership(who.membershipOf(place.community()));
      return parentMemberships(place, who).stream()
          .map(parentMembership -> new Standpoint(who, base.withParentMembership(parentMembership)));
    });
  }

  private static List<Optional<Membership>> parentMemberships(Place place, Who who) {
    List<Optional<Membership>> result = new ArrayList<>();
    result.add(Optional.empty());
    if (place.parent().isEmpty() || who == Who.ANONYMOUS) {
      return result;
    }
    Community parent = place.parent().get();
    result.add(Optional.of(membership(parent, who.user(), MembershipState.ACTIVE, Role.MEMBER)));
    result.add(Optional.of(membership(parent, who.user(), MembershipState.ACTIVE, Role.ADMIN)));
    result.add(Optional.of(membership(parent, who.user(), MembershipState.BLOCKED, Role.MEMBER)));
    result.add(Optional.of(invited(parent, who.user(), NOW.plus(Duration.ofDays(7)))));
    return result;
  }

  private static void check(Standpoint standpoint) {
    List<String> failures = new ArrayList<>();
    for (AccessPolicy policy : List.of(STANDARD, CURATING)) {
      for (Action action : Action.values()) {
        for (AccessContext context : shapes(action, standpoint)) {
          String failure = violation(policy, standpoint.who(), action, standpoint.context(), context);
          if (failure != null) {
            failures.add(failure);
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), () -> failures.size() + " violations, the first: "
        + String.join("\n", failures.subList(0, Math.min(SHOWN, failures.size()))));
  }

  /**
   * Every well-formed context for the action: each kind of discussion (so that the discussion
   * actions fit too) for item actions, each kind of other person for actions on members.
   */
  private static List<AccessContext> shapes(Action action, Standpoint standpoint) {
    AccessContext base = standpoint.context();
    Community community = base.community();
    List<AccessContext> shapes = new ArrayList<>();
    switch (action.scope()) {
      case COMMUNITY -> shapes.add(base);
      case ITEM -> {
        List<UserId> authors = new ArrayList<>(List.of(AUTHOR));
        standpoint.who().actor().user().ifPresent(authors::add);
        for (UserId author : authors) {
          for (Visibility visibility : Visibility.values()) {
            for (ReviewState state : ReviewState.values()) {
              if (action == Action.VOTE || action == Action.ADD_IDEA || action == Action.VIEW_POLL_RESULTS) {
                for (Poll.Mode mode : Poll.Mode.values()) {
                  shapes.add(base.withItem(poll(community, author, visibility, state, mode, Poll.ResultsVisibility.ALWAYS,
                      Optional.empty())));
                  shapes.add(base.withItem(poll(community, author, visibility, state, mode, Poll.ResultsVisibility.ALWAYS,
                      Optional.of(NOW.minus(Duration.ofHours(1))))));
                }
                continue;
              }
              for (boolean locked : new boolean[] {false, true}) {
                shapes.add(base.withItem(discussion(community, author, visibility, state, locked)));
              }
            }
          }
        }
      }
      case MEMBER -> {
        if (action == Action.INVITE || action == Action.BLOCK_MEMBER) {
          shapes.add(base);
        }
        for (MembershipState state : MembershipState.values()) {
          for (Role role : Role.values()) {
            shapes.add(base.withTarget(membership(community, SOMEONE, state, role)));
          }
        }
        base.membership().ifPresent(own -> shapes.add(base.withTarget(own)));
      }
    }
    return shapes;
  }

  /** What is wrong with the decision, or null if nothing is. */
  private static String violation(AccessPolicy policy, Who who, Action action, AccessContext plain,
      AccessContext context) {
    Decision decision;
    try {
      decision = policy.decide(who.actor(), action, context);
    } catch (RuntimeException e) {
      return describe(action, context) + " threw " + e;
    }
    if (decision == null) {
      return describe(action, context) + " returned null";
    }
    if (decision.isPlatformAdminOverride() && who != Who.PLATFORM_ADMIN) {
      return describe(action, context) + " flagged an override for " + who;
    }
    if (who == Who.PLATFORM_ADMIN) {
      if (decision.outcome() == Outcome.NOT_FOUND) {
        return describe(action, context) + " hid something from a platform admin";
      }
      // voting is participation: a platform admin takes part only as the member they may be, and the
      // audit line an override would write could be tied to a count that moved
      boolean participation = action == Action.VOTE || action == Action.ADD_IDEA;
      if (participation && decision.isPlatformAdminOverride()) {
        return describe(action, context) + " let a platform admin take part by the override";
      }
      boolean asUser = policy.decide(Actor.user(who.user()), action, context).isAllowed();
      return participation && decision.isAllowed() != asUser
          ? describe(action, context) + " answered " + decision + " to a platform admin, unlike to the same user" : null;
    }
    boolean communityFound = policy.decide(who.actor(), Action.VIEW_COMMUNITY, plain).outcome() != Outcome.NOT_FOUND;
    if (!communityFound) {
      return decision.outcome() == Outcome.NOT_FOUND ? null
          : describe(action, context) + " answered " + decision + " about a community " + who + " cannot find";
    }
    if (decision.outcome() != Outcome.NOT_FOUND) {
      return null;
    }
    boolean itemHidden = context.item().isPresent() && decision.reason() == Reason.ITEM_NOT_VISIBLE
        && policy.decide(who.actor(), Action.VIEW_ITEM, context).outcome() == Outcome.NOT_FOUND;
    return itemHidden ? null
        : describe(action, context) + " answered " + decision + " in a community " + who + " can find";
  }

  private static String describe(Action action, AccessContext context) {
    return action + context.item().map(i -> " on a " + i.reviewState() + " " + i.visibility() + " item by "
        + i.author()).orElse("") + context.target().map(t -> " on a " + t.state() + " " + t.role()).orElse("");
  }
}
