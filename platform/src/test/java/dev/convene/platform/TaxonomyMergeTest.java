package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Document;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.SchemeId;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.PageRequest;
import dev.convene.storage.memory.InMemoryStorage;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Merging an imported taxonomy: matching, updating, deprecating, removing, and the platform audit log. */
class TaxonomyMergeTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  private static final Actor ADMIN = Actor.user("root", PlatformRole.PLATFORM_ADMIN);
  private static final Actor CURATOR = Actor.user("cora", PlatformRole.CURATOR);
  private static final String NS = "http://example.org/";
  private static final SchemeId THEMES = SchemeId.of("themes");
  private static final SchemeId REGIONS = SchemeId.of("regions");

  private final InMemoryStorage storage = InMemoryStorage.create(CLOCK);
  private final Convene convene = Convene.builder().storage(storage).clock(CLOCK).build();

  private static ConceptScheme scheme(SchemeId id, String uri) {
    return ConceptScheme.of(id, LocalizedText.of("en", id.value()), Locale.ENGLISH).withUri(URI.create(NS + uri));
  }

  private static Concept concept(String id, SchemeId scheme, String label) {
    return Concept.builder(ConceptId.of(id), scheme).uri(URI.create(NS + id)).prefLabel("en", label).build();
  }

  /** Themes: pensions, water, tax; Regions: europe. */
  private void stored() {
    convene.taxonomy().replace(ADMIN, Taxonomy.builder().scheme(scheme(THEMES, "themes"))
        .scheme(scheme(REGIONS, "regions")).concept(concept("pensions", THEMES, "Pensions"))
        .concept(concept("water", THEMES, "Water")).concept(concept("tax", THEMES, "Tax"))
        .concept(concept("europe", REGIONS, "Europe")).build(), 0);
  }

  /** An import of Themes under other ids: pensions relabelled, water kept, tax gone, health new. */
  private static Taxonomy incoming() {
    SchemeId imported = SchemeId.of("imported-themes");
    return Taxonomy.builder().scheme(scheme(imported, "themes"))
        .concept(Concept.builder(ConceptId.of("p"), imported).uri(URI.create(NS + "pensions"))
            .prefLabel("en", "Pensions and retirement").broader(ConceptId.of("w")).build())
        .concept(Concept.builder(ConceptId.of("w"), imported).uri(URI.create(NS + "water")).prefLabel("en", "Water")
            .build())
        .concept(concept("health", imported, "Health"))
        .build();
  }

  private void tagItemWith(String concept) {
    Community c = convene.communities().create(Actor.user("ada"), "tagged", b -> b.name("Tagged"));
    ItemHeader header = ItemHeader.draft(ItemId.of("i1"), c.id(), UserId.of("ada"), "Item", Locale.ENGLISH,
        Visibility.PUBLIC, CLOCK.instant()).withConcepts(Set.of(ConceptId.of(concept)), CLOCK.instant());
    storage.useTransaction(tx -> tx.items().insert(Document.of(header, "Body.")));
  }

  @Test
  @DisplayName("concepts are matched by URI and keep their ids; links follow; an unused absent one is removed")
  void adminMerge() {
    stored();
    TaxonomyMerge merge = convene.taxonomy().merge(ADMIN, incoming());
    Taxonomy after = merge.stored().taxonomy();
    assertEquals(List.of(THEMES, REGIONS).stream().sorted().toList(),
        after.schemes().stream().map(ConceptScheme::id).toList());
    Concept pensions = after.concept(ConceptId.of("pensions")).orElseThrow();
    assertEquals("Pensions and retirement", pensions.prefLabels().get(Locale.ENGLISH).orElseThrow());
    assertEquals(Set.of(ConceptId.of("water")), pensions.broader());
    assertEquals(THEMES, pensions.scheme());
    assertEquals(Optional.empty(), after.concept(ConceptId.of("tax")));
    assertTrue(after.concept(ConceptId.of("europe")).isPresent(), "other schemes stay");
    assertEquals(new TaxonomyChange(List.of(ConceptId.of("health")), List.of(ConceptId.of("pensions")), List.of(),
        List.of(ConceptId.of("tax"))), merge.change());
    assertEquals(2, merge.stored().version());
  }

  @Test
  @DisplayName("an absent concept still in use is deprecated, never removed")
  void usedConceptIsDeprecated() {
    stored();
    tagItemWith("tax");
    TaxonomyMerge merge = convene.taxonomy().merge(ADMIN, incoming());
    assertTrue(merge.stored().taxonomy().concept(ConceptId.of("tax")).orElseThrow().deprecated());
    assertEquals(List.of(ConceptId.of("tax")), merge.change().deprecated());
    assertEquals(List.of(), merge.change().removed());
  }

  @Test
  @DisplayName("an absent concept only a community is tagged with is deprecated, never removed")
  void conceptOfACommunityIsDeprecated() {
    stored();
    convene.communities().create(Actor.user("ada"), "taxes", b -> b.name("Taxes").concepts(Set.of(ConceptId.of("tax"))));
    TaxonomyMerge merge = convene.taxonomy().merge(ADMIN, incoming());
    assertTrue(merge.stored().taxonomy().concept(ConceptId.of("tax")).orElseThrow().deprecated());
    assertEquals(List.of(ConceptId.of("tax")), merge.change().deprecated());
    assertEquals(List.of(), merge.change().removed());
  }

  @Test
  @DisplayName("a curator's merge deprecates absent concepts whether or not anything uses them")
  void curatorOnlyDeprecates() {
    stored();
    TaxonomyMerge merge = convene.taxonomy().merge(CURATOR, incoming());
    assertEquals(List.of(ConceptId.of("tax")), merge.change().deprecated());
    assertEquals(List.of(), merge.change().removed());
    assertThrows(AccessDeniedException.class, () -> convene.taxonomy().merge(Actor.user("mia"), incoming()));
  }

  @Test
  @DisplayName("merging the same taxonomy again changes nothing but the version")
  void idempotent() {
    stored();
    convene.taxonomy().merge(ADMIN, incoming());
    TaxonomyMerge again = convene.taxonomy().merge(ADMIN, incoming());
    assertEquals(new TaxonomyChange(List.of(), List.of(), List.of(), List.of()), again.change());
    assertEquals(4, again.stored().taxonomy().concepts().size());
  }

  @Test
  @DisplayName("an invalid merge is refused whole and changes nothing")
  void invalidMerge() {
    stored();
    // one incoming concept matches pensions by URI, another by id: both would become pensions
    Taxonomy clash = Taxonomy.builder().scheme(scheme(THEMES, "themes"))
        .concept(Concept.builder(ConceptId.of("a"), THEMES).uri(URI.create(NS + "pensions")).prefLabel("en", "A")
            .build())
        .concept(Concept.builder(ConceptId.of("pensions"), THEMES).uri(URI.create(NS + "other")).prefLabel("en", "B")
            .build())
        .build();
    ValidationException e = assertThrows(ValidationException.class, () -> convene.taxonomy().merge(ADMIN, clash));
    assertEquals("unique-concept", e.rule());
    assertEquals(1, convene.taxonomy().current().version());
  }

  @Test
  @DisplayName("every taxonomy change is in the platform-wide audit log, which only platform admins read")
  void audited() {
    stored();
    tagItemWith("tax");
    convene.taxonomy().merge(ADMIN, incoming());
    convene.taxonomy().change(CURATOR, t -> t.with(t.require(ConceptId.of("water")).withPrefLabel(Locale.FRENCH, "Eau")));
    List<AuditEntry> entries = convene.audit().listPlatform(ADMIN, PageRequest.first(10)).items();
    // the change, the merge, the first replace
    assertEquals(List.of("+0 ~1 -0 deprecated 0", "+1 ~1 -0 deprecated 1", "+4 ~0 -0 deprecated 0"),
        entries.stream().map(AuditEntry::subject).toList());
    assertEquals(Optional.of(UserId.of("cora")), entries.getFirst().actor());
    AuditEntry merge = entries.get(1);
    assertEquals(AuditAction.TAXONOMY_CHANGED, merge.action());
    assertEquals(Optional.empty(), merge.community());
    assertEquals(Optional.of(UserId.of("root")), merge.actor());
    assertEquals(Optional.of("version 1"), merge.before());
    assertEquals(Optional.of("version 2"), merge.after());
    assertThrows(AccessDeniedException.class, () -> convene.audit().listPlatform(CURATOR, PageRequest.first(10)));
  }
}
