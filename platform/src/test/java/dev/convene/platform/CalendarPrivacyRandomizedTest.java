package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ADA;
import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.CURT;
import static dev.convene.platform.ContentFixture.MAX;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.MO;
import static dev.convene.platform.ContentFixture.OLGA;
import static dev.convene.platform.ContentFixture.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Event;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Recurrence;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Random worlds of communities and events: for every actor, the calendar lists each occurrence of
 * exactly the events {@link ContentService#get} shows them, and nothing else, page after page.
 *
 * <p>The seed is printed; rerun one with {@code -Dconvene.calendar.seed=<seed>}.
 */
class CalendarPrivacyRandomizedTest {
  private static final long SEED = Long.getLong("convene.calendar.seed", 0xCA1E4DL);
  private static final int WORLDS = 30;
  private static final List<Actor> ACTORS = List.of(ADA, MO, MEL, MAX, OLGA, ANON, CURT, PAT);
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Paris"), ZoneId.of("America/Santiago"),
      ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"));

  @Test
  @DisplayName("the calendar lists exactly the occurrences of the events each actor may read")
  void calendarEqualsReadableEvents() {
    SeededWorlds.run("CalendarPrivacyRandomizedTest", "convene.calendar.seed", SEED, WORLDS, this::world);
  }

  private void world(Random random) {
    ContentFixture world = new ContentFixture();
    Map<ItemId, Integer> occurrences = new HashMap<>();
    for (int c = 0; c < 3; c++) {
      Privacy privacy = Privacy.values()[random.nextInt(Privacy.values().length)];
      Community community = world.community("c" + c, b -> b.privacy(privacy)
          .joinPolicy(privacy == Privacy.PUBLIC ? JoinPolicy.OPEN : JoinPolicy.REQUEST));
      if (random.nextBoolean()) {
        world.block(community, MAX);
      }
      for (int e = 0; e < 4; e++) {
        Instant start = Instant.parse("2026-04-01T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
        int count = 1 + random.nextInt(4);
        ItemDraft.EventDraft draft = ItemDraft.event("e" + c + e, Locale.ENGLISH,
            random.nextBoolean() ? Visibility.PUBLIC : Visibility.MEMBERS, start,
            start.plus(Duration.ofMinutes(random.nextInt(300))), ZONES.get(random.nextInt(ZONES.size())))
            .webinar(random.nextBoolean())
            .recurrence(Recurrence.times(Recurrence.Frequency.values()[random.nextInt(2)], 1 + random.nextInt(3), count));
        ItemId id = world.content().create(MO, community.id(), draft).id();
        switch (random.nextInt(3)) {
          case 0 -> { } // a draft: its author's alone
          case 1 -> world.content().publish(MO, id);
          default -> world.content().archive(MO, world.content().publish(MO, id).id());
        }
        occurrences.put(id, count);
      }
    }
    CalendarService calendar = world.fresh().calendar();
    ContentService content = world.fresh().content();
    CalendarWindow always = CalendarWindow.past(Instant.parse("9999-01-01T00:00:00Z"));
    for (Actor actor : ACTORS) {
      Map<ItemId, Integer> expected = new HashMap<>();
      occurrences.forEach((id, count) -> {
        if (readable(content, actor, id)) {
          expected.put(id, count);
        }
      });
      Map<ItemId, Integer> listed = new HashMap<>();
      int size = 1 + random.nextInt(5);
      List<Event> seen = new ArrayList<>();
      PageRequest request = PageRequest.first(size);
      while (true) {
        Page<Occurrence> page = calendar.list(actor, always, request);
        page.items().forEach(o -> {
          listed.merge(o.event().id(), 1, Integer::sum);
          seen.add(o.event());
        });
        if (!page.hasNext()) {
          break;
        }
        assertEquals(size, page.items().size(), "a short page before the last for " + actor);
        request = request.after(page.next().orElseThrow());
      }
      assertEquals(expected, listed, "occurrences per event for " + actor);
      seen.forEach(e -> assertEquals(content.get(actor, e.id()), e, "the event as " + actor + " reads it"));
    }
  }

  private static boolean readable(ContentService content, Actor actor, ItemId id) {
    try {
      content.get(actor, id);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }
}
