package dev.convene.platform;

import static dev.convene.platform.WalkthroughWorld.ADA;
import static dev.convene.platform.WalkthroughWorld.ANON;
import static dev.convene.platform.WalkthroughWorld.MAX;
import static dev.convene.platform.WalkthroughWorld.MEL;
import static dev.convene.platform.WalkthroughWorld.OLGA;
import static dev.convene.platform.WalkthroughWorld.doc;
import static dev.convene.platform.WalkthroughWorld.id;
import static dev.convene.platform.WalkthroughWorld.onFreshThread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Visibility;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * "A removed or blocked member is denied members-only items on the very next call" (DESIGN.md §3),
 * and its relatives: a working group lost with its parent, a public item in a community turned
 * private. Each reader first reads and lists the item, so that whatever a cache holds is warm, on
 * the test's thread and on a fresh one; the change is made through the services; the very next
 * call, on either thread, must tell.
 */
@DisplayName("Access walkthroughs: a change is felt on the very next call")
class WalkthroughAccessTest {
  private final WalkthroughWorld w = new WalkthroughWorld();
  private final ContentService content = w.convene.content();
  private final MembershipService members = w.convene.memberships();
  private final Community water = w.community("water", b -> b);

  /** The reader gets the item and finds it listed, on this thread and on a fresh one. */
  private void sees(Actor reader, Community c, Item item) throws Exception {
    assertEquals(item.id(), content.get(reader, item.id()).id(), reader + " gets it");
    assertTrue(w.titles(reader, c).contains(item.title()), reader + " lists it");
    assertEquals(item.id(), onFreshThread(() -> content.get(reader, item.id())).id(), reader + " gets it elsewhere");
    assertTrue(onFreshThread(() -> w.titles(reader, c)).contains(item.title()), reader + " lists it elsewhere");
  }

  /**
   * The reader gets the item as not found, worded as for an id that does not exist, and no longer
   * finds it listed, on this thread and on a fresh one.
   */
  private void lost(Actor reader, Community c, Item item) throws Exception {
    ItemId random = ItemId.of("no-such-item");
    String unknown = assertThrows(NotFoundException.class, () -> content.get(reader, random)).getMessage();
    String expected = unknown.replace(random.value(), item.id().value());
    assertEquals(expected, assertThrows(NotFoundException.class, () -> content.get(reader, item.id())).getMessage());
    assertFalse(w.titles(reader, c).contains(item.title()), reader + " still lists it");
    assertEquals(expected, assertThrows(NotFoundException.class,
        () -> onFreshThread(() -> content.get(reader, item.id()))).getMessage());
    assertFalse(onFreshThread(() -> w.titles(reader, c)).contains(item.title()), reader + " still lists it elsewhere");
  }

  @Test
  @DisplayName("a member removed by an admin loses a members-only document on the very next call")
  void removedMember() throws Exception {
    Item minutes = w.published(MEL, water, doc("Minutes", Visibility.MEMBERS));
    sees(MAX, water, minutes);
    members.remove(ADA, water.id(), id(MAX));
    lost(MAX, water, minutes);
    sees(MEL, water, minutes);
  }

  @Test
  @DisplayName("a member blocked by an admin loses a members-only document on the very next call")
  void blockedMember() throws Exception {
    Item minutes = w.published(MEL, water, doc("Minutes", Visibility.MEMBERS));
    sees(MAX, water, minutes);
    members.block(ADA, water.id(), id(MAX));
    lost(MAX, water, minutes);
    members.unblock(ADA, water.id(), id(MAX));
    lost(MAX, water, minutes); // unblocked is an outsider again, not a member
  }

  @Test
  @DisplayName("a blocked author loses the members-only document they wrote on the very next call")
  void blockedAuthor() throws Exception {
    Item minutes = w.published(MEL, water, doc("Minutes", Visibility.MEMBERS));
    sees(MEL, water, minutes);
    members.block(ADA, water.id(), id(MEL));
    lost(MEL, water, minutes);
    sees(MAX, water, minutes);
  }

  @Test
  @DisplayName("a member who leaves the parent loses a working group's members-only document on the very next call")
  void leftParent() throws Exception {
    Community group = w.workingGroup(water, "group", b -> b);
    members.join(MEL, group.id());
    members.join(MAX, group.id());
    Item plan = w.published(MEL, group, doc("Plan", Visibility.MEMBERS));
    sees(MAX, group, plan);
    members.leave(MAX, water.id());
    lost(MAX, group, plan);
    sees(MEL, group, plan);
  }

  @Test
  @DisplayName("a public document is not found by outsiders the moment its community turns private, and found again when it turns back")
  void communityTurnedPrivate() throws Exception {
    Item open = w.published(MEL, water, doc("Open data", Visibility.PUBLIC));
    sees(OLGA, water, open);
    sees(ANON, water, open);
    update(water, b -> b.privacy(Privacy.PRIVATE).joinPolicy(JoinPolicy.REQUEST));
    lost(OLGA, water, open);
    assertThrows(NotFoundException.class, () -> content.get(ANON, open.id()));
    assertThrows(NotFoundException.class, () -> onFreshThread(() -> content.get(ANON, open.id())));
    assertThrows(NotFoundException.class, () -> w.titles(ANON, water)); // nor the community itself
    sees(MAX, water, open);

    update(water, b -> b.privacy(Privacy.PUBLIC));
    sees(OLGA, water, open);
    sees(ANON, water, open);
    assertEquals(List.of("Open data"), w.titles(ANON, water));
  }

  private void update(Community c, UnaryOperator<Community.Settings> change) {
    long version = w.convene.communities().get(ADA, c.id()).version();
    w.convene.communities().update(ADA, c.id(), version, change);
  }
}
