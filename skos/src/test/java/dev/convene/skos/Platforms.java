package dev.convene.skos;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Document;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.platform.Convene;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

/** A running platform in memory for the import tests, and an item to tag concepts with. */
final class Platforms {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  static final Actor ADMIN = Actor.user("root", PlatformRole.PLATFORM_ADMIN);
  static final Actor CURATOR = Actor.user("cora", PlatformRole.CURATOR);

  final InMemoryStorage storage = InMemoryStorage.create(CLOCK);
  final Convene convene = Convene.builder().storage(storage).clock(CLOCK).build();

  /** Stores a public document, in a new community, tagged with {@code concept}. */
  void tagItemWith(ConceptId concept) {
    Community community = convene.communities().create(Actor.user("ada"), "tagged", b -> b.name("Tagged"));
    ItemHeader header = ItemHeader.draft(ItemId.of("i1"), community.id(), UserId.of("ada"), "Item", Locale.ENGLISH,
        Visibility.PUBLIC, CLOCK.instant()).withConcepts(Set.of(concept), CLOCK.instant());
    storage.useTransaction(tx -> tx.items().insert(Document.of(header, "Body.")));
  }
}
