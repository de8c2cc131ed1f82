package dev.convene.platform;

import static dev.convene.platform.ReportWorld.ADA;
import static dev.convene.platform.ReportWorld.MAX;
import static dev.convene.platform.ReportWorld.MEL;
import static dev.convene.platform.ReportWorld.RITA;
import static dev.convene.platform.ReportWorld.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.RateLimitedException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Visibility;
import dev.convene.storage.ReportReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportRateLimitTest {
  private final ReportWorld world = new ReportWorld(new ReportLimit(3, Duration.ofHours(1)));
  private final Community water = world.community("water");
  private final List<Item> docs = new ArrayList<>();

  ReportRateLimitTest() {
    for (int i = 0; i < 6; i++) {
      docs.add(world.doc(MEL, water, "Doc " + i, Visibility.MEMBERS));
    }
  }

  @Test
  @DisplayName("a fourth report within the hour is refused with a typed error that names no target; the next hour"
      + " allows more")
  void limit() {
    for (int i = 0; i < 3; i++) {
      world.file(MAX, target(docs.get(i)), ReportReason.SPAM, "");
    }
    RateLimitedException refused = assertThrows(RateLimitedException.class,
        () -> world.file(MAX, target(docs.get(3)), ReportReason.SPAM, ""));
    assertEquals(3, refused.limit());
    assertEquals(Duration.ofHours(1), refused.window());
    assertEquals(false, refused.getMessage().contains(docs.get(3).id().value()), refused.getMessage());
    // the same refusal for a missing item and for one already reported: it is decided before the target is read
    assertEquals(refused.getMessage(), assertThrows(RateLimitedException.class,
        () -> world.file(MAX, ReportTarget.item(ReportWorld.missing()), ReportReason.SPAM, "")).getMessage());
    assertEquals(refused.getMessage(), assertThrows(RateLimitedException.class,
        () -> world.file(MAX, target(docs.get(0)), ReportReason.SPAM, "")).getMessage());
    assertEquals(3, world.reports().openCount(ADA, water.id()));
    // another reporter has their own count
    world.file(RITA, target(docs.get(3)), ReportReason.SPAM, "");
    // max filed at 9:01, 9:02 and 9:03 (each call moves the clock a minute; it is 9:07 now). At 10:02
    // the window starts at 9:02, so 9:01 no longer counts: one more is allowed, and at that same
    // instant the next is refused again (9:02, 9:03 and 10:02 count)
    world.clock.advance(Duration.ofMinutes(54));
    world.file(MAX, target(docs.get(3)), ReportReason.SPAM, "");
    assertThrows(RateLimitedException.class,
        () -> world.reports().file(MAX, target(docs.get(4)), ReportReason.SPAM, ""));
  }

  @Test
  @DisplayName("the limit is counted from the store: a restarted platform remembers it, and closed reports count")
  void acrossRestarts() {
    for (int i = 0; i < 3; i++) {
      world.file(MAX, target(docs.get(i)), ReportReason.SPAM, "");
    }
    world.reports().dismiss(ADA, target(docs.get(0)));
    world.convene.close();
    world.convene = world.fresh();
    assertThrows(RateLimitedException.class, () -> world.file(MAX, target(docs.get(4)), ReportReason.SPAM, ""));
  }

  @Test
  @DisplayName("a limit outside its range is refused when configured")
  void range() {
    assertEquals("reports", assertThrows(ValidationException.class, () -> new ReportLimit(0, Duration.ofHours(1)))
        .field());
    assertEquals("window", assertThrows(ValidationException.class, () -> new ReportLimit(1, Duration.ZERO)).field());
    assertEquals("window", assertThrows(ValidationException.class, () -> new ReportLimit(1, Duration.ofDays(400)))
        .field());
  }
}
