package dev.convene.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Membership;
import dev.convene.core.model.UserId;
import dev.convene.storage.memory.InMemoryStorage;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorldStoreTest {

  @Test
  void loadsTaxonomyCommunitiesAndMemberships() {
    World world = TestWorlds.small(10, 3);
    InMemoryStorage storage = InMemoryStorage.create();
    WorldStore.load(world, storage);
    storage.read(tx -> {
      assertEquals(world.taxonomy(), tx.taxonomy().current().taxonomy());
      world.communities().forEach(c -> assertEquals(c.withVersion(1), tx.communities().get(c.id()).orElseThrow()));
      Set<?> ofMember = tx.memberships().ofUser(UserId.of("member-of-50")).stream().map(Membership::community)
          .collect(Collectors.toSet());
      assertEquals(world.audiences().get(2).activeCommunities(), ofMember);
      return null;
    });
  }
}
