package dev.convene.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ValidationException;
import dev.convene.core.membership.MembershipEvent;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainEventTest {
  private static final CommunityId C1 = CommunityId.of("c1");
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
  private static final Optional<UserId> ADA = Optional.of(UserId.of("ada"));

  @ParameterizedTest(name = "{0} {1} is important: {2}")
  @CsvSource(textBlock = """
      DOCUMENT,     CREATED,   false
      DOCUMENT,     SUBMITTED, true
      DOCUMENT,     PUBLISHED, false
      DOCUMENT,     REJECTED,  true
      ANNOUNCEMENT, PUBLISHED, true
      EVENT,        PUBLISHED, true
      DISCUSSION,   REPLIED,   false
      DISCUSSION,   PUBLISHED, false
      """)
  void itemImportance(ItemType type, ItemChanged.Kind kind, boolean important) {
    Optional<ReplyId> reply = kind == ItemChanged.Kind.REPLIED ? Optional.of(ReplyId.of("r1")) : Optional.empty();
    assertEquals(important, new ItemChanged(C1, ItemId.of("i1"), reply, type, kind, ADA, AT).isImportant());
  }

  @ParameterizedTest(name = "membership {0} is important: {1}")
  @CsvSource(textBlock = """
      REQUESTED, true
      INVITED,   true
      JOINED,    false
      LEFT,      false
      BLOCKED,   false
      """)
  void membershipImportance(MembershipEvent kind, boolean important) {
    assertEquals(important, new MembershipChanged(C1, UserId.of("u1"), kind, ADA, AT).isImportant());
  }

  @ParameterizedTest(name = "community {0} is important: {1}")
  @CsvSource(textBlock = """
      CREATED,          false
      SETTINGS_CHANGED, false
      PRIVACY_CHANGED,  true
      ARCHIVED,         true
      RESTORED,         true
      """)
  void communityImportance(CommunityChanged.Kind kind, boolean important) {
    assertEquals(important, new CommunityChanged(C1, kind, Optional.empty(), AT).isImportant());
  }

  @Test
  void rejectsMissingParts() {
    assertEquals("at", assertThrows(ValidationException.class,
        () -> new CommunityChanged(C1, CommunityChanged.Kind.CREATED, Optional.empty(), null)).field());
  }

  @Test
  void aReplyEventNamesItsReplyAndNoOtherEventDoes() {
    ItemChanged replied = ItemChanged.replied(C1, ItemId.of("i1"), ReplyId.of("r1"), ADA, AT);
    assertEquals(Optional.of(ReplyId.of("r1")), replied.reply());
    assertEquals(ItemType.DISCUSSION, replied.type());
    assertEquals("reply", assertThrows(ValidationException.class, () -> new ItemChanged(C1, ItemId.of("i1"),
        ItemType.DISCUSSION, ItemChanged.Kind.REPLIED, ADA, AT)).field());
    assertEquals("reply", assertThrows(ValidationException.class, () -> new ItemChanged(C1, ItemId.of("i1"),
        Optional.of(ReplyId.of("r1")), ItemType.DISCUSSION, ItemChanged.Kind.EDITED, ADA, AT)).field());
  }
}
