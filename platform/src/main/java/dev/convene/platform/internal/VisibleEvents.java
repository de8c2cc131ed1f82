package dev.convene.platform.internal;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.core.policy.AccessContext;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events of one community, or of every community, that an actor may see, each as they may see
 * it. A community the actor may not know exists is skipped as if it held nothing.
 */
public final class VisibleEvents {
  private static final int BATCH = PageRequest.MAX_LIMIT;

  private final Platform platform;
  private final ItemAccess items;

  public VisibleEvents(Platform platform, ItemAccess items) {
    this.platform = platform;
    this.items = items;
  }

  /** The visible events, in the order the store lists them. */
  public List<Event> of(Actor actor, Optional<CommunityId> community) {
    ItemQuery query = community.map(ItemQuery::in).orElse(ItemQuery.all()).withTypes(ItemType.EVENT);
    Map<CommunityId, Optional<AccessContext>> contexts = new HashMap<>();
    List<Event> visible = new ArrayList<>();
    Optional<PageRequest> request = Optional.of(PageRequest.first(BATCH));
    while (request.isPresent()) {
      PageRequest current = request.get();
      Page<Item> page = platform.storage().read(tx -> tx.items().list(query, current));
      for (Item item : page.items()) {
        contexts.computeIfAbsent(item.community(), id -> context(actor, id))
            .flatMap(context -> items.listed(actor, context.withItem(item)))
            .ifPresent(shown -> visible.add((Event) shown));
      }
      request = current.next(page);
    }
    return visible;
  }

  private Optional<AccessContext> context(Actor actor, CommunityId id) {
    try {
      return Optional.of(platform.access().context(actor, id));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
