package dev.convene.platform.internal;

import dev.convene.core.membership.Change;
import dev.convene.core.membership.MembershipEvent;
import dev.convene.core.membership.Roster;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The shape every membership operation shares: one transaction, retried when the store reports a
 * version conflict, that reads the access context (with the other person's membership as the target
 * for an action on someone else), asks the policy, applies one {@link Roster} operation to a view
 * holding the memberships of the actor and that person, records the change, and carries a departure
 * from a community into its working groups ({@link GroupDepartures}).
 */
public final class MembershipWrites {
  private static final Set<MembershipEvent> DEPARTURES =
      EnumSet.of(MembershipEvent.LEFT, MembershipEvent.REMOVED, MembershipEvent.BLOCKED);

  private final Platform platform;

  public MembershipWrites(Platform platform) {
    this.platform = platform;
  }

  /** One roster operation, given the roster, the acting user and the time. */
  @FunctionalInterface
  public interface Step {
    /** The change, or the roster's {@code MembershipConflictException}. */
    Change apply(Roster roster, UserId actor, Instant now);
  }

  /**
   * Runs one operation.
   *
   * @param subject the other person, for an action on someone else; empty for the actor's own
   *     membership
   * @param reason the reason the actor gave, for the audit entry
   * @return the stored membership after the operation, or empty if it was deleted
   */
  public Optional<Membership> apply(Actor actor, CommunityId community, Optional<UserId> subject, Action action,
      Optional<String> reason, Step step) {
    return apply(actor, community, subject, action, reason, step, (work, change, now) -> { });
  }

  /** A check of the roster's change before anything is written, which may write beside it. */
  @FunctionalInterface
  public interface Check {
    /** Refuses the change by throwing, or lets it go ahead. */
    void apply(Work work, Change change, Instant now);
  }

  /**
   * Runs one operation, as {@link #apply(Actor, CommunityId, Optional, Action, Optional, Step)} does,
   * with {@code check} run once the roster decided the change and before anything is written.
   */
  public Optional<Membership> apply(Actor actor, CommunityId community, Optional<UserId> subject, Action action,
      Optional<String> reason, Step step, Check check) {
    return inTransaction(work -> apply(work, actor, community, subject, action, reason, step, check));
  }

  /**
   * Runs one operation inside {@code work}, as part of a larger write whose transaction the caller
   * runs (and retries, with {@link RosterChanges#isStoreConflict}); see {@link #apply(Actor,
   * CommunityId, Optional, Action, Optional, Step)}.
   */
  public Optional<Membership> apply(Work work, Actor actor, CommunityId community, Optional<UserId> subject,
      Action action, Optional<String> reason, Step step) {
    return apply(work, actor, community, subject, action, reason, step, (w, change, now) -> { });
  }

  private Optional<Membership> apply(Work work, Actor actor, CommunityId community, Optional<UserId> subject,
      Action action, Optional<String> reason, Step step, Check check) {
    Instant now = platform.now();
    AccessContext context = require(work, actor, community, subject, action);
    UserId me = actor.user().orElseThrow();
    List<UserId> concerned = subject.filter(s -> !s.equals(me)).map(s -> List.of(me, s)).orElse(List.of(me));
    Change change = step.apply(RosterChanges.roster(work.tx(), context, concerned), me, now);
    check.apply(work, change, now);
    List<GroupDepartures.Drop> drops = DEPARTURES.contains(change.kind()) && context.parent().isEmpty()
        ? GroupDepartures.plan(work, platform, actor, change) : List.of();
    Optional<Membership> stored = RosterChanges.record(work, actor.user(), change, reason, now);
    for (GroupDepartures.Drop drop : drops) {
      GroupDepartures.record(work, actor.user(), drop, now);
    }
    return stored;
  }

  /** Runs {@code body} in one transaction, again when the store (not the roster) reports a conflict. */
  public <T> T inTransaction(Function<Work, T> body) {
    return platform.writes().runRetrying(RosterChanges::isStoreConflict, body);
  }

  /**
   * Reads the context and requires the action, with the subject's membership as the target.
   *
   * @throws dev.convene.core.NotFoundException if the actor may not know the community exists
   * @throws dev.convene.core.AccessDeniedException if the actor may not do this
   */
  public AccessContext require(Work work, Actor actor, CommunityId community, Optional<UserId> subject,
      Action action) {
    Access access = platform.access();
    AccessContext context = access.context(work.tx(), actor, community);
    if (subject.isPresent()) {
      context = context.withTarget(work.tx().memberships().get(community, subject.get()));
    }
    access.require(work, actor, asked(action, context), context, Access.what(community));
    return context;
  }

  /**
   * The action to ask the policy about. Removing, deciding the request of or changing the role of
   * someone who has no membership cannot be asked as such (the policy needs the target), so the
   * policy is asked instead about the action that needs no target and the same permission — inviting
   * (MODERATE) or blocking (ADMINISTER). Whoever may not act on members thus learns nothing of who
   * has a membership, and whoever may gets the roster's conflict.
   */
  static Action asked(Action action, AccessContext context) {
    if (context.target().isPresent()) {
      return action;
    }
    return switch (action) {
      case REMOVE_MEMBER, DECIDE_REQUEST -> Action.INVITE;
      case CHANGE_ROLE -> Action.BLOCK_MEMBER;
      default -> action;
    };
  }
}
