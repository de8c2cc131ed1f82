package dev.convene.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("mentions")
class MentionsTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final ItemHeader HEADER = new ItemHeader(ItemId.of("i1"), CommunityId.of("c1"), UserId.of("ada"),
      "Talk", Locale.ENGLISH, Visibility.MEMBERS, ReviewState.PUBLISHED, Set.of(), T0, T0, 0);

  private static Set<UserId> users(String... ids) {
    return Arrays.stream(ids).map(UserId::of).collect(Collectors.toSet());
  }

  @Test
  @DisplayName("are held in user order, and copied in so that the caller's set cannot change them")
  void heldInOrder() {
    Set<UserId> given = new HashSet<>(users("zoe", "bob", "mia"));
    Reply reply = new Reply(ReplyId.of("r1"), UserId.of("ada"), "Hi", T0, false, given);
    given.add(UserId.of("eve"));
    assertEquals(List.of(UserId.of("bob"), UserId.of("mia"), UserId.of("zoe")), new ArrayList<>(reply.mentions()));
    assertThrows(UnsupportedOperationException.class, () -> reply.mentions().add(UserId.of("eve")));
  }

  @Test
  @DisplayName("survive every copy of a discussion and a reply: hidden, locked, replied to, with other replies")
  void survivesCopies() {
    Reply reply = new Reply(ReplyId.of("r1"), UserId.of("bob"), "@mia", T0, false, users("mia"));
    Discussion talk = new Discussion(HEADER, "@zoe", false, List.of(), users("zoe")).withReply(reply)
        .withLocked(true).withReplyHidden(reply.id(), true).withHeader(HEADER.withVersion(3));
    assertEquals(users("zoe"), talk.mentions());
    assertEquals(users("mia"), talk.replies().get(0).mentions());
    assertEquals(users("zoe"), talk.withReplies(List.of()).mentions());
    assertEquals(users("ada"), talk.withMentions(users("ada")).mentions());
  }

  @Test
  @DisplayName("refuse a null user and more than the maximum, naming the field")
  void refused() {
    Set<UserId> withNull = new HashSet<>(users("mia"));
    withNull.add(null);
    ValidationException nullUser = assertThrows(ValidationException.class,
        () -> new Discussion(HEADER, "Hi", false, List.of(), withNull));
    assertEquals("mentions[]", nullUser.field());
    Set<UserId> tooMany = IntStream.rangeClosed(0, Mentions.MAX).mapToObj(i -> UserId.of("u" + i))
        .collect(Collectors.toSet());
    ValidationException many = assertThrows(ValidationException.class,
        () -> new Reply(ReplyId.of("r1"), UserId.of("ada"), "Hi", T0, false, tooMany));
    assertEquals("mentions", many.field());
    assertEquals("max-size", many.rule());
    assertEquals(Mentions.MAX, Mentions.checked(new HashSet<>(new ArrayList<>(tooMany).subList(0, Mentions.MAX))).size());
  }
}
