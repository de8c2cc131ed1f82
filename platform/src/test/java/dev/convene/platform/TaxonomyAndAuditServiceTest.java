package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Document;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.SchemeId;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.storage.AuditAction;
import dev.convene.storage.PageRequest;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TaxonomyAndAuditServiceTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  private static final Actor CURATOR = Actor.user("cora", PlatformRole.CURATOR);
  private static final SchemeId THEMES = SchemeId.of("themes");
  private static final Actor ADMIN = Actor.user("root", PlatformRole.PLATFORM_ADMIN);
  private static final ConceptId PENSIONS = ConceptId.of("pensions");
  private static final ConceptId WATER = ConceptId.of("water");

  private final InMemoryStorage storage = InMemoryStorage.create(CLOCK);
  private final Convene convene = Convene.builder().storage(storage).clock(CLOCK).build();

  private static Taxonomy themes() {
    return Taxonomy.builder()
        .scheme(ConceptScheme.of(THEMES, LocalizedText.of("en", "Themes"), Locale.ENGLISH))
        .concept(Concept.builder(PENSIONS, THEMES).prefLabel("en", "Pensions").prefLabel("fr", "Retraites").build())
        .build();
  }

  private static Taxonomy withWater() {
    return themes().with(Concept.builder(WATER, THEMES).prefLabel("en", "Water").build());
  }

  @Test
  @DisplayName("curators and platform admins change the taxonomy; others may only read it")
  void whoChangesTheTaxonomy() {
    assertThrows(AccessDeniedException.class, () -> convene.taxonomy().replace(Actor.user("mia"), themes(), 0));
    assertEquals(1, convene.taxonomy().replace(CURATOR, themes(), 0).version());
    assertEquals("Retraites", convene.taxonomy().current().taxonomy().label(PENSIONS, Locale.FRENCH).orElseThrow());
    assertThrows(ConflictException.class, () -> convene.taxonomy().replace(CURATOR, themes(), 0));
  }

  @Test
  @DisplayName("an invalid change is refused whole and changes nothing")
  void invalidChangeChangesNothing() {
    convene.taxonomy().replace(CURATOR, themes(), 0);
    Concept dangling = Concept.builder(ConceptId.of("x"), THEMES).prefLabel("en", "X").broader(ConceptId.of("nope"))
        .build();
    assertThrows(ValidationException.class, () -> convene.taxonomy().change(CURATOR, t -> t.with(dangling)));
    assertEquals(1, convene.taxonomy().current().version());
  }

  @Test
  @DisplayName("a platform admin removes a concept nothing is tagged with, but not one an item or a community uses")
  void usedConceptsStay() {
    convene.taxonomy().replace(CURATOR, withWater(), 0);
    Community c = convene.communities().create(Actor.user("ada"), "pensions", b -> b.name("Pensions"));
    ItemHeader header = ItemHeader.draft(ItemId.of("i1"), c.id(), UserId.of("ada"), "Reform", Locale.ENGLISH,
        Visibility.PUBLIC, CLOCK.instant()).withConcepts(Set.of(PENSIONS), CLOCK.instant());
    storage.useTransaction(tx -> tx.items().insert(Document.of(header, "About the reform.")));
    ConflictException e = assertThrows(ConflictException.class,
        () -> convene.taxonomy().change(ADMIN, t -> t.without(PENSIONS)));
    assertTrue(e.getMessage().contains("pensions"), e.getMessage());
    convene.communities().create(Actor.user("ada"), "rivers", b -> b.name("Rivers").concepts(Set.of(WATER)));
    assertThrows(ConflictException.class, () -> convene.taxonomy().change(ADMIN, t -> t.without(WATER)));
    assertEquals(2, convene.taxonomy().current().taxonomy().concepts().size());
    storage.useTransaction(tx -> tx.items().delete(ItemId.of("i1"), 1));
    assertEquals(1, convene.taxonomy().change(ADMIN, t -> t.without(PENSIONS)).taxonomy().concepts().size());
  }

  @Test
  @DisplayName("a curator may not remove a concept, used or not, so the refusal says nothing of items they cannot see")
  void curatorsDeprecateInsteadOfRemoving() {
    convene.taxonomy().replace(CURATOR, withWater(), 0);
    // Only an item of a hidden group, which the curator may not see, is tagged with pensions.
    Community cabinet = convene.communities().create(Actor.user("ada"), "cabinet",
        b -> b.name("Cabinet").purpose(Purpose.HIDDEN_GROUP));
    ItemHeader header = ItemHeader.draft(ItemId.of("i1"), cabinet.id(), UserId.of("ada"), "Secret", Locale.ENGLISH,
        Visibility.MEMBERS, CLOCK.instant()).withConcepts(Set.of(PENSIONS), CLOCK.instant());
    storage.useTransaction(tx -> tx.items().insert(Document.of(header, "Hidden.")));
    AccessDeniedException used = assertThrows(AccessDeniedException.class,
        () -> convene.taxonomy().change(CURATOR, t -> t.without(PENSIONS)));
    AccessDeniedException unused = assertThrows(AccessDeniedException.class,
        () -> convene.taxonomy().change(CURATOR, t -> t.without(WATER)));
    assertEquals(unused.getMessage().replace("water", "pensions"), used.getMessage());
    assertThrows(AccessDeniedException.class, () -> convene.taxonomy().replace(CURATOR, themes(), 1));
    assertEquals(1, convene.taxonomy().current().version());
    Concept deprecated = Concept.builder(PENSIONS, THEMES).prefLabel("en", "Pensions").deprecated(true).build();
    assertTrue(convene.taxonomy().change(CURATOR, t -> t.with(deprecated)).taxonomy().concept(PENSIONS).orElseThrow()
        .deprecated());
  }

  @Test
  @DisplayName("admins read their community's audit log; others may not, and a hidden group's is not found")
  void auditLog() {
    Actor ada = Actor.user("ada");
    Community open = convene.communities().create(ada, "open", b -> b.name("Open"));
    Community hidden = convene.communities().create(ada, "hidden", b -> b.name("H").purpose(Purpose.HIDDEN_GROUP));
    assertEquals(java.util.List.of(AuditAction.MEMBERSHIP_CHANGED, AuditAction.COMMUNITY_CREATED),
        convene.audit().list(ada, open.id(), PageRequest.first(10)).items().stream().map(e -> e.action()).toList());
    assertThrows(AccessDeniedException.class, () -> convene.audit().list(Actor.user("olga"), open.id(),
        PageRequest.first(10)));
    assertThrows(NotFoundException.class, () -> convene.audit().list(Actor.user("olga"), hidden.id(),
        PageRequest.first(10)));
  }
}
