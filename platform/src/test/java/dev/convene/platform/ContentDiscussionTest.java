package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ADA;
import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.MAX;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.MO;
import static dev.convene.platform.ContentFixture.OLGA;
import static dev.convene.platform.ContentFixture.PAT;
import static dev.convene.platform.ContentFixture.doc;
import static dev.convene.platform.ContentFixture.talk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.event.ItemChanged.Kind;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContentDiscussionTest {
  private final ContentFixture world = new ContentFixture();
  private final ContentService content = world.content();
  private final Community water = world.community("water");

  private List<String> replies(Actor actor, Item discussion) {
    return ((Discussion) content.get(actor, discussion.id())).replies().stream().map(Reply::body).toList();
  }

  @Test
  @DisplayName("members reply to published discussions; visitors and outsiders may read but not reply")
  void replies() {
    Item draft = content.create(MEL, water.id(), talk("Indicators", Visibility.PUBLIC));
    assertThrows(NotFoundException.class, () -> content.reply(MAX, draft.id(), "Too early"));
    assertThrows(AccessDeniedException.class, () -> content.reply(MEL, draft.id(), "Talking to myself"));
    Item published = content.publish(MEL, draft.id());
    world.clock.advance(Duration.ofMinutes(5));
    Reply reply = content.reply(MAX, draft.id(), "Count the wells");
    assertEquals(UserId.of("max"), reply.author());
    assertEquals(world.clock.instant(), reply.created());
    assertTrue(reply.id().value().startsWith("id"), reply.id().value());
    content.reply(MEL, draft.id(), "Good point");
    assertEquals(List.of("Count the wells", "Good point"), replies(ANON, draft));
    assertEquals(published.version() + 2, world.stored(draft));
    assertThrows(AccessDeniedException.class, () -> content.reply(OLGA, draft.id(), "Me too"));
    assertThrows(AccessDeniedException.class, () -> content.reply(ANON, draft.id(), "Me too"));
    assertEquals("body", assertThrows(ValidationException.class, () -> content.reply(MAX, draft.id(), " ")).field());
    assertEquals(List.of(Kind.CREATED, Kind.PUBLISHED, Kind.REPLIED, Kind.REPLIED), world.events(draft));
  }

  @Test
  @DisplayName("a locked discussion takes no reply from anyone, platform admins included; locking is audited")
  void locked() {
    Item discussion = world.published(MEL, water, talk("Closed topic", Visibility.MEMBERS));
    assertThrows(AccessDeniedException.class, () -> content.lock(MEL, discussion.id(), true));
    Discussion locked = content.lock(MO, discussion.id(), true);
    assertTrue(locked.locked());
    for (Actor actor : List.of(MAX, MEL, ADA, PAT)) {
      AccessDeniedException e = assertThrows(AccessDeniedException.class,
          () -> content.reply(actor, discussion.id(), "But..."));
      assertTrue(e.getMessage().contains("locked"), e.getMessage());
    }
    content.lock(MO, discussion.id(), true);   // already locked: nothing changes
    assertFalse(content.lock(ADA, discussion.id(), false).locked());
    content.reply(MAX, discussion.id(), "Thanks for reopening");
    content.reply(PAT, discussion.id(), "Noted");              // not a member: an audited override, once
    assertEquals(List.of(Optional.of("REPLY")), world.audit(water, AuditAction.PLATFORM_ADMIN_ACCESS).stream()
        .map(AuditEntry::reason).toList());
    List<AuditEntry> entries = world.audit(water, AuditAction.DISCUSSION_LOCKED);
    assertEquals(List.of(Optional.of("locked"), Optional.of("open")), entries.stream().map(AuditEntry::after).toList());
    assertEquals(List.of(Kind.CREATED, Kind.PUBLISHED, Kind.LOCKED, Kind.UNLOCKED, Kind.REPLIED, Kind.REPLIED),
        world.events(discussion));
  }

  @Test
  @DisplayName("hidden replies: invisible to members and visitors, visible to moderators and admins; audited")
  void hiddenReplies() {
    Item discussion = world.published(MEL, water, talk("Open topic", Visibility.PUBLIC));
    Reply rude = content.reply(MAX, discussion.id(), "Rude");
    content.reply(MEL, discussion.id(), "Polite");
    assertThrows(AccessDeniedException.class, () -> content.hideReply(MEL, discussion.id(), rude.id(), true));
    Discussion moderated = content.hideReply(MO, discussion.id(), rude.id(), true);
    assertTrue(moderated.replies().get(0).hidden());
    for (Actor reader : List.of(MEL, MAX, OLGA, ANON)) {
      assertEquals(List.of("Polite"), replies(reader, discussion), reader.toString());
    }
    assertEquals(List.of("Rude", "Polite"), replies(MO, discussion));
    assertEquals(List.of("Rude", "Polite"), replies(ADA, discussion));
    Discussion listed = (Discussion) world.all(MAX, water, 5).get(0);
    assertEquals(1, listed.replies().size());
    assertEquals(2, ((Discussion) world.all(MO, water, 5).get(0)).replies().size());

    // the author edits without seeing the hidden reply, and the reply stays
    Discussion seen = (Discussion) content.get(MEL, discussion.id());
    Discussion edited = (Discussion) content.edit(MEL, new Discussion(seen.header(), "Open topic, reworded",
        seen.locked(), seen.replies()));
    assertEquals(1, edited.replies().size());
    assertEquals(List.of("Rude", "Polite"), replies(MO, discussion));

    AuditEntry entry = world.audit(water, AuditAction.REPLY_HIDDEN).get(0);
    assertEquals("reply " + rude.id() + " of item " + discussion.id(), entry.subject());
    assertEquals(Optional.of("hidden"), entry.after());
    content.hideReply(MO, discussion.id(), rude.id(), false);
    assertEquals(List.of("Rude", "Polite"), replies(ANON, discussion));
    assertThrows(NotFoundException.class, () -> content.hideReply(MO, discussion.id(), ReplyId.of("none"), true));
    assertEquals(2, world.audit(water, AuditAction.REPLY_HIDDEN).size());
    // hiding and showing are moderation acts of their own, not edits; the author's edit is one
    assertEquals(List.of(Kind.CREATED, Kind.PUBLISHED, Kind.REPLIED, Kind.REPLIED, Kind.REPLY_HIDDEN, Kind.EDITED,
        Kind.REPLY_SHOWN), world.events(discussion));
  }

  @Test
  @DisplayName("discussion actions on another kind of item are refused by name, once the item is visible")
  void notADiscussion() {
    Item paper = world.published(MEL, water, doc("Paper", Visibility.PUBLIC));
    ValidationException e = assertThrows(ValidationException.class, () -> content.lock(MO, paper.id(), true));
    assertEquals("itemId", e.field());
    assertEquals("discussion", e.rule());
    assertThrows(ValidationException.class, () -> content.hideReply(MO, paper.id(), ReplyId.of("r"), true));
  }
}
