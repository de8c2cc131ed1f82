package dev.convene.core.event;

import dev.convene.core.internal.Checks;
import dev.convene.core.membership.MembershipEvent;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * A membership changed.
 *
 * @param community the community
 * @param member whose membership changed
 * @param kind what happened
 * @param actor who did it, if anyone
 * @param at when
 */
public record MembershipChanged(CommunityId community, UserId member, MembershipEvent kind, Optional<UserId> actor,
    Instant at) implements DomainEvent {

  /** Validates the event. */
  public MembershipChanged {
    Checks.required(community, "community");
    Checks.required(member, "member");
    Checks.required(kind, "kind");
    Checks.required(actor, "actor");
    Checks.required(at, "at");
  }

  /** Requests and invitations matter to those who must act on them; the rest is routine. */
  @Override
  public boolean isImportant() {
    return kind == MembershipEvent.REQUESTED || kind == MembershipEvent.INVITED;
  }
}
