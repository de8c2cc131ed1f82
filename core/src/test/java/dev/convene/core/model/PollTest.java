package dev.convene.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PollTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final ItemHeader HEADER = new ItemHeader(ItemId.of("p"), CommunityId.of("c"), UserId.of("ada"),
      "Where?", Locale.ENGLISH, Visibility.MEMBERS, ReviewState.PUBLISHED, Set.of(), NOW, NOW, 0);

  private static PollOption option(String id, String text) {
    return PollOption.fixed(PollOptionId.of(id), text);
  }

  private static Poll poll(Poll.Mode mode, List<PollOption> options) {
    return new Poll(HEADER, "", mode, options, Optional.of(NOW), Poll.ResultsVisibility.ALWAYS);
  }

  private static String rule(Runnable build) {
    return assertThrows(ValidationException.class, build::run).rule();
  }

  @Test
  @DisplayName("fixed options are at least two; ideas may start from none; at most 200 in all")
  void counts() {
    assertEquals("at-least-two", rule(() -> poll(Poll.Mode.OPTIONS, List.of(option("1", "Yes")))));
    assertEquals(List.of(), poll(Poll.Mode.IDEAS, List.of()).options());
    List<PollOption> many = new ArrayList<>();
    for (int i = 1; i <= Poll.MAX_OPTIONS + 1; i++) {
      many.add(option(String.valueOf(i), "Option " + i));
    }
    assertEquals("max-count", rule(() -> poll(Poll.Mode.IDEAS, many)));
    assertEquals(Poll.MAX_OPTIONS, poll(Poll.Mode.IDEAS, many.subList(0, Poll.MAX_OPTIONS)).options().size());
  }

  @Test
  @DisplayName("ids and texts are unique, texts compared ignoring case and surrounding space")
  void unique() {
    assertEquals("unique-id", rule(() -> poll(Poll.Mode.OPTIONS, List.of(option("1", "Yes"), option("1", "No")))));
    assertEquals("unique-text", rule(() -> poll(Poll.Mode.OPTIONS, List.of(option("1", "Yes"), option("2", " yes")))));
    assertEquals("text", assertThrows(ValidationException.class, () -> option("1", " ")).field());
  }

  @Test
  @DisplayName("a poll is closed from its closing time on, and never without one")
  void closing() {
    Poll poll = poll(Poll.Mode.IDEAS, List.of());
    assertFalse(poll.isClosed(NOW.minusNanos(1)));
    assertTrue(poll.isClosed(NOW));
    assertFalse(new Poll(HEADER, "", Poll.Mode.IDEAS, List.of(), Optional.empty(), Poll.ResultsVisibility.ALWAYS)
        .isClosed(Instant.parse("9999-01-01T00:00:00Z")));
  }

  @Test
  @DisplayName("options are numbered in the order added; an idea carries its author")
  void numbering() {
    Poll poll = poll(Poll.Mode.IDEAS, List.of(option("1", "Yes")));
    assertEquals(PollOptionId.of("2"), poll.nextOptionId());
    Poll more = poll.withOption(PollOption.idea(poll.nextOptionId(), "Maybe", UserId.of("mel")));
    assertEquals(Optional.of(UserId.of("mel")), more.option(PollOptionId.of("2")).orElseThrow().author());
    assertTrue(more.offers(" MAYBE "));
    assertEquals(ItemType.POLL, more.type());
    assertEquals(Section.POLLS, more.type().section());
  }
}
