package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Actor;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A prefix is no oracle: whether {@code kowalski*} is accepted, and what it finds, must not depend
 * on how many words starting with it hide in documents the actor may not see.
 */
class PrefixPrivacyTest {
  private final Fixture world = new Fixture();
  private SearchIndex index;

  @AfterEach
  void close() {
    if (index != null) {
      index.close();
    }
  }

  private SearchResult search(Actor actor, String text) {
    return index.search(actor, SearchRequest.builder().text(text).build());
  }

  /** What a result shows of its hits: the item, then the score. */
  private static List<String> shown(SearchResult result) {
    return result.hits().stream().map(h -> h.item().orElseThrow().value() + "=" + h.score()).toList();
  }

  @Test
  @DisplayName("hidden documents full of words with the prefix change neither whether it is accepted nor what it finds")
  void hiddenWordsChangeNothing() {
    world.community("open", c -> c.name("Open"));
    world.community("board", c -> c.name("Board").privacy(Privacy.PRIVATE).joinPolicy(JoinPolicy.REQUEST));
    world.member("board", "bob", Role.MEMBER);
    world.document("d1", "open", "Kowalski report", "The kowalskis met.");
    world.document("d2", "open", "Minutes", "Mr Kowalski spoke twice: kowalski, kowalski.");
    index = world.index();
    Actor olga = Actor.user("olga");
    SearchResult before = search(olga, "kowalski*");
    assertEquals(2, before.total());

    // more distinct words than the former limit of 1,000, in a private community, a draft and a
    // members-only item of the public community
    String many = IntStream.range(0, 1_100).mapToObj(i -> "kowalski" + i).collect(Collectors.joining(" "));
    world.item("h1", ItemType.DOCUMENT, "board", "bob", "Kowalski files", many, Locale.ENGLISH, Visibility.MEMBERS,
        ReviewState.PUBLISHED, Fixture.START);
    world.item("h2", ItemType.DOCUMENT, "open", "bob", "Kowalski draft", many, Locale.ENGLISH, Visibility.PUBLIC,
        ReviewState.DRAFT, Fixture.START);
    world.item("h3", ItemType.DOCUMENT, "open", "bob", "Kowalski notes", many, Locale.ENGLISH, Visibility.MEMBERS,
        ReviewState.PUBLISHED, Fixture.START);
    index.awaitCurrent(Duration.ofSeconds(5));

    SearchResult after = search(olga, "kowalski*");
    assertEquals(before.total(), after.total());
    assertEquals(shown(before), shown(after), "the same hits with the same scores");
    assertEquals(3, search(Actor.user("bob"), "kowalski*").total(), "the hidden document is indexed: bob sees it");
  }
}
