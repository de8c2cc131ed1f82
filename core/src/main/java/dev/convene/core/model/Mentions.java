package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The rules every set of mentions follows: no nulls, at most {@link #MAX} users, held in user order. */
public final class Mentions {

  /** The most users one post may mention. */
  public static final int MAX = 50;

  private Mentions() {}

  /**
   * An unmodifiable copy of {@code mentions} in user order, so that every store and archive writes them
   * the same way.
   *
   * @param mentions the mentioned users
   * @return the users, sorted, unmodifiable
   * @throws dev.convene.core.ValidationException if it is null, holds a null or more than {@link #MAX}
   */
  public static Set<UserId> checked(Set<UserId> mentions) {
    Checks.noNulls(mentions, "mentions");
    Checks.check(mentions.size() <= MAX, "mentions", "max-size", Map.of("limit", MAX),
        "at most %d users may be mentioned", MAX);
    return Collections.unmodifiableSet(new TreeSet<>(mentions));
  }
}
