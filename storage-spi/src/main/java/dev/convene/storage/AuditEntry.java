package dev.convene.storage;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of the audit log: who did what, when, to whom, and the state before and after. Most lines
 * belong to a community; a few, such as a change to the shared taxonomy, to the platform as a whole.
 *
 * @param id assigned by the store when appended, strictly increasing in append order; 0 before
 * @param at when it happened
 * @param actor who did it; empty for the system (an expiry, a clean-up)
 * @param community the community it happened in; empty for a platform-wide entry
 * @param action what happened
 * @param subject what it happened to: a user id, an item id, a setting; at most {@value
 *     #MAX_SUBJECT_LENGTH} characters
 * @param before a short readable state before, such as {@code "REQUESTED"}; at most {@value
 *     #MAX_STATE_LENGTH} characters
 * @param after a short readable state after, such as {@code "ACTIVE MEMBER"}; at most {@value
 *     #MAX_STATE_LENGTH} characters
 * @param reason why, as the actor gave it; at most {@value #MAX_REASON_LENGTH} characters
 */
public record AuditEntry(
    long id,
    Instant at,
    Optional<UserId> actor,
    Optional<CommunityId> community,
    AuditAction action,
    String subject,
    Optional<String> before,
    Optional<String> after,
    Optional<String> reason) {

  /** The longest subject. */
  public static final int MAX_SUBJECT_LENGTH = 500;
  /** The longest before or after state. */
  public static final int MAX_STATE_LENGTH = 500;
  /** The longest reason. */
  public static final int MAX_REASON_LENGTH = 2_000;

  /**
   * Validates the entry.
   *
   * @throws dev.convene.core.ValidationException if a value is missing, blank or too long, or the id
   *     negative
   */
  public AuditEntry {
    Checks.check(id >= 0, "id", "non-negative", "must not be negative");
    Checks.required(at, "at");
    Checks.required(actor, "actor");
    Checks.required(community, "community");
    Checks.required(action, "action");
    Checks.text(subject, "subject", MAX_SUBJECT_LENGTH);
    Checks.required(before, "before").ifPresent(s -> Checks.text(s, "before", MAX_STATE_LENGTH));
    Checks.required(after, "after").ifPresent(s -> Checks.text(s, "after", MAX_STATE_LENGTH));
    Checks.required(reason, "reason").ifPresent(s -> Checks.text(s, "reason", MAX_REASON_LENGTH));
  }

  /**
   * A new entry (id 0) of {@code community}'s log with no before, after or reason; add them with the
   * {@code withX} methods.
   *
   * @param at when the action happened
   * @param actor who acted, or empty when the platform did
   * @param community the community whose log the entry belongs to
   * @param action what was done
   * @param subject what it was done to, such as a user's or an item's id
   * @return the entry, not yet stored
   * @throws dev.convene.core.ValidationException if a value is missing or malformed
   */
  public static AuditEntry of(Instant at, Optional<UserId> actor, CommunityId community, AuditAction action,
      String subject) {
    return new AuditEntry(0, at, actor, Optional.of(Checks.required(community, "community")), action, subject,
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * A new platform-wide entry (id 0, no community) with no before, after or reason.
   *
   * @param at when the action happened
   * @param actor who acted, or empty when the platform did
   * @param action what was done
   * @param subject what it was done to, such as a user's or a community's id
   * @return the entry, not yet stored
   * @throws dev.convene.core.ValidationException if a value is missing or malformed
   */
  public static AuditEntry ofPlatform(Instant at, Optional<UserId> actor, AuditAction action, String subject) {
    return new AuditEntry(0, at, actor, Optional.empty(), action, subject, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * A copy with the states before and after.
   *
   * @param newBefore the state before the action
   * @param newAfter the state after the action
   * @return a copy of this entry with both states
   */
  public AuditEntry withChange(String newBefore, String newAfter) {
    return new AuditEntry(id, at, actor, community, action, subject, Optional.of(Checks.required(newBefore, "before")),
        Optional.of(Checks.required(newAfter, "after")), reason);
  }

  /**
   * A copy with states before and after, either of which may be absent (a creation, a deletion).
   *
   * @param newBefore the state before the action, or empty for a creation
   * @param newAfter the state after the action, or empty for a deletion
   * @return a copy of this entry with those states
   */
  public AuditEntry withChange(Optional<String> newBefore, Optional<String> newAfter) {
    return new AuditEntry(id, at, actor, community, action, subject, newBefore, newAfter, reason);
  }

  /**
   * A copy with the reason the actor gave.
   *
   * @param newReason the reason, as the actor wrote it
   * @return a copy of this entry with that reason
   */
  public AuditEntry withReason(String newReason) {
    return new AuditEntry(id, at, actor, community, action, subject, before, after,
        Optional.of(Checks.required(newReason, "reason")));
  }

  /**
   * A copy with another id (for stores).
   *
   * @param newId the id the store assigned
   * @return a copy of this entry with that id
   */
  public AuditEntry withId(long newId) {
    return new AuditEntry(newId, at, actor, community, action, subject, before, after, reason);
  }
}
