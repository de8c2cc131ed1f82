package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Delivery;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What an embedder passes in is range-checked where it is passed: dates and times in the years 1 to
 * 9999, settings that are added to the clock small enough to stay there.
 */
class DraftRangeTest {
  private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");

  private static void refused(String field, Executable call) {
    ValidationException e = assertThrows(ValidationException.class, call);
    assertEquals(field, e.field());
    assertEquals("range", e.rule());
  }

  @Test
  @DisplayName("a draft published on LocalDate.MAX, an event at Instant.MAX or MIN, an expiry at Instant.MAX are refused")
  void drafts() {
    refused("publicationDate", () -> ItemDraft.document("Paper", Locale.ENGLISH, Visibility.PUBLIC)
        .publicationDate(LocalDate.MAX));
    refused("publicationDate", () -> ItemDraft.document("Paper", Locale.ENGLISH, Visibility.PUBLIC)
        .publicationDate(LocalDate.of(-5, 1, 1)));
    refused("end", () -> ItemDraft.event("Meet", Locale.ENGLISH, Visibility.PUBLIC, T0, Instant.MAX,
        ZoneId.of("UTC")));
    refused("start", () -> ItemDraft.event("Meet", Locale.ENGLISH, Visibility.PUBLIC, Instant.MIN, T0,
        ZoneId.of("UTC")));
    refused("expires", () -> ItemDraft.announcement("News", Locale.ENGLISH, Visibility.PUBLIC, "Body")
        .expires(Instant.MAX));
  }

  @Test
  @DisplayName("an invitation lifetime that would overflow the clock is refused")
  void invitationTtl() {
    refused("invitationTtl", () -> Convene.builder().invitationTtl(Duration.ofSeconds(Long.MAX_VALUE)));
    refused("invitationTtl", () -> Convene.builder().invitationTtl(Duration.ofDays(36_501)));
    Convene.builder().invitationTtl(Duration.ofDays(36_500));
  }

  @Test
  @DisplayName("digests sent up to Instant.MAX are refused, naming upTo")
  void digestsUpTo() {
    try (Convene convene = Convene.builder().storage(InMemoryStorage.create()).build()) {
      refused("upTo", () -> convene.notifications().sendDigests(Delivery.DAILY, Instant.MAX));
    }
  }
}
