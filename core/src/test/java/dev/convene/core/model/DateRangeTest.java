package dev.convene.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every date and time of the model lies in the years 1 to 9999 (UTC); a value outside is refused
 * with the field's name and the rule {@code range}, where it used to be accepted and overflow later.
 */
class DateRangeTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private static ItemHeader header(Instant created, Instant updated) {
    return new ItemHeader(ItemId.of("i1"), CommunityId.of("c1"), UserId.of("ada"), "Title", Locale.ENGLISH,
        Visibility.PUBLIC, ReviewState.DRAFT, Set.of(), created, updated, 0);
  }

  private static Document document(LocalDate published) {
    return new Document(header(T0, T0), "", "", List.of(), Optional.empty(), Optional.of(published),
        Optional.empty(), List.of());
  }

  private static Event event(Instant start, Instant end) {
    return new Event(header(T0, T0), "", start, end, ZoneId.of("UTC"), Optional.empty(), Optional.empty(), false);
  }

  private static Membership invited(Instant since, Optional<Instant> expiry) {
    return new Membership(CommunityId.of("c1"), UserId.of("olga"), MembershipState.INVITED, Role.MEMBER,
        Optional.empty(), Optional.of(UserId.of("ada")), since, expiry, 0);
  }

  private static void refused(String field, Executable construction) {
    ValidationException e = assertThrows(ValidationException.class, construction);
    assertEquals(field, e.field());
    assertEquals("range", e.rule());
  }

  @Test
  @DisplayName("a document published on LocalDate.MAX or LocalDate.MIN is refused, naming publicationDate")
  void publicationDate() {
    refused("publicationDate", () -> document(LocalDate.MAX));
    refused("publicationDate", () -> document(LocalDate.MIN));
    refused("publicationDate", () -> document(LocalDate.of(10_000, 1, 1)));
    refused("publicationDate", () -> document(LocalDate.of(0, 12, 31)));
    assertEquals(LocalDate.of(9999, 12, 31), document(LocalDate.of(9999, 12, 31)).publicationDate().orElseThrow());
    assertEquals(LocalDate.of(1, 1, 1), document(LocalDate.of(1, 1, 1)).publicationDate().orElseThrow());
  }

  @Test
  @DisplayName("an event at Instant.MAX or Instant.MIN is refused, naming start or end")
  void eventTimes() {
    refused("end", () -> event(T0, Instant.MAX));
    refused("start", () -> event(Instant.MIN, T0));
    refused("start", () -> event(Instant.MAX, Instant.MAX));
    refused("start", () -> event(FIRST.minusNanos(1), T0));
    refused("end", () -> event(T0, LAST.plusNanos(1)));
    assertEquals(LAST, event(FIRST, LAST).end());
    assertEquals("not-before-start", assertThrows(ValidationException.class,
        () -> event(T0, T0.minusSeconds(1))).rule());
  }

  @Test
  @DisplayName("an announcement's expiry, a reply's and an item's times, a membership's are range-checked")
  void otherTimes() {
    refused("expires", () -> new Announcement(header(T0, T0), "", false, Optional.of(Instant.MAX)));
    refused("created", () -> new Reply(ReplyId.of("r1"), UserId.of("ada"), "hi", Instant.MIN, false));
    refused("created", () -> header(Instant.MIN, T0));
    refused("updated", () -> header(T0, Instant.MAX));
    refused("since", () -> invited(Instant.MAX, Optional.empty()));
    refused("expiry", () -> invited(T0, Optional.of(LAST.plusSeconds(1))));
    assertEquals(Optional.of(LAST), invited(T0, Optional.of(LAST)).expiry());
  }

  @Test
  @DisplayName("the range's ends are the start of year 1 and the end of year 9999, UTC")
  void ends() {
    assertEquals(1, FIRST.atOffset(ZoneOffset.UTC).getYear());
    assertEquals(9999, LAST.atOffset(ZoneOffset.UTC).getYear());
    assertEquals(10_000, LAST.plusNanos(1).atOffset(ZoneOffset.UTC).getYear());
  }
}
