package dev.convene.core.event;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Something that changed in a community: a membership, an item or the community itself. Every state
 * change emits one; notifications, audit and search follow them. Events carry ids, never content, so
 * that whoever receives one must still ask {@code AccessPolicy} before showing anything.
 */
public sealed interface DomainEvent permits MembershipChanged, ItemChanged, CommunityChanged {

  /**
   * The community where it happened.
   *
   * @return the id of the community
   */
  CommunityId community();

  /**
   * Who did it; empty when the platform did it (an invitation expiring).
   *
   * @return the user who did it, or empty
   */
  Optional<UserId> actor();

  /**
   * When it happened.
   *
   * @return the time it happened
   */
  Instant at();

  /**
   * Whether members who chose the {@code IMPORTANT} notification level hear of it (those who chose
   * {@code ALL} hear of everything they may see).
   *
   * @return {@code true} if it is news for the {@code IMPORTANT} level too
   */
  boolean isImportant();
}
