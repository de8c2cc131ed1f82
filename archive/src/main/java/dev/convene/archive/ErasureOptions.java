package dev.convene.archive;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.UserId;
import java.util.Optional;

/**
 * How {@link PersonalData#erase} erases a person.
 *
 * @param content what becomes of what they wrote
 * @param pseudonym the user id put in their place wherever their content and history stay: in
 *     items and replies kept, in invitations they sent and in audit entries. One fixed id for every
 *     erased person, {@link #FORMER_MEMBER} unless set, so that nothing leads back to the person;
 *     the host must never give it to a real user
 * @param successor who becomes an admin where the person is the last active admin, if they are an
 *     active member there
 * @param workingGroupsToParentAdmins whether a working group whose last active admin is the person
 *     (and that the successor does not take over) passes to the active admins of its parent, who
 *     become its admins
 */
public record ErasureOptions(Content content, UserId pseudonym, Optional<UserId> successor,
    boolean workingGroupsToParentAdmins) {

  /** The pseudonym every erased person becomes unless the options name another. */
  public static final UserId FORMER_MEMBER = UserId.of("former-member");

  /** What becomes of the items and replies a person wrote. */
  public enum Content {
    /** They stay, written by the pseudonym. */
    ANONYMISE,
    /** They are deleted: the items the person wrote, with every reply in them, and their replies elsewhere. */
    REMOVE
  }

  /**
   * Validates the options.
   *
   * @throws dev.convene.core.ValidationException if a value is missing, or the successor is the
   *     pseudonym
   */
  public ErasureOptions {
    Checks.required(content, "content");
    Checks.required(pseudonym, "pseudonym");
    Checks.required(successor, "successor");
    Checks.check(!successor.equals(Optional.of(pseudonym)), "successor", "not-pseudonym",
        "cannot be the pseudonym %s", pseudonym);
  }

  /**
   * Content kept under {@link #FORMER_MEMBER}; no successor, working groups not handed over.
   *
   * @return the options
   */
  public static ErasureOptions anonymise() {
    return new ErasureOptions(Content.ANONYMISE, FORMER_MEMBER, Optional.empty(), false);
  }

  /**
   * Content removed; the audit history under {@link #FORMER_MEMBER}; no successor, no hand-over.
   *
   * @return the options
   */
  public static ErasureOptions remove() {
    return new ErasureOptions(Content.REMOVE, FORMER_MEMBER, Optional.empty(), false);
  }

  /**
   * A copy with {@code user} as the successor where the person is the last active admin.
   *
   * @param user the successor's user id
   * @return a copy of these options with that successor
   */
  public ErasureOptions withSuccessor(UserId user) {
    return new ErasureOptions(content, pseudonym, Optional.of(Checks.required(user, "successor")),
        workingGroupsToParentAdmins);
  }

  /**
   * A copy that hands working groups the person is the last admin of to their parent's admins.
   *
   * @return a copy of these options with that hand-over
   */
  public ErasureOptions withWorkingGroupsToParentAdmins() {
    return new ErasureOptions(content, pseudonym, successor, true);
  }

  /**
   * A copy with another pseudonym.
   *
   * @param value the user id to put in the person's place
   * @return a copy of these options with that pseudonym
   */
  public ErasureOptions withPseudonym(UserId value) {
    return new ErasureOptions(content, value, successor, workingGroupsToParentAdmins);
  }
}
