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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Section;
import dev.convene.core.model.Visibility;
import dev.convene.storage.AuditAction;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A section switched off: its items leave readers' sight, and it takes no new items or replies. */
class ContentSectionsTest {
  private final ContentFixture world = new ContentFixture();
  private final ContentService content = world.content();
  private final Community water = world.community("water");

  private Community switchOff(Section section) {
    Community current = world.convene.communities().get(ADA, water.id());
    return world.convene.communities().update(ADA, water.id(), current.version(),
        b -> b.sections(EnumSet.complementOf(EnumSet.of(section))));
  }

  private Community switchAllOn() {
    Community current = world.convene.communities().get(ADA, water.id());
    return world.convene.communities().update(ADA, water.id(), current.version(),
        b -> b.sections(EnumSet.allOf(Section.class)));
  }

  private List<ItemId> listed(Actor actor) {
    return world.all(actor, water, 2).stream().map(Item::id).toList();
  }

  @Test
  @DisplayName("switching documents off hides them from readers, members and their author included; moderators and admins still see them")
  void hidesFromReaders() {
    Item report = world.published(MEL, water, doc("Water report", Visibility.PUBLIC));
    Item members = world.published(MEL, water, doc("Members' notes", Visibility.MEMBERS));
    Item chat = world.published(MAX, water, talk("Wells", Visibility.PUBLIC));
    switchOff(Section.DOCUMENTS);
    for (Actor reader : List.of(ANON, OLGA, MAX, MEL)) {
      for (Item hidden : List.of(report, members)) {
        assertThrows(NotFoundException.class, () -> content.get(reader, hidden.id()), reader + " reads " + hidden.id());
      }
    }
    assertEquals(List.of(chat.id()), listed(ANON));
    assertEquals(List.of(chat.id()), listed(MEL));
    for (Actor moderating : List.of(MO, ADA, PAT)) {
      assertEquals(List.of(chat.id(), members.id(), report.id()), listed(moderating), moderating + "'s listing");
      assertEquals(report, content.get(moderating, report.id()));
    }
  }

  @Test
  @DisplayName("a platform admin's reading of an item in a switched-off section is audited")
  void platformAdminAudited() {
    Item report = world.published(MEL, water, doc("Water report", Visibility.PUBLIC));
    switchOff(Section.DOCUMENTS);
    int before = world.audit(water, AuditAction.PLATFORM_ADMIN_ACCESS).size();
    content.get(PAT, report.id());
    assertEquals(before + 1, world.audit(water, AuditAction.PLATFORM_ADMIN_ACCESS).size());
  }

  @Test
  @DisplayName("switching it back on brings the items back as they were, nothing rewritten")
  void switchedBackOn() {
    Item report = world.published(MEL, water, doc("Water report", Visibility.PUBLIC));
    switchOff(Section.DOCUMENTS);
    switchAllOn();
    assertEquals(report, content.get(ANON, report.id()));
    assertEquals(report.version(), world.stored(report));
  }

  @Test
  @DisplayName("a switched-off section takes no new items, even from its admin")
  void noNewItems() {
    switchOff(Section.DOCUMENTS);
    AccessDeniedException refused = assertThrows(AccessDeniedException.class,
        () -> content.create(ADA, water.id(), doc("Late", Visibility.PUBLIC)));
    assertTrue(refused.getMessage().contains("switched off"), refused.getMessage());
    assertEquals(List.of(), listed(ADA));
  }

  @Test
  @DisplayName("switched-off discussions take no replies: a moderator is refused, a member finds nothing")
  void noReplies() {
    Item chat = world.published(MEL, water, talk("Wells", Visibility.MEMBERS));
    content.reply(MAX, chat.id(), "Before");
    switchOff(Section.DISCUSSIONS);
    AccessDeniedException refused = assertThrows(AccessDeniedException.class,
        () -> content.reply(MO, chat.id(), "During"));
    assertTrue(refused.getMessage().contains("switched off"), refused.getMessage());
    // worded as for an item that does not exist: the member learns nothing of the section
    String missing = assertThrows(NotFoundException.class, () -> content.reply(MEL, ItemId.of("nope"), "x"))
        .getMessage();
    String notFound = assertThrows(NotFoundException.class, () -> content.reply(MEL, chat.id(), "During"))
        .getMessage();
    assertEquals(missing.replace("nope", chat.id().value()), notFound);
    switchAllOn();
    content.reply(MEL, chat.id(), "After");
    assertEquals(2, ((dev.convene.core.model.Discussion) content.get(MEL, chat.id())).replies().size());
  }
}
