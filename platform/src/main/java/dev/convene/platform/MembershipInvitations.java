package dev.convene.platform;

import dev.convene.core.internal.Checks;
import dev.convene.core.membership.Change;
import dev.convene.core.membership.MembershipConflictException;
import dev.convene.core.membership.Roster;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Decision;
import dev.convene.platform.internal.Access;
import dev.convene.platform.internal.MembershipWrites;
import dev.convene.platform.internal.Platform;
import dev.convene.platform.internal.RosterChanges;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Invitations of many people at once: those who can be invited are, the others are reported. */
final class MembershipInvitations {
  /** The most people one call invites, so that one transaction stays short. */
  static final int MAX_INVITEES = 1_000;

  private final Platform platform;
  private final MembershipWrites writes;

  MembershipInvitations(Platform platform, MembershipWrites writes) {
    this.platform = platform;
    this.writes = writes;
  }

  /** Checks the list: no missing id, no id twice, at most {@link #MAX_INVITEES}. */
  static List<UserId> checked(List<UserId> invitees) {
    List<UserId> list = List.copyOf(Checks.noNulls(invitees, "invitees"));
    Checks.check(list.size() <= MAX_INVITEES, "invitees", "max-size", Map.of("limit", MAX_INVITEES),
        "must hold at most %d users, not %d",
        MAX_INVITEES, list.size());
    Set<UserId> seen = new HashSet<>();
    for (UserId user : list) {
      Checks.check(seen.add(user), "invitees", "distinct", "lists user %s more than once", user);
    }
    return list;
  }

  Map<UserId, InvitationOutcome> inviteAll(Actor actor, CommunityId community, List<UserId> invitees,
      Optional<String> message) {
    return writes.inTransaction(work -> {
      Instant now = platform.now();
      AccessContext context = writes.require(work, actor, community, Optional.empty(), Action.INVITE);
      UserId inviter = actor.user().orElseThrow();
      Optional<Instant> expiry = Optional.of(now.plus(platform.invitationTtl()));
      List<UserId> concerned = new ArrayList<>(invitees);
      concerned.add(inviter);
      Roster roster = RosterChanges.roster(work.tx(), context, concerned);
      Map<UserId, InvitationOutcome> outcomes = new LinkedHashMap<>();
      for (UserId invitee : invitees) {
        Optional<InvitationOutcome> refusal = InvitationOutcome.refusal(roster, invitee, now);
        Decision decision = platform.access().decide(actor, Action.INVITE,
            context.withTarget(roster.membership(invitee)));
        if (!decision.isAllowed()) {
          if (refusal.isEmpty()) {
            decision.orThrow(Access.what(community));
          }
          outcomes.put(invitee, refusal.orElseThrow());
          continue;
        }
        try {
          Change change = roster.invite(invitee, inviter, message, expiry, now);
          RosterChanges.record(work, actor.user(), change, Optional.empty(), now);
          roster = change.roster();
          outcomes.put(invitee, InvitationOutcome.INVITED);
        } catch (MembershipConflictException e) {
          outcomes.put(invitee, refusal.orElseThrow(() -> e));
        }
      }
      return Collections.unmodifiableMap(outcomes);
    });
  }
}
