package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Actor;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TypeLabelsTest {
  private final Fixture world = new Fixture();
  private SearchIndex index;

  @BeforeEach
  void setUp() {
    world.community("water", c -> c.name("Water"));
    for (ItemType type : ItemType.values()) {
      world.item(type.name().toLowerCase(Locale.ROOT), type, "water", "author", "Title", "text", Locale.ENGLISH,
          Visibility.PUBLIC, ReviewState.PUBLISHED, Fixture.START);
    }
    index = world.index();
  }

  @AfterEach
  void close() {
    index.close();
  }

  /** The type facet's labels by value, for a search of everything shown in {@code display}. */
  private Map<String, String> labels(Locale display) {
    FacetResult facet = index.search(Actor.anonymous(), SearchRequest.builder().facets(FacetDimension.TYPE)
        .displayLanguage(display).build()).facets().get(0);
    Map<String, String> labels = new TreeMap<>();
    facet.values().forEach(v -> labels.put(v.value(), v.label()));
    return labels;
  }

  private static final Map<String, String> ENGLISH = Map.of("announcement", "Announcement", "community", "Community",
      "discussion", "Discussion", "document", "Document", "event", "Event", "poll", "Poll");

  @Test
  @DisplayName("the type facet's values are labelled in English by default")
  void english() {
    assertEquals(ENGLISH, labels(Locale.ENGLISH));
  }

  @Test
  @DisplayName("the type facet's values are labelled in French and in Spanish, the values unchanged")
  void frenchAndSpanish() {
    assertEquals(Map.of("announcement", "Annonce", "community", "Communauté", "discussion", "Discussion",
        "document", "Document", "event", "Événement", "poll", "Sondage"), labels(Locale.FRENCH));
    assertEquals(Map.of("announcement", "Anuncio", "community", "Comunidad", "discussion", "Debate",
        "document", "Documento", "event", "Evento", "poll", "Encuesta"), labels(Locale.forLanguageTag("es")));
    assertEquals(labels(Locale.FRENCH), labels(Locale.CANADA_FRENCH), "a language's region changes nothing");
  }

  @Test
  @DisplayName("a language without labels gets the English ones, whatever the default locale")
  void fallbackToEnglish() {
    assertEquals(ENGLISH, labels(Locale.GERMAN));
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      assertEquals(ENGLISH, labels(Locale.GERMAN), "not the default locale's labels");
      assertEquals(ENGLISH, labels(Locale.ENGLISH), "English has no bundle of its own but is the base bundle");
    } finally {
      Locale.setDefault(before);
    }
  }
}
