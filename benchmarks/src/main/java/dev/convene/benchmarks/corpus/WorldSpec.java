package dev.convene.benchmarks.corpus;

import java.util.List;

/**
 * What world to generate: how many documents, communities and concepts, which audiences, from which
 * seed. The same spec and corpus always give the same world.
 *
 * @param seed the seed every random choice derives from
 * @param documents how many documents to stream
 * @param communities how many communities
 * @param concepts about how many taxonomy concepts, over all schemes
 * @param membershipCounts for each member audience, how many communities it is an active member of
 */
public record WorldSpec(long seed, long documents, int communities, int concepts, List<Integer> membershipCounts) {

  /** The communities' sizes follow a Zipf law with this exponent. */
  public static final double COMMUNITY_SIZE_EXPONENT = 0.9;

  /** Checks the sizes. */
  public WorldSpec {
    if (documents < 1 || communities < 20 || concepts < 40) {
      throw new IllegalArgumentException("a world needs at least 1 document, 20 communities and 40 concepts");
    }
    membershipCounts = List.copyOf(membershipCounts);
    if (membershipCounts.stream().anyMatch(n -> n < 1 || n > communities)) {
      throw new IllegalArgumentException("membership counts must lie between 1 and " + communities);
    }
  }

  /** The benchmark's world: 10,000 communities, about 3,000 concepts, members of 5, 50 and 1,000. */
  public static WorldSpec standard(long documents, long seed) {
    return new WorldSpec(seed, documents, 10_000, 3_000, List.of(5, 50, 1_000));
  }
}
