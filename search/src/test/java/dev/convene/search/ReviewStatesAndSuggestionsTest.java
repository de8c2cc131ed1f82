package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Actor;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.core.policy.PolicySettings;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReviewStatesAndSuggestionsTest {
  private final Fixture world =
      new Fixture(AccessPolicy.of(PolicySettings.defaults().withCuratePublicContent(true)));
  private SearchIndex index;

  @BeforeEach
  void setUp() {
    world.taxonomy(TaxonomyFixture.taxonomy());
    world.community("water", c -> c.name("Water").reviewBeforePublication(true));
    world.community("secret", c -> c.name("Secret").purpose(Purpose.HIDDEN_GROUP));
    world.member("water", "ada", Role.ADMIN);
    world.member("water", "mia", Role.MEMBER);
    world.member("water", "max", Role.MEMBER);
    world.member("secret", "sam", Role.ADMIN);
    item("draft", "mia", Visibility.MEMBERS, ReviewState.DRAFT, TaxonomyFixture.HEALTH.value());
    item("submitted-members", "mia", Visibility.MEMBERS, ReviewState.SUBMITTED);
    item("submitted-public", "mia", Visibility.PUBLIC, ReviewState.SUBMITTED);
    item("archived", "mia", Visibility.PUBLIC, ReviewState.ARCHIVED);
    world.item("hidden", ItemType.DOCUMENT, "secret", "sam", "hidden report", "text", Locale.ENGLISH,
        Visibility.MEMBERS, ReviewState.PUBLISHED, Fixture.START, TaxonomyFixture.UNEMPLOYMENT.value());
    world.document("pub", "water", "public report", "text", TaxonomyFixture.PENSIONS.value());
    index = world.index();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private void item(String id, String author, Visibility visibility, ReviewState state, String... concepts) {
    world.item(id, ItemType.DOCUMENT, "water", author, id + " report", "text", Locale.ENGLISH, visibility, state,
        Fixture.START, concepts);
  }

  private List<String> found(Actor actor) {
    return index.search(actor, SearchRequest.builder().text("report").reviewStates(ReviewState.values()).build())
        .hits().stream().map(h -> h.item().orElseThrow().value()).sorted().toList();
  }

  @Test
  @DisplayName("other review states return only what the policy shows: drafts to authors, submissions to reviewers, archives to moderators")
  void reviewStates() {
    assertEquals(List.of("draft", "pub", "submitted-members", "submitted-public"), found(Actor.user("mia")));
    assertEquals(List.of("archived", "pub", "submitted-members"), found(Actor.user("ada")),
        "the admin reviews members-only items; curators review public ones");
    assertEquals(List.of("pub", "submitted-public"), found(Actor.user("cora", PlatformRole.CURATOR)));
    assertEquals(List.of("pub"), found(Actor.user("max")));
    assertEquals(List.of("pub"), found(Actor.anonymous()));
    assertEquals(List.of("archived", "draft", "hidden", "pub", "submitted-members", "submitted-public"),
        found(Actor.user("root", PlatformRole.PLATFORM_ADMIN)));
    assertEquals(List.of("pub"), index.search(Actor.user("mia"), SearchRequest.builder().text("report").build())
        .hits().stream().map(h -> h.item().orElseThrow().value()).toList(), "published only by default");
  }

  @Test
  @DisplayName("concept labels are suggested by prefix in any language, ignoring case and accents")
  void suggestions() {
    List<Suggestion> found = index.suggest(Actor.anonymous(), SuggestRequest.of("CHOM"));
    assertEquals(1, found.size());
    assertEquals(TaxonomyFixture.UNEMPLOYMENT, found.get(0).concept());
    assertEquals("Chômage", found.get(0).matched());
    assertEquals("Unemployment", found.get(0).label());
    assertEquals(TaxonomyFixture.SOCIAL, index.suggest(Actor.anonymous(), SuggestRequest.of("soci")).get(0).concept());
    assertEquals(TaxonomyFixture.PENSIONS, index.suggest(Actor.anonymous(),
        SuggestRequest.of("benef").withDisplayLanguage(Locale.FRENCH)).get(0).concept(), "a word of an alternative label");
    assertEquals("Retraites", index.suggest(Actor.anonymous(),
        SuggestRequest.of("old").withDisplayLanguage(Locale.FRENCH)).get(0).label());
    Suggestion hidden = index.suggest(Actor.anonymous(), SuggestRequest.of("helt")).get(0);
    assertEquals("Health", hidden.matched(), "a hidden label is never shown");
  }

  @Test
  @DisplayName("with counts, only concepts in use in what the actor may see are suggested, with those counts")
  void suggestionCounts() {
    SuggestRequest all = SuggestRequest.of("p").withCounts(true).withLimit(20);
    List<Suggestion> anonymous = index.suggest(Actor.anonymous(), all);
    assertEquals(List.of(TaxonomyFixture.PENSIONS, TaxonomyFixture.SOCIAL),
        anonymous.stream().map(Suggestion::concept).toList());
    assertEquals(OptionalLong.of(1), anonymous.get(0).count());
    assertEquals(List.of(), index.suggest(Actor.anonymous(), SuggestRequest.of("unemp").withCounts(true)),
        "the only document about unemployment is in a hidden group");
    assertEquals(OptionalLong.of(1), index.suggest(Actor.user("sam"), SuggestRequest.of("unemp").withCounts(true))
        .get(0).count());
    assertEquals(OptionalLong.of(2), index.suggest(Actor.user("sam"), SuggestRequest.of("social").withCounts(true))
        .get(0).count(), "per document, through narrower concepts");
    assertTrue(index.suggest(Actor.user("mia"), SuggestRequest.of("health").withCounts(true)).isEmpty(),
        "counts cover published items only");
  }
}
