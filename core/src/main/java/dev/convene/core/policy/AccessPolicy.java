package dev.convene.core.policy;

import static dev.convene.core.policy.Decision.deny;
import static dev.convene.core.policy.Decision.notFound;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Announcement;
import dev.convene.core.model.Community;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Permission;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Poll;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Section;
import dev.convene.core.model.Visibility;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one place that decides every action in every community. Nothing else in Convene decides
 * access: services, search and notifications all ask here.
 *
 * <p>A decision is made in this order, and the first rule that refuses gives the answer:
 *
 * <ol>
 *   <li><b>Existence.</b> An actor who may not see the community, or the item, gets {@code
 *       NOT_FOUND}, never {@code DENY}, so the answer leaks nothing: a hidden group is found only by
 *       its active members and pending invitees; a private community only by signed-in users; a
 *       working group only by those who can find its parent (and, inside a hidden group, only by
 *       the group's active members: an invitee sees the hidden group's profile, nothing more). An item is found according to its
 *       review state: a draft by its author; a submitted or rejected item by its author and its
 *       reviewers; a published item by everyone who can find the community if its effective
 *       visibility is public, otherwise by active members; an archived item by those who moderate.
 *       An author counts only while an active member (so a blocked author loses their members-only
 *       items). An item in a switched-off section, or an announcement past its expiry, is found only
 *       by those who moderate the community: it is hidden from members and authors too.
 *   <li><b>State.</b> Rules about the thing itself, which bind platform admins too: a review state
 *       that does not allow the step, a locked discussion, a switched-off section (no new items,
 *       no replies), joining when already a member, invited or waiting for approval.
 *   <li><b>Sign-in and archive.</b> Every change needs a signed-in actor; an archived community (or a
 *       working group of one) accepts no change but being restored.
 *   <li><b>Role.</b> The community's {@link dev.convene.core.model.RolePermissions}: members
 *       contribute, moderators moderate, admins administer; reviewers review; authors edit their own
 *       items; outsiders join as the effective join policy allows.
 *   <li><b>The other person.</b> Only then, for those allowed to act on members, the rules about
 *       the other person's membership (a blocked user invited, someone already in invited again, a
 *       request decided that does not exist, acting on oneself): so a refusal never tells someone
 *       who may not act on members where another person stands. These bind platform admins too.
 * </ol>
 *
 * <p>A platform admin passes every rule but the state rules; when only that override lets them
 * through, the decision says so ({@link Decision#isPlatformAdminOverride()}) and the caller must
 * audit the access. Voting and adding ideas ({@link Action#VOTE}, {@link Action#ADD_IDEA}) are
 * participation, not administration: there is no override for them, a platform admin takes part only
 * where they may as a user (an active member), and is otherwise refused ({@code DENY}, never {@code
 * NOT_FOUND}, since they see the poll by the override).
 *
 * <p>Everything is computed at decision time from the current community: a public item in a
 * community that becomes private is members-only at once, and public again when it goes back;
 * nothing is rewritten. Instances are immutable and thread-safe.
 */
public final class AccessPolicy {
  private final PolicySettings settings;

  private AccessPolicy(PolicySettings settings) {
    this.settings = Checks.required(settings, "settings");
  }

  /**
   * A policy with the given platform settings.
   *
   * @param settings the platform-wide settings
   * @return the policy
   */
  public static AccessPolicy of(PolicySettings settings) {
    return new AccessPolicy(settings);
  }

  /**
   * A policy with the default settings (public content not curated).
   *
   * @return the policy with {@link PolicySettings}' defaults
   */
  public static AccessPolicy standard() {
    return new AccessPolicy(PolicySettings.defaults());
  }

  /**
   * The platform settings this policy applies.
   *
   * @return the settings given when the policy was made
   */
  public PolicySettings settings() {
    return settings;
  }

  /**
   * Decides whether {@code actor} may perform {@code action} in the given context.
   *
   * @param actor who acts
   * @param action what they want to do
   * @param context where: the community, and as the action needs, the memberships, item and target
   * @return the decision and its reason
   * @throws dev.convene.core.ValidationException if the context does not fit the action: an item
   *     action without an item, a discussion action on another type of item, an action on a member
   *     without the target, or a membership in the context that is not the actor's
   */
  public Decision decide(Actor actor, Action action, AccessContext context) {
    Checks.required(actor, "actor");
    Checks.required(action, "action");
    Checks.required(context, "context");
    checkShape(actor, action, context);
    Standing standing = Standing.of(actor, context);
    if (actor.isPlatformAdmin()) {
      Reason state = stateRule(action, standing, context);
      if (state == null) {
        state = targetRule(action, standing, context);
      }
      if (state != null) {
        return deny(state);
      }
      Decision normal = decideAsUser(action, standing, context);
      if (isParticipation(action)) {
        // a vote is participation, not administration: no override, which the audit log would name
        // next to a count that moved. Seeing the poll by the override, the admin is refused, not
        // kept from knowing it exists.
        return normal.outcome() == Decision.Outcome.NOT_FOUND ? deny(participationRefusal(standing, context)) : normal;
      }
      return normal.isAllowed() ? normal : Decision.platformAdmin();
    }
    return decideAsUser(action, standing, context);
  }

  /**
   * Whether the action is taking part in a poll ({@link Action#VOTE}, {@link Action#ADD_IDEA}): a
   * platform admin does it only as a user may, never by the override.
   */
  private static boolean isParticipation(Action action) {
    return action == Action.VOTE || action == Action.ADD_IDEA;
  }

  /**
   * Why a platform admin who sees the poll only by the override may not take part: as a reply is
   * refused to someone who sees the discussion without belonging, the archive first, then their
   * standing (blocked, or not an active member).
   */
  private static Reason participationRefusal(Standing standing, AccessContext context) {
    boolean parentArchived = context.parent().map(Community::isArchived).orElse(false);
    return parentArchived || context.community().isArchived() ? Reason.ARCHIVED : standing.lacking();
  }

  /**
   * The community's privacy as it applies now: a working group is never more open than its parent,
   * whatever it declares.
   *
   * @param community the community
   * @param parent its parent, for a working group; empty for a top-level community
   * @return the privacy that applies, never more open than the parent's
   */
  public static Privacy effectivePrivacy(Community community, Optional<Community> parent) {
    return parent.map(p -> community.privacy().mostClosed(p.privacy())).orElse(community.privacy());
  }

  /**
   * The privacy of the context's community as it applies now.
   *
   * @param context the context whose community (and parent) to look at
   * @return the privacy that applies
   */
  public static Privacy effectivePrivacy(AccessContext context) {
    return effectivePrivacy(context.community(), context.parent());
  }

  /**
   * An item's visibility as it applies now: members-only in a private community, whatever the item
   * declares; otherwise as declared.
   *
   * @param item the item
   * @param community the item's community
   * @param parent the community's parent, for a working group; empty for a top-level community
   * @return the visibility that applies
   */
  public static Visibility effectiveVisibility(Item item, Community community, Optional<Community> parent) {
    return effectivePrivacy(community, parent) == Privacy.PRIVATE ? Visibility.MEMBERS : item.visibility();
  }

  /**
   * How outsiders may get in now: a hidden group only by invitation; a community that is not
   * effectively public is never open (an open working group inside a closed parent takes requests).
   *
   * @param context the context whose community (and parent) to look at
   * @return the join policy that applies
   */
  public static JoinPolicy effectiveJoinPolicy(AccessContext context) {
    Community community = context.community();
    if (community.isHidden()) {
      return JoinPolicy.INVITATION;
    }
    if (community.joinPolicy() == JoinPolicy.OPEN && effectivePrivacy(context) != Privacy.PUBLIC) {
      return JoinPolicy.REQUEST;
    }
    return community.joinPolicy();
  }

  /**
   * Whether the item must be reviewed before it is published: when it is to become public and the
   * platform curates public content, or when the community reviews before publication.
   *
   * @param item the item to publish
   * @param context the item's community and parent
   * @return {@code true} if someone must review the item before it is published
   */
  public boolean requiresReview(Item item, AccessContext context) {
    return isCurated(item, context) || context.community().reviewBeforePublication();
  }

  /**
   * Whether the actor reviews the item: platform curators for items that are to become public when
   * the platform curates public content; otherwise, in a community that reviews before publication,
   * those who hold {@link Permission#MODERATE}.
   *
   * @param actor who would review
   * @param item the item under review
   * @param context the item's community, parent and the actor's membership
   * @return {@code true} if the actor is one of the item's reviewers
   */
  public boolean isReviewer(Actor actor, Item item, AccessContext context) {
    return isReviewer(Standing.of(actor, context), item, context);
  }

  /**
   * Whether the actor, a curator, may set the item's concepts: when they review it, or when it is
   * published and its effective visibility is public.
   */
  boolean mayCategorise(Actor actor, Item item, AccessContext context) {
    if (!actor.has(PlatformRole.CURATOR)) {
      return false;
    }
    boolean publicNow = item.reviewState() == ReviewState.PUBLISHED
        && effectiveVisibility(item, context.community(), context.parent()) == Visibility.PUBLIC;
    return publicNow || item.reviewState() == ReviewState.SUBMITTED && isReviewer(actor, item, context);
  }

  private boolean isCurated(Item item, AccessContext context) {
    return settings.curatePublicContent()
        && effectiveVisibility(item, context.community(), context.parent()) == Visibility.PUBLIC;
  }

  private boolean isReviewer(Standing standing, Item item, AccessContext context) {
    if (isCurated(item, context)) {
      return standing.actor().has(PlatformRole.CURATOR);
    }
    return context.community().reviewBeforePublication() && standing.holds(Permission.MODERATE, context);
  }

  private Decision decideAsUser(Action action, Standing standing, AccessContext context) {
    Reason hidden = hiddenReason(standing, context);
    if (hidden != null) {
      return notFound(hidden);
    }
    if (context.item().isPresent() && !canSee(standing, context.item().get(), context)) {
      return notFound(Reason.ITEM_NOT_VISIBLE);
    }
    Reason state = stateRule(action, standing, context);
    if (state != null) {
      return deny(state);
    }
    if (action.isWrite()) {
      if (standing.actor().isAnonymous()) {
        return deny(Reason.SIGN_IN_REQUIRED);
      }
      boolean parentArchived = context.parent().map(Community::isArchived).orElse(false);
      boolean archived = context.community().isArchived() && action != Action.RESTORE_COMMUNITY;
      if (parentArchived || archived) {
        return deny(Reason.ARCHIVED);
      }
    }
    Decision decision = RoleRules.decide(action, standing, context, this);
    Reason target = decision.isAllowed() ? targetRule(action, standing, context) : null;
    return target == null ? decision : deny(target);
  }

  /** Why the actor may not know the community exists, or null if they may. */
  private static @Nullable Reason hiddenReason(Standing standing, AccessContext context) {
    Optional<Community> parent = context.parent();
    if (parent.isPresent()) {
      AccessContext parentContext = AccessContext.of(parent.get(), context.now())
          .withMembership(context.parentMembership());
      Standing inParent = Standing.of(standing.actor(), parentContext);
      Reason parentHidden = hiddenReason(inParent, parentContext);
      if (parentHidden != null) {
        return parentHidden;
      }
      if (parent.get().isHidden() && !inParent.isMember()) {
        return Reason.HIDDEN_GROUP; // an invitee of a hidden group sees its profile, nothing more
      }
    }
    if (context.community().isHidden()) {
      return standing.isMember() || standing.invitee() ? null : Reason.HIDDEN_GROUP;
    }
    if (effectivePrivacy(context) == Privacy.PRIVATE && standing.actor().isAnonymous()) {
      return Reason.PRIVATE_COMMUNITY;
    }
    return null;
  }

  /**
   * Whether the actor may see the item, by its review state and effective visibility; an item put
   * out of readers' sight (see {@link #isWithdrawn}) only by those who moderate.
   */
  boolean canSee(Standing standing, Item item, AccessContext context) {
    boolean author = standing.actor().is(item.author()) && standing.isMember();
    boolean seen = switch (item.reviewState()) {
      case DRAFT -> author;
      case SUBMITTED, REJECTED -> author || isReviewer(standing, item, context);
      case PUBLISHED -> standing.isMember()
          || effectiveVisibility(item, context.community(), context.parent()) == Visibility.PUBLIC;
      case ARCHIVED -> standing.holds(Permission.MODERATE, context);
    };
    return seen && (!isWithdrawn(item, context) || standing.holds(Permission.MODERATE, context));
  }

  /**
   * Whether the item is out of readers' sight now, whatever its review state: its community has its
   * section switched off, or it is an announcement that has expired at the context's time. Such an
   * item is seen only by those who moderate the community (and platform admins), so that they can
   * switch the section back on or extend the announcement; nothing is rewritten, so it comes back
   * as it was.
   */
  static boolean isWithdrawn(Item item, AccessContext context) {
    return !context.community().has(item.type().section())
        || item instanceof Announcement announcement && announcement.isExpired(context.now());
  }

  /** The state rule the action breaks, or null. These bind platform admins too. */
  private @Nullable Reason stateRule(Action action, Standing standing, AccessContext context) {
    Community community = context.community();
    return switch (action) {
      case ARCHIVE_COMMUNITY -> community.isArchived() ? Reason.ARCHIVED : null;
      case RESTORE_COMMUNITY -> community.isArchived() ? null : Reason.NOT_ARCHIVED;
      case CREATE_WORKING_GROUP -> community.isWorkingGroup() ? Reason.NESTED_WORKING_GROUP
          : sectionRule(community, Section.WORKING_GROUPS);
      case CREATE_DOCUMENT -> sectionRule(community, Section.DOCUMENTS);
      case START_DISCUSSION -> sectionRule(community, Section.DISCUSSIONS);
      case POST_ANNOUNCEMENT -> sectionRule(community, Section.ANNOUNCEMENTS);
      case POST_EVENT -> sectionRule(community, Section.EVENTS);
      case CREATE_POLL -> sectionRule(community, Section.POLLS);
      case VOTE -> pollRule(context, false);
      case ADD_IDEA -> pollRule(context, true);
      case JOIN, REQUEST_MEMBERSHIP -> context.membership().filter(m -> isInOrOnTheWay(m, context)).isPresent()
          ? Reason.ALREADY_MEMBER : null;
      case SUBMIT_ITEM -> itemReadyRule(context, true);
      case PUBLISH_ITEM -> itemReadyRule(context, false);
      case REVIEW_ITEM -> reviewStateRule(context, ReviewState.SUBMITTED);
      case ARCHIVE_ITEM -> reviewStateRule(context, ReviewState.PUBLISHED);
      case RESTORE_ITEM -> reviewStateRule(context, ReviewState.ARCHIVED);
      case EDIT_ITEM -> item(context).reviewState() == ReviewState.ARCHIVED
          ? Reason.REVIEW_STATE : null;
      case CATEGORISE_ITEM -> item(context).reviewState() == ReviewState.SUBMITTED ? null
          : reviewStateRule(context, ReviewState.PUBLISHED);
      case REPLY -> {
        Reason published = reviewStateRule(context, ReviewState.PUBLISHED);
        Reason state = published != null ? published : sectionRule(community, Section.DISCUSSIONS);
        yield state != null ? state : ((Discussion) item(context)).locked() ? Reason.DISCUSSION_LOCKED : null;
      }
      default -> null;
    };
  }

  /**
   * The state rule a vote or an idea breaks: like a reply, only in a published poll whose section is
   * on; then only while the poll is open, and an idea only where the poll takes ideas.
   */
  private static @Nullable Reason pollRule(AccessContext context, boolean idea) {
    Poll poll = (Poll) item(context);
    Reason published = reviewStateRule(context, ReviewState.PUBLISHED);
    Reason state = published != null ? published : sectionRule(context.community(), Section.POLLS);
    if (state != null) {
      return state;
    }
    if (poll.isClosed(context.now())) {
      return Reason.POLL_CLOSED;
    }
    return idea && poll.mode() != Poll.Mode.IDEAS ? Reason.POLL_OPTIONS_FIXED : null;
  }

  /**
   * Decides whether {@code actor} may see the counts of the context's poll: only those who may see
   * the poll; then as the poll's {@link Poll.ResultsVisibility} says (anyone, those who voted, or
   * anyone once the poll has closed); otherwise only those {@link Action#VIEW_POLL_RESULTS} allows:
   * those who moderate the community, and platform admins as an override the caller audits. A
   * refusal for those who may see the poll is {@link Reason#RESULTS_NOT_YET_VISIBLE}; the answer
   * never depends on what others voted.
   *
   * @param actor who asks
   * @param context the poll's community, memberships and the poll as the item
   * @param voted whether the actor has a vote in the poll
   * @return the decision and its reason
   * @throws dev.convene.core.ValidationException if the context holds no item, or an item that is not
   *     a poll
   */
  public Decision decideResults(Actor actor, AccessContext context, boolean voted) {
    Checks.required(actor, "actor");
    Checks.required(context, "context");
    Checks.check(context.item().isPresent(), "item", "required", "the results need the poll");
    Checks.check(context.item().get() instanceof Poll, "item", "poll", "results are for polls only");
    Decision seeing = decide(actor, Action.VIEW_ITEM, context);
    if (!seeing.isAllowed()) {
      return seeing;
    }
    Poll poll = (Poll) item(context);
    boolean shown = switch (poll.results()) {
      case ALWAYS -> true;
      case AFTER_VOTING -> voted;
      case AFTER_CLOSING -> poll.isClosed(context.now());
    };
    if (shown) {
      return seeing;
    }
    Decision moderating = decide(actor, Action.VIEW_POLL_RESULTS, context);
    return moderating.isAllowed() ? moderating : deny(Reason.RESULTS_NOT_YET_VISIBLE);
  }

  /**
   * The rule about the other person's membership that the action breaks, or null. It is asked only
   * of those the role rules let act on members (and of platform admins), so that nobody learns
   * another person's standing by being refused.
   */
  private static @Nullable Reason targetRule(Action action, Standing standing, AccessContext context) {
    return switch (action) {
      case INVITE -> context.target().map(t -> t.state() == MembershipState.BLOCKED).orElse(false)
          ? Reason.TARGET_BLOCKED
          : context.target().filter(t -> isInOrOnTheWay(t, context)).isPresent() ? Reason.ALREADY_MEMBER
          : selfRule(standing, context);
      case DECIDE_REQUEST -> context.target().map(t -> t.state() == MembershipState.REQUESTED).orElse(false)
          ? selfRule(standing, context) : Reason.NO_REQUEST;
      case REMOVE_MEMBER, BLOCK_MEMBER -> selfRule(standing, context);
      default -> null;
    };
  }

  /** Whether the membership is active, a pending invitation or a request: someone in or on the way in. */
  private static boolean isInOrOnTheWay(Membership membership, AccessContext context) {
    return membership.isActive() || membership.state() == MembershipState.REQUESTED
        || membership.isPendingInvitation(context.now());
  }

  private static @Nullable Reason sectionRule(Community community, Section section) {
    return community.has(section) ? null : Reason.SECTION_DISABLED;
  }

  private static @Nullable Reason selfRule(Standing standing, AccessContext context) {
    boolean self = context.target().map(t -> standing.actor().is(t.user())).orElse(false);
    return self ? Reason.NOT_ON_SELF : null;
  }

  private static @Nullable Reason reviewStateRule(AccessContext context, ReviewState wanted) {
    return item(context).reviewState() == wanted ? null : Reason.REVIEW_STATE;
  }

  private @Nullable Reason itemReadyRule(AccessContext context, boolean submitting) {
    Item item = item(context);
    return switch (item.reviewState()) {
      case DRAFT, REJECTED -> requiresReview(item, context) == submitting ? null
          : submitting ? Reason.REVIEW_NOT_REQUIRED : Reason.REVIEW_REQUIRED;
      // an item left waiting when its community stopped reviewing may be published by its author
      case SUBMITTED -> !submitting && !requiresReview(item, context) ? null : Reason.REVIEW_STATE;
      default -> Reason.REVIEW_STATE;
    };
  }

  static Item item(AccessContext context) {
    return context.item().orElseThrow();
  }

  private static void checkShape(Actor actor, Action action, AccessContext context) {
    Checks.check(context.membership().map(m -> actor.is(m.user())).orElse(true), "membership", "actor-membership",
        "the context's membership must be the actor's own");
    Checks.check(context.parentMembership().map(m -> actor.is(m.user())).orElse(true), "parentMembership",
        "actor-membership", "the context's parent membership must be the actor's own");
    switch (action.scope()) {
      case ITEM -> {
        Checks.check(context.item().isPresent(), "item", "required", "%s needs the item", action);
        boolean discussionOnly = action == Action.REPLY || action == Action.HIDE_REPLY
            || action == Action.LOCK_DISCUSSION || action == Action.VIEW_HIDDEN_REPLIES;
        Checks.check(!discussionOnly || context.item().get() instanceof Discussion, "item", "discussion",
            "%s applies to discussions only", action);
        boolean pollOnly = action == Action.VOTE || action == Action.ADD_IDEA || action == Action.VIEW_POLL_RESULTS;
        Checks.check(!pollOnly || context.item().get() instanceof Poll, "item", "poll",
            "%s applies to polls only", action);
      }
      case MEMBER -> {
        boolean optional = action == Action.INVITE || action == Action.BLOCK_MEMBER;
        Checks.check(optional || context.target().isPresent(), "target", "required",
            "%s needs the other person's membership", action);
      }
      case COMMUNITY -> { }
    }
  }
}
