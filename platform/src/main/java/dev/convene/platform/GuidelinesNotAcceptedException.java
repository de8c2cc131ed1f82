package dev.convene.platform;

import dev.convene.core.ValidationException;
import dev.convene.core.model.CommunityId;
import java.util.Map;

/**
 * Thrown when a call needs the actor to accept the community's current guidelines and they have not:
 * joining, asking to join or accepting an invitation without naming the version accepted (rule
 * {@value #NOT_ACCEPTED}), naming a version the guidelines have moved on from (rule {@value
 * #CHANGED}), or contributing as a member who has not accepted the current version (rule {@value
 * #NOT_ACCEPTED}). It carries the current version, so that a portal can show it and call again with
 * it. Only thrown to an actor who may see the community; nothing was changed. Its code is {@code
 * validation.} followed by the rule, {@code validation.guidelines-not-accepted} or {@code
 * validation.guidelines-changed}; its arguments are {@code field}, {@code community} and {@code
 * currentVersion}.
 */
public final class GuidelinesNotAcceptedException extends ValidationException {
  /** The rule of a call that accepted no version, or of a member who has not accepted the current one. */
  public static final String NOT_ACCEPTED = "guidelines-not-accepted";
  /** The rule of a call that accepted a version that is no longer the current one. */
  public static final String CHANGED = "guidelines-changed";

  private static final long serialVersionUID = 2L;

  /** The community's id, kept as text so that the exception serialises. */
  private final String community;
  /** The version to accept: the community's current guidelines. */
  private final int currentVersion;

  /**
   * Creates the exception.
   *
   * @param field the field that names the version, or {@code guidelines} for a contribution
   * @param rule {@value #NOT_ACCEPTED} or {@value #CHANGED}
   * @param message what to do, in words a person can act on
   * @param community the community
   * @param currentVersion its current guidelines version
   */
  public GuidelinesNotAcceptedException(String field, String rule, String message, CommunityId community,
      int currentVersion) {
    super(field, rule, Map.of("community", community.value(), "currentVersion", currentVersion), message);
    this.community = community.value();
    this.currentVersion = currentVersion;
  }

  /**
   * The community whose guidelines are to be accepted.
   *
   * @return the community's id
   */
  public CommunityId community() {
    return CommunityId.of(community);
  }

  /**
   * The version to accept: the community's current guidelines.
   *
   * @return the current version
   */
  public int currentVersion() {
    return currentVersion;
  }
}
