package dev.convene.archive;

import static dev.convene.archive.Source.ADA;
import static dev.convene.archive.Source.ENERGY;
import static dev.convene.archive.Source.ROOT;
import static dev.convene.archive.Source.THEMES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.archive.ImportOptions.Ids;
import dev.convene.archive.ImportOptions.MissingConcepts;
import dev.convene.archive.ImportOptions.SlugConflicts;
import dev.convene.core.ConflictException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Membership;
import dev.convene.core.model.SchemeId;
import dev.convene.core.model.UserId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.platform.Convene;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.PageRequest;
import dev.convene.storage.PollVote;
import dev.convene.storage.Subscription;
import dev.convene.storage.blob.FileSystemBlobStore;
import dev.convene.storage.memory.InMemoryStorage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportOptionsTest {
  @TempDir static Path sourceFolder;
  @TempDir Path folder;
  private static byte[] archive;
  private static Snapshot original;
  private static CommunityId water;
  private static CommunityId group;
  private static Discussion talk;
  private static Poll asked;
  private Convene target;

  @BeforeAll
  static void exported() {
    try (Source source = new Source(InMemoryStorage.create(), sourceFolder.resolve("blobs")).fill()) {
      water = source.water.id();
      group = source.group.id();
      talk = source.talk;
      asked = source.poll;
      original = Snapshot.of(source.storage, List.of(water, group));
      archive = RoundTripTest.export(source.convene, water, true);
    }
  }

  @BeforeEach
  void emptyTarget() {
    target = Source.target(InMemoryStorage.create(), FileSystemBlobStore.create(folder.resolve("blobs")));
  }

  @AfterEach
  void close() {
    target.close();
  }

  private ImportReport load(ImportOptions options) {
    return CommunityArchives.of(target).importArchive(ROOT, new ByteArrayInputStream(archive), options);
  }

  @Test
  @DisplayName("a slug taken in the target is a conflict naming the slug, and nothing is imported")
  void slugTaken() {
    target.communities().create(ADA, "water", b -> b.name("Another water"));
    ConflictException e = assertThrows(ConflictException.class, () -> load(ImportOptions.defaults()));
    assertTrue(e.getMessage().contains("the slug water is taken"), e.getMessage());
    assertTrue(target.storage().read(tx -> tx.communities().get(water)).isEmpty());
  }

  @Test
  @DisplayName("asked to, an import renames a taken slug to the first free one with a number")
  void slugRenamed() {
    target.communities().create(ADA, "water", b -> b.name("Another water"));
    target.communities().create(ADA, "water-2", b -> b.name("Yet another"));
    ImportReport report = load(ImportOptions.defaults().withSlugConflicts(SlugConflicts.RENAME));
    assertEquals("water-3", report.slug());
    assertEquals(Map.of("water", "water-3"), report.renamedSlugs());
    assertEquals("water-3", target.storage().read(tx -> tx.communities().get(water)).orElseThrow().slug());
  }

  @Test
  @DisplayName("kept ids that the target already holds are a conflict")
  void keptIdsTaken() {
    load(ImportOptions.defaults());
    assertThrows(ConflictException.class, () -> load(ImportOptions.defaults().withSlugConflicts(SlugConflicts.RENAME)));
  }

  @Test
  @DisplayName("remapped ids are fresh, and every reference follows: parent, members, items, replies, an event's linked communities, subscriptions, audit")
  void remapped() {
    load(ImportOptions.defaults());
    ImportReport copy = load(ImportOptions.defaults().withIds(Ids.REMAP).withSlugConflicts(SlugConflicts.RENAME));
    CommunityId newWater = copy.communities().get(water);
    CommunityId newGroup = copy.communities().get(group);
    assertNotEquals(water, newWater);
    assertNotEquals(group, newGroup);
    assertEquals(newWater, copy.community());
    assertEquals(Optional.of(newWater), community(newGroup).parent());
    assertEquals("water-pumps-2", community(newGroup).slug());

    List<Membership> members = Snapshot.all(page -> target.storage().read(tx ->
        tx.memberships().members(newWater, MemberQuery.all(), page)));
    assertEquals(5, members.size());
    assertTrue(members.stream().allMatch(m -> m.community().equals(newWater)));

    List<Item> items = Snapshot.all(page -> target.storage().read(tx -> tx.items().list(ItemQuery.in(newWater), page)));
    assertEquals(7, items.size());
    Poll poll = (Poll) items.stream().filter(i -> i instanceof Poll).findFirst().orElseThrow();
    assertNotEquals(asked.id(), poll.id());
    assertEquals(asked.options(), poll.options());
    assertEquals(List.of(PollOptionId.of("1"), PollOptionId.of("2")), target.storage().read(tx -> tx.votes()
        .forPoll(poll.id())).stream().map(PollVote::option).toList(), "the votes follow the poll to its new id");
    Event assembly = (Event) items.stream().filter(i -> i.title().equals("Assembly")).findFirst().orElseThrow();
    assertEquals(Set.of(newGroup), assembly.linkedCommunities());
    assertEquals(Optional.of(120), assembly.capacity(), "the capacity survives the move");
    Discussion moved = (Discussion) items.stream().filter(i -> i.title().equals(talk.title())).findFirst().orElseThrow();
    assertNotEquals(talk.id(), moved.id());
    assertEquals(talk.replies(), moved.replies());
    assertTrue(target.storage().read(tx -> tx.items().get(talk.id())).isPresent(), "the first import is untouched");

    List<Subscription> subscriptions = target.storage().read(tx -> tx.subscriptions().forCommunity(newWater));
    assertEquals(2, subscriptions.size());
    List<AuditEntry> audit = Snapshot.all(page -> target.storage().read(tx -> tx.audit().forCommunity(newWater, page)));
    AuditEntry hidden = audit.stream().filter(e -> e.action() == AuditAction.REPLY_HIDDEN).findFirst().orElseThrow();
    assertTrue(hidden.subject().endsWith(" of item " + moved.id()), hidden.subject());
    AuditEntry created = audit.stream().filter(e -> e.action() == AuditAction.COMMUNITY_CREATED).findFirst().orElseThrow();
    assertEquals("community " + newWater, created.subject());
  }

  private Community community(CommunityId id) {
    return target.storage().read(tx -> tx.communities().get(id)).orElseThrow();
  }

  /** The target's own themes: other ids, the water concept by URI, the local one by notation, no energy. */
  private void otherTaxonomy() {
    ConceptScheme themes = ConceptScheme.of(SchemeId.of("topics"), LocalizedText.of("en", "Topics"), Locale.ENGLISH)
        .withUri(URI.create("http://example.org/themes"));
    Taxonomy taxonomy = Taxonomy.builder().scheme(themes)
        .concept(Concept.builder(ConceptId.of("t-water"), themes.id()).prefLabel("en", "Water")
            .uri(URI.create("http://example.org/themes/water")).build())
        .concept(Concept.builder(ConceptId.of("t-local"), themes.id()).prefLabel("en", "Local").notation("L1").build())
        .build();
    long version = target.taxonomy().current().version();
    target.taxonomy().change(ROOT, t -> Taxonomy.empty());
    target.taxonomy().replace(ROOT, taxonomy, version + 1);
  }

  @Test
  @DisplayName("a concept the target lacks refuses the import by default, naming it")
  void missingConceptRefused() {
    otherTaxonomy();
    ValidationException e = assertThrows(ValidationException.class, () -> load(ImportOptions.defaults()));
    assertEquals("concept-missing", e.rule());
    assertTrue(e.getMessage().contains("http://example.org/themes/energy \"Energy\""), e.getMessage());
    assertTrue(target.storage().read(tx -> tx.communities().get(water)).isEmpty());
  }

  @Test
  @DisplayName("concepts match by URI, then by notation in the scheme of the same URI; the missing ones are reported and dropped")
  void conceptsMatched() {
    otherTaxonomy();
    ImportReport report = load(ImportOptions.defaults().withMissingConcepts(MissingConcepts.DROP));
    assertEquals(List.of(new MissingConcept(ENERGY, Optional.of(URI.create("http://example.org/themes/energy")),
        THEMES.value(), Optional.empty(), "Energy")), report.missingConcepts());
    Item stored = target.storage().read(tx -> tx.items().list(ItemQuery.in(water), PageRequest.first(10))).items()
        .stream().filter(i -> i.title().equals("Annual report")).findFirst().orElseThrow();
    assertEquals(Set.of(ConceptId.of("t-water"), ConceptId.of("t-local")), stored.concepts());
    assertEquals(Set.of(ConceptId.of("t-water")), community(water).concepts());
    assertEquals(Set.of(), community(group).concepts());
  }

  @Test
  @DisplayName("users are mapped everywhere they appear: members, inviters, authors, repliers, mentions, subscribers, audit")
  void usersMapped() {
    UserId ada = UserId.of("ada");
    UserId mia = UserId.of("mia");
    UserId ada2 = UserId.of("ada@target");
    UserId mia2 = UserId.of("mia@target");
    load(ImportOptions.defaults().withUsers(Map.of(ada, ada2, mia, mia2)));
    Snapshot mapped = Snapshot.of(target.storage(), List.of(water, group));
    String before = original.toString();
    String after = mapped.toString();
    // every field that holds ada or mia, and only those: user, author, actor, inviter, mentions, audit subject
    String expected = before.replaceAll("(=|\\[)(ada|mia)(?=[,\\]])", "$1$2@target");
    assertNotEquals(before, expected);
    assertEquals(expected, after);
    assertTrue(after.contains("inviter=Optional[ada@target]"));
    assertTrue(before.contains("mentions=[ada]") && before.contains("mentions=[mia]"), before);
    assertTrue(after.contains("mentions=[ada@target]") && after.contains("mentions=[mia@target]"), after);
    assertTrue(after.contains("user=bob,"), "users without a mapping keep their id");
  }
}
