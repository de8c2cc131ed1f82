package dev.convene.testing.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Visibility;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import dev.convene.search.SearchRequest;
import dev.convene.search.SearchResult;
import dev.convene.testing.ConveneTest;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

// @start region=annotation
@ConveneTest
class ConveneTestSnippet {

  @Test
  void findsWhatWasPublished(Convene convene) {
    Actor ada = Actor.user("ada");
    Community water = convene.communities().create(ada, "water", c -> c.name("Water"));
    Item report = convene.content().create(ada, water.id(),
        ItemDraft.document("Irrigation in the Andes", Locale.ENGLISH, Visibility.PUBLIC));
    convene.content().publish(ada, report.id());

    assertTrue(convene.awaitSearchable(Duration.ofSeconds(10)));
    SearchResult found = convene.search(Actor.anonymous(), SearchRequest.builder().text("irrigation").build());
    assertEquals(report.id(), found.hits().get(0).item().orElseThrow());
  }
}
// @end
