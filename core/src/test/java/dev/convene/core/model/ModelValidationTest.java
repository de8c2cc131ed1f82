package dev.convene.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ModelValidationTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final CommunityId C1 = CommunityId.of("c1");

  @Nested
  @DisplayName("ids")
  class Ids {
    @Test
    @DisplayName("reject blank, padded, control characters and over-long values")
    void rejectBadIds() {
      assertEquals("not-blank", assertThrows(ValidationException.class, () -> UserId.of(" ")).rule());
      assertEquals("trimmed", assertThrows(ValidationException.class, () -> UserId.of(" u1")).rule());
      assertEquals("printable", assertThrows(ValidationException.class, () -> UserId.of("u\n1")).rule());
      assertEquals("max-length", assertThrows(ValidationException.class, () -> UserId.of("u".repeat(256))).rule());
      assertEquals("required", assertThrows(ValidationException.class, () -> new UserId(null)).rule());
      assertEquals("userId", assertThrows(ValidationException.class, () -> UserId.of("")).field());
    }

    @Test
    @DisplayName("print as their value")
    void printAsValue() {
      assertEquals("user-42@example.org", UserId.of("user-42@example.org").toString());
    }
  }

  @Nested
  @DisplayName("actors")
  class Actors {
    @Test
    @DisplayName("anonymous has no user and no roles")
    void anonymous() {
      assertTrue(Actor.anonymous().isAnonymous());
      assertEquals("anonymous-has-no-roles", assertThrows(ValidationException.class,
          () -> new Actor(Optional.empty(), java.util.Set.of(PlatformRole.CURATOR))).rule());
    }

    @Test
    @DisplayName("a user carries platform roles")
    void user() {
      Actor pat = Actor.user("pat", PlatformRole.PLATFORM_ADMIN);
      assertTrue(pat.isPlatformAdmin());
      assertTrue(pat.is(UserId.of("pat")));
      assertFalse(pat.has(PlatformRole.CURATOR));
    }
  }

  @Nested
  @DisplayName("memberships")
  class Memberships {
    private Membership membership(MembershipState state, Optional<Instant> expiry, Optional<UserId> inviter) {
      return new Membership(C1, UserId.of("u1"), state, Role.MEMBER, Optional.empty(), inviter, T0, expiry, 0);
    }

    @Test
    @DisplayName("only invitations expire, and expire at their expiry instant")
    void expiry() {
      Membership invited = membership(MembershipState.INVITED, Optional.of(T0.plusSeconds(60)), Optional.empty());
      assertFalse(invited.isExpired(T0.plusSeconds(59)));
      assertTrue(invited.isPendingInvitation(T0.plusSeconds(59)));
      assertTrue(invited.isExpired(T0.plusSeconds(60)));
      assertEquals("invitations-only", assertThrows(ValidationException.class,
          () -> membership(MembershipState.ACTIVE, Optional.of(T0), Optional.empty())).rule());
    }

    @Test
    @DisplayName("a request has no inviter; messages are bounded")
    void requestsAndMessages() {
      assertEquals("not-for-requests", assertThrows(ValidationException.class,
          () -> membership(MembershipState.REQUESTED, Optional.empty(), Optional.of(UserId.of("a")))).rule());
      assertEquals("max-length", assertThrows(ValidationException.class, () -> new Membership(C1, UserId.of("u1"),
          MembershipState.REQUESTED, Role.MEMBER, Optional.of("x".repeat(2001)), Optional.empty(), T0,
          Optional.empty(), 0)).rule());
    }

    @Test
    @DisplayName("a role counts only while active")
    void roleCountsWhileActive() {
      Membership blockedAdmin = new Membership(C1, UserId.of("u1"), MembershipState.BLOCKED, Role.ADMIN,
          Optional.empty(), Optional.empty(), T0, Optional.empty(), 0);
      assertFalse(blockedAdmin.hasRole(Role.MEMBER));
    }
  }

  @Nested
  @DisplayName("items")
  class Items {
    private final ItemHeader header = ItemHeader.draft(ItemId.of("i1"), C1, UserId.of("u1"), "Cash transfers in Peru",
        Locale.forLanguageTag("es"), Visibility.PUBLIC, T0);

    @Test
    @DisplayName("read through to the header, and know their type")
    void header() {
      Item doc = Document.of(header, "Resumen");
      assertEquals(ItemType.DOCUMENT, doc.type());
      assertEquals(ReviewState.DRAFT, doc.reviewState());
      Item published = doc.withReviewState(ReviewState.PUBLISHED, T0.plusSeconds(5));
      assertEquals(ReviewState.PUBLISHED, published.reviewState());
      assertEquals(T0, published.created());
      assertEquals(T0.plusSeconds(5), published.updated());
      assertTrue(published instanceof Document);
    }

    @Test
    @DisplayName("reject a blank title, an update before creation, an event that ends before it starts")
    void rejectBadItems() {
      assertEquals("title", assertThrows(ValidationException.class, () -> ItemHeader.draft(ItemId.of("i2"), C1,
          UserId.of("u1"), " ", Locale.ENGLISH, Visibility.PUBLIC, T0)).field());
      assertEquals("not-before-created", assertThrows(ValidationException.class,
          () -> header.withReviewState(ReviewState.PUBLISHED, T0.minusSeconds(1))).rule());
      assertEquals("not-before-start", assertThrows(ValidationException.class, () -> new Event(header, "",
          T0, T0.minusSeconds(1), java.time.ZoneId.of("Europe/Paris"), Optional.empty(), Optional.empty(), false))
          .rule());
      Event event = new Event(header, "", T0, T0, java.time.ZoneId.of("Europe/Paris"), Optional.empty(),
          Optional.empty(), false);
      for (int capacity : new int[] {0, -1, 1_000_001}) {
        ValidationException e = assertThrows(ValidationException.class, () -> event.withCapacity(Optional.of(capacity)));
        assertEquals(List.of("capacity", "range"), List.of(e.field(), e.rule()), "capacity " + capacity);
      }
      assertEquals(Optional.of(1), event.withCapacity(Optional.of(1)).capacity());
      assertEquals(Optional.of(1_000_000), event.withCapacity(Optional.of(1_000_000)).capacity());
    }

    @Test
    @DisplayName("discussions keep replies in order, with unique ids, and hide them by id")
    void discussions() {
      Reply first = new Reply(ReplyId.of("r1"), UserId.of("u2"), "Agreed.", T0, false);
      Reply second = new Reply(ReplyId.of("r2"), UserId.of("u3"), "Spam!", T0, false);
      Discussion d = new Discussion(header, "What works?", false, List.of()).withReply(first).withReply(second);
      assertEquals(List.of(first, second), d.replies());
      assertTrue(d.withReplyHidden(ReplyId.of("r2"), true).replies().get(1).hidden());
      assertThrows(NotFoundException.class, () -> d.withReplyHidden(ReplyId.of("r9"), true));
      assertEquals("unique-id", assertThrows(ValidationException.class, () -> d.withReply(first)).rule());
    }

    @Test
    @DisplayName("attachments need a media type and a SHA-256")
    void attachments() {
      assertEquals("media-type", assertThrows(ValidationException.class,
          () -> new Attachment("a.pdf", "pdf", 10, "0".repeat(64))).rule());
      assertEquals("sha-256", assertThrows(ValidationException.class,
          () -> new Attachment("a.pdf", "application/pdf", 10, "ABC")).rule());
    }
  }
}
