package dev.convene.storage;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;

/**
 * The audit log: membership transitions, role and privacy changes, review decisions and
 * platform-admin access, per community; and platform-wide entries, such as taxonomy changes, that
 * belong to no community. Entries are only ever appended (and only {@link #anonymise} rewrites them).
 * An entry appended in a
 * transaction that rolls back vanishes with it. Obtained from {@link Transaction#audit()}.
 */
public interface AuditLog {

  /**
   * Appends an entry and returns it with the id the store assigned: greater than every id assigned
   * before it on this store.
   *
   * @param entry the entry to append, with id 0
   * @return the stored entry, with its id
   * @throws dev.convene.core.ValidationException if {@code entry} is missing or its id is not 0
   */
  AuditEntry append(AuditEntry entry);

  /**
   * One page of the entries of {@code community}, newest first (by id, greatest first).
   *
   * @param community the community whose log to read
   * @param page the cursor and size of the page
   * @return the page of entries
   * @throws dev.convene.core.ValidationException if an argument is missing, or the cursor is not one
   *     this listing gave out
   */
  Page<AuditEntry> forCommunity(CommunityId community, PageRequest page);

  /**
   * One page of the platform-wide entries (those with no community), newest first (by id, greatest
   * first).
   *
   * @param page the cursor and size of the page
   * @return the page of entries
   * @throws dev.convene.core.ValidationException if an argument is missing, or the cursor is not one
   *     this listing gave out
   */
  Page<AuditEntry> forPlatform(PageRequest page);

  /**
   * One page of the entries about {@code user}, in every community and platform-wide: those whose
   * actor is the user and those whose subject is exactly the user's id, newest first (by id,
   * greatest first).
   *
   * @param user the user the entries are about
   * @param page the cursor and size of the page
   * @return the page of entries
   * @throws dev.convene.core.ValidationException if an argument is missing, or the cursor is not one
   *     this listing gave out
   */
  Page<AuditEntry> about(UserId user, PageRequest page);

  /**
   * Puts {@code pseudonym} in place of {@code user} in every entry, in every community and
   * platform-wide: as the actor, and as the subject where the subject is exactly the user's id. The
   * one change ever made to entries already appended, for the erasure of a person; their ids, times
   * and the rest stay.
   *
   * @param user the user to replace
   * @param pseudonym the user id to put in their place
   * @return how many entries changed
   * @throws dev.convene.core.ValidationException if an argument is missing, or both are the same user
   *     ({@code pseudonym}, {@code other-user})
   */
  int anonymise(UserId user, UserId pseudonym);
}
