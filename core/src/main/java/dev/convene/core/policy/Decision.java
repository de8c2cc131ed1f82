package dev.convene.core.policy;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.internal.Checks;
import java.util.Map;

/**
 * The answer of {@link AccessPolicy}: allowed, denied, or not found (the actor may not know the thing
 * exists), with the reason.
 *
 * @param outcome allowed, denied or not found
 * @param reason why
 */
public record Decision(Outcome outcome, Reason reason) {

  /** The three possible answers. */
  public enum Outcome {
    /** The action is allowed. */
    ALLOW,
    /** The actor may see the thing but may not do this to it. */
    DENY,
    /** The actor may not know the thing exists; answer exactly as if it did not. */
    NOT_FOUND
  }

  private static final Decision ALLOWED = new Decision(Outcome.ALLOW, Reason.ALLOWED);
  private static final Decision PLATFORM_ADMIN = new Decision(Outcome.ALLOW, Reason.PLATFORM_ADMIN);

  /** Validates the decision: an allowance has an allowing reason and a refusal a refusing one. */
  public Decision {
    Checks.required(outcome, "outcome");
    Checks.required(reason, "reason");
    boolean allowing = reason == Reason.ALLOWED || reason == Reason.PLATFORM_ADMIN;
    Checks.check(allowing == (outcome == Outcome.ALLOW), "reason", "matches-outcome",
        "%s cannot be the reason of %s", reason, outcome);
  }

  static Decision allow() {
    return ALLOWED;
  }

  static Decision platformAdmin() {
    return PLATFORM_ADMIN;
  }

  static Decision deny(Reason reason) {
    return new Decision(Outcome.DENY, reason);
  }

  static Decision notFound(Reason reason) {
    return new Decision(Outcome.NOT_FOUND, reason);
  }

  /**
   * Whether the action is allowed.
   *
   * @return {@code true} if allowed, {@code false} if denied
   */
  public boolean isAllowed() {
    return outcome == Outcome.ALLOW;
  }

  /**
   * Whether the action was allowed only because the actor is a platform admin, which is audited.
   *
   * @return {@code true} if only the platform admin's override allowed it
   */
  public boolean isPlatformAdminOverride() {
    return reason == Reason.PLATFORM_ADMIN;
  }

  /**
   * Returns normally if the action is allowed, and throws otherwise.
   *
   * @param what what the action was about, in words the actor already knows (such as {@code
   *     "community water-forum"}); used in the message
   * @throws NotFoundException if the actor may not know {@code what} exists; the message says only
   *     that it was not found, and the exception has no arguments
   * @throws AccessDeniedException if the actor may see {@code what} but not do this; the message
   *     says why, and the code is {@code access-denied.} followed by the {@link Reason#code() reason's
   *     code}
   */
  public void orThrow(String what) {
    switch (outcome) {
      case ALLOW -> { }
      case NOT_FOUND -> throw new NotFoundException(what + " not found");
      case DENY -> throw new AccessDeniedException(reason.code(), Map.of(),
          "not allowed on " + what + ": " + reason.description());
    }
  }
}
