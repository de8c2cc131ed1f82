package dev.convene.benchmarks.corpus;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the audiences: an anonymous visitor, then one member for each membership count. Members
 * join communities with the Zipf weights of their sizes (big communities have more members), and
 * every member of 50 or more communities belongs to a hidden group too.
 */
final class AudienceGenerator {
  private static final Instant SINCE = Instant.parse("2020-01-01T00:00:00Z");

  private AudienceGenerator() {}

  static List<Audience> generate(List<Community> communities, List<Integer> membershipCounts, Zipf sizes,
      long seed) {
    List<Audience> audiences = new ArrayList<>();
    audiences.add(new Audience("anonymous", Actor.anonymous(), List.of()));
    for (int count : membershipCounts) {
      SplittableRandom random = Seeds.of(seed, "audience", count);
      UserId user = UserId.of("member-of-" + count);
      Set<Integer> chosen = new LinkedHashSet<>();
      if (count >= 50) {
        communities.stream().filter(Community::isHidden).findFirst()
            .ifPresent(hidden -> chosen.add(communities.indexOf(hidden)));
      }
      while (chosen.size() < count) {
        // once the big communities are taken, uniform draws finish the set in bounded time
        chosen.add(chosen.size() < count / 2 ? sizes.sample(random) : random.nextInt(communities.size()));
      }
      List<Membership> memberships = chosen.stream()
          .map(i -> new Membership(communities.get(i).id(), user, MembershipState.ACTIVE, Role.MEMBER,
              Optional.empty(), Optional.empty(), SINCE, Optional.empty(), 0))
          .toList();
      audiences.add(new Audience("member-of-" + count, Actor.user(user), memberships));
    }
    return List.copyOf(audiences);
  }
}
