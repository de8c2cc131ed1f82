package dev.convene.platform.internal;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.Community;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;

/**
 * The slugs of communities that most people may not know exist. Slugs are unique on the platform,
 * so being refused one says that some community holds it; were a hidden group's slug the one its
 * founder asked for, anyone allowed to create communities could learn that a hidden group named
 * {@code merger-talks} exists by asking for that slug. A hidden community's slug therefore ends in
 * a hyphen and ten random letters and digits (about 52 bits), which no one can ask for without
 * already knowing it.
 */
public final class HiddenSlugs {
  /** How many characters the platform adds to a hidden community's slug. */
  public static final int ADDED = 1 + Token.LENGTH;

  /** The longest slug a hidden community may ask for, so that its slug fits. */
  public static final int MAX_REQUESTED = Community.MAX_SLUG_LENGTH - ADDED;

  private HiddenSlugs() {}

  /**
   * Whether the community is hidden from outsiders: a hidden group, or a working group of one.
   *
   * @param community the community, as it is or is to be
   * @param parent its parent, for a working group
   * @return whether those who are not members may not know it exists
   */
  public static boolean hidden(Community community, Optional<Community> parent) {
    return community.isHidden() || parent.map(Community::isHidden).orElse(false);
  }

  /**
   * The slug of a community created hidden: the one asked for, then the random ending.
   *
   * @param requested the slug the founder asked for, already checked as every slug is
   * @return the slug to store
   * @throws dev.convene.core.ValidationException if the slug asked for is longer than {@value
   *     #MAX_REQUESTED} characters ({@code max-length})
   */
  public static String forNew(String requested) {
    Checks.check(requested.length() <= MAX_REQUESTED, "slug", "max-length", Map.of("limit", MAX_REQUESTED),
        "a hidden community's slug may be at most %d characters, not %d: the platform adds %d random ones",
        MAX_REQUESTED, requested.length(), ADDED);
    return requested + "-" + Token.next();
  }

  /**
   * The new slug of a community that becomes hidden: its slug, shortened to fit where it must, then
   * the random ending. Its old slug is free from then on, as if the community had gone.
   *
   * @param current the slug it had while it was visible
   * @return the slug to store
   */
  public static String forExisting(String current) {
    String base = current.length() <= MAX_REQUESTED ? current
        : current.substring(0, MAX_REQUESTED).replaceAll("-+$", "");
    return base + "-" + Token.next();
  }

  /** Random lower-case letters and digits from a strong source. */
  private static final class Token {
    static final int LENGTH = 10;
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    static String next() {
      char[] token = new char[LENGTH];
      for (int i = 0; i < LENGTH; i++) {
        token[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
      }
      return new String(token);
    }
  }
}
