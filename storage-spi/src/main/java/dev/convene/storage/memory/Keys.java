package dev.convene.storage.memory;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The sort keys of the in-memory tables, with the order of each. */
final class Keys {
  private Keys() {}

  /**
   * A user in a community, for memberships and subscriptions; by community, then user. A missing
   * user sorts before every user, to start a community's range.
   */
  record Member(CommunityId community, @Nullable UserId user) {
    static final Comparator<Member> ORDER = Comparator.comparing(Member::community)
        .thenComparing(Member::user, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * The rows of {@code community} in user order, after {@code after} if given, from the start of
     * the community's range otherwise.
     */
    static <V> Stream<Map.Entry<Member, V>> range(NavigableMap<Member, V> rows, CommunityId community,
        Optional<UserId> after) {
      NavigableMap<Member, V> tail = after.map(user -> rows.tailMap(new Member(community, user), false))
          .orElseGet(() -> rows.tailMap(new Member(community, null), true));
      return tail.entrySet().stream().takeWhile(row -> row.getKey().community().equals(community));
    }
  }

  /** An item's place in the listings: newest first, by creation time then id. */
  record Newest(Instant created, ItemId id) {
    static final Comparator<Newest> ORDER =
        Comparator.comparing(Newest::created).thenComparing(Newest::id).reversed();

    static Newest of(Item item) {
      return new Newest(item.created(), item.id());
    }
  }

  /**
   * An audit entry: by community, platform-wide entries (no community) first, then newest (greatest
   * id) first.
   */
  record Audit(@Nullable CommunityId community, long id) {
    static final Comparator<Audit> ORDER = Comparator.comparing(Audit::community,
            Comparator.nullsFirst(Comparator.<CommunityId>naturalOrder()))
        .thenComparing(Audit::id, Comparator.reverseOrder());
  }
}
