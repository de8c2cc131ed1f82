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
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Visibility;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ContentVisibilityTest {
  private final ContentFixture world = new ContentFixture();
  private final ContentService content = world.content();
  private final Community water = world.community("water");

  @Test
  @DisplayName("a public item is members-only while its community is private, and public again after; nothing is rewritten")
  void privacyFollowsTheCommunity() {
    Item item = world.published(MEL, water, doc("Open data", Visibility.PUBLIC));
    long version = item.version();
    assertEquals(item, content.get(OLGA, item.id()));
    Community closed = world.convene.communities().update(ADA, water.id(), water.version(),
        b -> b.privacy(Privacy.PRIVATE).joinPolicy(JoinPolicy.REQUEST));
    for (Actor outsider : List.of(OLGA, ANON)) {
      assertThrows(NotFoundException.class, () -> content.get(outsider, item.id()));
    }
    assertEquals(List.of(), world.all(OLGA, water, 10));
    assertEquals(item, content.get(MAX, item.id()));
    world.convene.communities().update(ADA, water.id(), closed.version(),
        b -> b.privacy(Privacy.PUBLIC).joinPolicy(JoinPolicy.OPEN));
    assertEquals(item, content.get(ANON, item.id()));
    assertEquals(List.of(item), world.all(OLGA, water, 10));
    assertEquals(version, world.stored(item));
  }

  @Test
  @DisplayName("a blocked author loses their drafts and members-only items, but not what is public")
  void blockedAuthor() {
    Item members = world.published(MEL, water, doc("Minutes", Visibility.MEMBERS));
    Item open = world.published(MEL, water, doc("Brochure", Visibility.PUBLIC));
    Item draft = content.create(MEL, water.id(), doc("Unfinished", Visibility.MEMBERS));
    world.block(water, MEL);
    ContentService afterwards = world.fresh().content();
    assertThrows(NotFoundException.class, () -> afterwards.get(MEL, members.id()));
    assertThrows(NotFoundException.class, () -> afterwards.get(MEL, draft.id()));
    assertEquals(open, afterwards.get(MEL, open.id()));
    assertEquals(members, afterwards.get(MAX, members.id()));
    assertEquals(List.of(open.id()), ids(worldList(afterwards, MEL)));
  }

  @Test
  @DisplayName("not-found messages are the same for an item the actor may not see and one that does not exist")
  void notFoundLeaksNothing() {
    Item hidden = content.create(MEL, water.id(), doc("Secret draft", Visibility.MEMBERS));
    Item unknown = hidden.withHeader(new ItemHeader(ItemId.of("nothing"), hidden.community(), hidden.author(),
        hidden.title(), hidden.language(), hidden.visibility(), hidden.reviewState(), hidden.concepts(),
        hidden.created(), hidden.updated(), hidden.version()));
    for (Item item : List.of(hidden, unknown)) {
      ItemId id = item.id();
      List<Executable> calls = List.of(
          () -> content.get(OLGA, id),
          () -> content.get(MO, id),
          () -> content.edit(MAX, item),
          () -> content.delete(MAX, id, 1),
          () -> content.submit(MAX, id),
          () -> content.publish(MO, id),
          () -> content.archive(MO, id),
          () -> content.review(MO, id, ContentService.Verdict.APPROVE, Optional.empty()),
          () -> content.tag(MAX, id, Set.of()),
          () -> content.reply(MAX, id, "Hello"),
          () -> content.lock(MO, id, true));
      for (Executable call : calls) {
        assertEquals("item " + id + " not found", assertThrows(NotFoundException.class, call).getMessage());
      }
    }
    // an outsider replying to a members-only document learns nothing, not even that it is no discussion
    Item paper = world.published(MEL, water, doc("Members paper", Visibility.MEMBERS));
    assertEquals("item " + paper.id() + " not found",
        assertThrows(NotFoundException.class, () -> content.reply(OLGA, paper.id(), "Hi")).getMessage());
    assertEquals("itemId", assertThrows(ValidationException.class, () -> content.reply(MAX, paper.id(), "Hi")).field());
  }

  @Test
  @DisplayName("listing shows each actor exactly what they may see, in full pages, whatever the page size")
  void listing() {
    for (int i = 0; i < 4; i++) {
      world.published(MEL, water, doc("Public " + i, Visibility.PUBLIC));
      world.published(MEL, water, doc("Members " + i, Visibility.MEMBERS));
      content.create(MEL, water.id(), doc("Draft " + i, Visibility.PUBLIC));
    }
    content.archive(MO, world.published(MAX, water, talk("Old talk", Visibility.MEMBERS)).id());
    for (int size : List.of(1, 2, 3, 7, 100)) {
      assertEquals(4, world.all(ANON, water, size).size());
      assertEquals(4, world.all(OLGA, water, size).size());
      assertEquals(8, world.all(MAX, water, size).size());
      assertEquals(12, world.all(MEL, water, size).size());
      assertEquals(9, world.all(MO, water, size).size());
    }
    Function<Item, String> title = Item::title;
    assertTrue(world.all(OLGA, water, 2).stream().map(title).allMatch(t -> t.startsWith("Public")));
    Page<Item> talks = content.list(MO, water.id(), ItemQuery.in(water.id()).withTypes(ItemType.DISCUSSION),
        PageRequest.first(10));
    assertEquals(List.of("Old talk"), talks.items().stream().map(title).toList());
    Community other = world.community("other");
    assertEquals("same-community", assertThrows(ValidationException.class,
        () -> content.list(MO, water.id(), ItemQuery.in(other.id()), PageRequest.first(10))).rule());
  }

  @Test
  @DisplayName("a hidden group's items are not found, and neither is the group's listing")
  void hiddenGroup() {
    Community secret = world.community("secret", b -> b.purpose(dev.convene.core.model.Purpose.HIDDEN_GROUP));
    Item item = world.published(MEL, secret, doc("Plans", Visibility.MEMBERS));
    assertEquals("item " + item.id() + " not found",
        assertThrows(NotFoundException.class, () -> content.get(OLGA, item.id())).getMessage());
    assertEquals("community " + secret.id() + " not found", assertThrows(NotFoundException.class,
        () -> content.list(OLGA, secret.id(), ItemQuery.in(secret.id()), PageRequest.first(5))).getMessage());
    assertEquals(List.of(item), world.all(MAX, secret, 5));
  }

  @Test
  @DisplayName("an archived community's items are read but never changed")
  void archivedCommunity() {
    Item paper = world.published(MEL, water, doc("Paper", Visibility.MEMBERS));
    Item talk = world.published(MEL, water, talk("Talk", Visibility.MEMBERS));
    Item draft = content.create(MEL, water.id(), doc("Draft", Visibility.MEMBERS));
    world.convene.communities().archive(ADA, water.id());
    int before = world.events.size();
    List<Executable> changes = List.of(
        () -> content.create(MEL, water.id(), doc("New", Visibility.MEMBERS)),
        () -> content.edit(MEL, paper),
        () -> content.tag(MEL, paper.id(), Set.of()),
        () -> content.delete(MEL, paper.id(), paper.version()),
        () -> content.publish(MEL, draft.id()),
        () -> content.archive(MO, paper.id()),
        () -> content.reply(MAX, talk.id(), "Still here?"),
        () -> content.lock(MO, talk.id(), true));
    for (Executable change : changes) {
      AccessDeniedException e = assertThrows(AccessDeniedException.class, change);
      assertTrue(e.getMessage().endsWith("the community is archived"), e.getMessage());
    }
    assertEquals(before, world.events.size());
    assertEquals(paper, content.get(MAX, paper.id()));
    assertEquals(paper.version(), world.stored(paper));
    content.archive(PAT, paper.id());   // "platform admins may do everything", and it is audited
    assertEquals(List.of(Optional.of("ARCHIVE_ITEM")), world.audit(water, AuditAction.PLATFORM_ADMIN_ACCESS).stream()
        .map(AuditEntry::reason).toList());
  }

  private List<Item> worldList(ContentService service, Actor actor) {
    return service.list(actor, water.id(), ItemQuery.in(water.id()), PageRequest.first(50)).items();
  }

  private static List<ItemId> ids(List<Item> items) {
    return items.stream().map(Item::id).collect(Collectors.toList());
  }
}
