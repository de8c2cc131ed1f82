package dev.convene.search;

import dev.convene.core.model.Announcement;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOption;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.store.ByteBuffersDirectory;

/** A store written directly, and search indexes over it in memory, for the search module's tests. */
final class Fixture {
  static final Instant START = Instant.parse("2024-03-01T10:00:00Z");

  final MutableClock clock = new MutableClock(START);
  final InMemoryStorage storage = InMemoryStorage.create(clock);
  final AccessPolicy policy;

  Fixture() {
    this(AccessPolicy.standard());
  }

  Fixture(AccessPolicy policy) {
    this.policy = policy;
  }

  /** An index over this store in a fresh in-memory directory, caught up. */
  SearchIndex index() {
    return index(new ByteBuffersDirectory());
  }

  SearchIndex index(ByteBuffersDirectory directory) {
    SearchIndex index = SearchIndex.builder().storage(storage).directory(directory).policy(policy).clock(clock)
        .pollInterval(Duration.ofMillis(20)).build();
    index.catchUp();
    return index;
  }

  Community community(String slug, UnaryOperator<Community.Builder> settings) {
    Community community = settings.apply(Community.builder(CommunityId.of(slug), slug).name(slug)).build();
    return storage.inTransaction(tx -> tx.communities().insert(community));
  }

  Community update(String slug, UnaryOperator<Community.Builder> change) {
    return storage.inTransaction(tx -> {
      Community current = tx.communities().get(CommunityId.of(slug)).orElseThrow();
      return tx.communities().update(change.apply(current.toBuilder()).build());
    });
  }

  Community privacy(String slug, dev.convene.core.model.Privacy privacy) {
    return storage.inTransaction(tx -> {
      Community current = tx.communities().get(CommunityId.of(slug)).orElseThrow();
      return tx.communities().update(current.withPrivacy(privacy));
    });
  }

  Membership member(String slug, String user, Role role) {
    return membership(slug, user, MembershipState.ACTIVE, role, Optional.empty());
  }

  Membership membership(String slug, String user, MembershipState state, Role role, Optional<Instant> expiry) {
    Membership m = new Membership(CommunityId.of(slug), UserId.of(user), state, role, Optional.empty(),
        Optional.empty(), START, expiry, 0);
    return storage.inTransaction(tx -> tx.memberships().insert(m));
  }

  void leave(String slug, String user) {
    storage.useTransaction(tx -> {
      Membership m = tx.memberships().get(CommunityId.of(slug), UserId.of(user)).orElseThrow();
      tx.memberships().delete(m.community(), m.user(), m.version());
    });
  }

  void taxonomy(Taxonomy taxonomy) {
    storage.useTransaction(tx -> tx.taxonomy().replace(taxonomy, tx.taxonomy().current().version()));
  }

  /** A published, public English document. */
  Item document(String id, String community, String title, String text, String... concepts) {
    return item(id, ItemType.DOCUMENT, community, "author", title, text, Locale.ENGLISH, Visibility.PUBLIC,
        ReviewState.PUBLISHED, START, concepts);
  }

  Item item(String id, ItemType type, String community, String author, String title, String text, Locale language,
      Visibility visibility, ReviewState state, Instant created, String... concepts) {
    return item(id, type, community, author, title, text, language, visibility, state, created, Optional.empty(),
        concepts);
  }

  /** An item; {@code expires} is an announcement's expiry. */
  Item item(String id, ItemType type, String community, String author, String title, String text, Locale language,
      Visibility visibility, ReviewState state, Instant created, Optional<Instant> expires, String... concepts) {
    Set<ConceptId> tags = Set.of(concepts).stream().map(ConceptId::of).collect(java.util.stream.Collectors.toSet());
    ItemHeader header = new ItemHeader(ItemId.of(id), CommunityId.of(community), UserId.of(author), title, language,
        visibility, state, tags, created, created, 0);
    Item item = switch (type) {
      case DOCUMENT -> new Document(header, text, "", List.of(), Optional.empty(), Optional.empty(),
          Optional.empty(), List.of());
      case EVENT -> new Event(header, text, created, created.plus(Duration.ofHours(1)), ZoneOffset.UTC,
          Optional.empty(), Optional.empty(), false);
      case ANNOUNCEMENT -> new Announcement(header, text, false, expires);
      case DISCUSSION -> new Discussion(header, text, false, List.of());
      // a poll's text is its one option, so that it is found by what it offers; no text, no option
      case POLL -> new Poll(header, "", Poll.Mode.IDEAS, text.isBlank() ? List.of()
          : List.of(PollOption.fixed(PollOptionId.of("1"), text)), Optional.empty(), Poll.ResultsVisibility.ALWAYS);
    };
    return storage.inTransaction(tx -> tx.items().insert(item));
  }
}
