package dev.convene.archive;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.UserId;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How {@link CommunityArchives#importArchive} fits an archive into the target. The defaults ({@link
 * #defaults()}) change nothing silently: ids are kept, a taken slug or a missing concept refuses the
 * import, and users keep their ids.
 *
 * @param ids whether communities and items keep their ids or get fresh ones
 * @param slugConflicts what happens when a slug is taken in the target
 * @param missingConcepts what happens when the target taxonomy lacks a concept the archive uses
 * @param users the user in the target for each user of the archive: members, authors, inviters,
 *     subscribers and the actors and subjects of audit lines; the identity by default
 */
public record ImportOptions(Ids ids, SlugConflicts slugConflicts, MissingConcepts missingConcepts,
    UnaryOperator<UserId> users) {

  private static final ImportOptions DEFAULTS =
      new ImportOptions(Ids.KEEP, SlugConflicts.REFUSE, MissingConcepts.REFUSE, UnaryOperator.identity());

  /**
   * Validates the options.
   *
   * @throws dev.convene.core.ValidationException if a value is missing
   */
  public ImportOptions {
    Checks.required(ids, "ids");
    Checks.required(slugConflicts, "slugConflicts");
    Checks.required(missingConcepts, "missingConcepts");
    Checks.required(users, "users");
  }

  /**
   * Keep ids, refuse taken slugs and missing concepts, keep user ids.
   *
   * @return the default options
   */
  public static ImportOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another id policy.
   *
   * @param value the id policy
   * @return a copy of these options with that policy
   */
  public ImportOptions withIds(Ids value) {
    return new ImportOptions(value, slugConflicts, missingConcepts, users);
  }

  /**
   * A copy with another answer to a taken slug.
   *
   * @param value what to do with a taken slug
   * @return a copy of these options with that answer
   */
  public ImportOptions withSlugConflicts(SlugConflicts value) {
    return new ImportOptions(ids, value, missingConcepts, users);
  }

  /**
   * A copy with another answer to a missing concept.
   *
   * @param value what to do with a missing concept
   * @return a copy of these options with that answer
   */
  public ImportOptions withMissingConcepts(MissingConcepts value) {
    return new ImportOptions(ids, slugConflicts, value, users);
  }

  /**
   * A copy that maps users with {@code value}, which must answer a valid user for every user of the
   * archive (it may answer the same one).
   *
   * @param value maps each user of the archive to a user of this platform
   * @return a copy of these options with that mapping
   */
  public ImportOptions withUsers(UnaryOperator<UserId> value) {
    return new ImportOptions(ids, slugConflicts, missingConcepts, value);
  }

  /**
   * A copy that maps the users {@code mapping} names and keeps the others.
   *
   * @param mapping the users of the archive to map, and the users of this platform they become
   * @return a copy of these options with that mapping
   * @throws dev.convene.core.ValidationException if the map, a key or a value is missing
   */
  public ImportOptions withUsers(Map<UserId, UserId> mapping) {
    Map<UserId, UserId> copy = Map.copyOf(Checks.required(mapping, "users"));
    return withUsers(user -> copy.getOrDefault(user, user));
  }

  /** Whether communities and items keep the ids they have in the archive. */
  public enum Ids {
    /**
     * Every community and item keeps its id; an id the target already holds refuses the import with a
     * {@link dev.convene.core.ConflictException}. For moving a community to another platform.
     */
    KEEP,
    /**
     * Every community and item gets a fresh id (a UUID), and every reference follows: working groups'
     * parents, memberships, subscriptions, audit lines that name a community or an item. For copying
     * a community into a platform that may hold the original. Reply ids stay: they are unique only
     * within their discussion.
     */
    REMAP
  }

  /** What happens when a community's slug is taken in the target. */
  public enum SlugConflicts {
    /** Refuse the import with a {@link dev.convene.core.ConflictException} naming the slug. */
    REFUSE,
    /** Take the first free slug of {@code slug-2}, {@code slug-3}, ... and report the renaming. */
    RENAME
  }

  /** What happens when the target taxonomy lacks a concept the archive uses. */
  public enum MissingConcepts {
    /** Refuse the import with a {@link dev.convene.core.ValidationException} listing the concepts. */
    REFUSE,
    /** Import without those tags, and list the concepts in {@link ImportReport#missingConcepts()}. */
    DROP
  }
}
