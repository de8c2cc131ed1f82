package dev.convene.testing;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.UserId;
import dev.convene.platform.Convene;
import dev.convene.storage.memory.InMemoryStorage;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A world of communities, people and items for a test, on the in-memory store with a clock the test
 * controls.
 *
 * {@snippet class=dev.convene.testing.snippets.TestWorldSnippet region=world}
 *
 * <p>Communities have their slug as id; items are found by title. People are named by user id; any
 * name not declared is simply an outsider.
 */
public final class TestWorld implements AutoCloseable {
  private final Convene convene;
  private final InMemoryStorage storage;
  private final TestClock clock;
  private final Map<String, ItemId> items;
  private final Map<String, Set<PlatformRole>> roles;

  TestWorld(Convene convene, InMemoryStorage storage, TestClock clock, Map<String, ItemId> items,
      Map<String, Set<PlatformRole>> roles) {
    this.convene = convene;
    this.storage = storage;
    this.clock = clock;
    this.items = Map.copyOf(items);
    this.roles = Map.copyOf(roles);
  }

  /** Stops the platform's background followers; use the world in try-with-resources or an @AfterEach. */
  @Override
  public void close() {
    convene.close();
  }

  /**
   * Starts a world; see {@link TestWorldBuilder}.
   *
   * @return a builder of an empty world
   */
  public static TestWorldBuilder builder() {
    return new TestWorldBuilder();
  }

  /**
   * The platform, wired to this world's store and clock.
   *
   * @return the platform
   */
  public Convene convene() {
    return convene;
  }

  /**
   * The store, for assertions on what was written.
   *
   * @return the store
   */
  public InMemoryStorage storage() {
    return storage;
  }

  /**
   * The clock; advance it to expire invitations.
   *
   * @return the clock
   */
  public TestClock clock() {
    return clock;
  }

  /**
   * The signed-in user, with the platform roles the world gave them.
   *
   * @param user the user's id
   * @return the actor
   */
  public Actor actor(String user) {
    return Actor.user(user, roles.getOrDefault(user, Set.of()).toArray(PlatformRole[]::new));
  }

  /**
   * An anonymous visitor.
   *
   * @return the anonymous actor
   */
  public Actor anonymous() {
    return Actor.anonymous();
  }

  /**
   * The community with this slug, as stored now.
   *
   * @param slug the community's slug
   * @return the community
   * @throws NotFoundException if the world has no such community
   */
  public Community community(String slug) {
    return storage.read(tx -> tx.communities().get(CommunityId.of(slug)))
        .orElseThrow(() -> new NotFoundException("no community " + slug + " in this world"));
  }

  /**
   * The item with this title, as stored now.
   *
   * @param title the item's title
   * @return the item
   * @throws NotFoundException if the world has no such item (or it was deleted)
   */
  public Item item(String title) {
    ItemId id = items.get(title);
    Optional<Item> item = id == null ? Optional.empty() : storage.read(tx -> tx.items().get(id));
    return item.orElseThrow(() -> new NotFoundException("no item \"" + title + "\" in this world"));
  }

  /**
   * The user's membership of the community, as stored now.
   *
   * @param user the user's id
   * @param slug the community's slug
   * @return the membership, or empty
   */
  public Optional<Membership> membership(String user, String slug) {
    return storage.read(tx -> tx.memberships().get(CommunityId.of(slug), UserId.of(user)));
  }
}
