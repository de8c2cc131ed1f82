package dev.convene.platform.internal;

import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.event.ItemChanged;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Decision;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Finds items and asks the policy about them, for reads (through the policy cache) and for writes
 * (inside the write's transaction). An item the actor may not see is a {@link NotFoundException}
 * worded exactly as for an id that does not exist: "item <id> not found".
 */
public final class ItemAccess {
  private final Platform platform;

  public ItemAccess(Platform platform) {
    this.platform = platform;
  }

  /** An item and the access context of its community, holding the item. */
  public record Found(Item item, AccessContext context) {}

  /** How an item is named in messages: by the id the caller gave, which reveals nothing new. */
  public static String what(ItemId id) {
    return "item " + id;
  }

  /** The exception for an item that does not exist or that the actor may not know exists. */
  public static NotFoundException notFound(ItemId id) {
    return new NotFoundException(what(id) + " not found");
  }

  /**
   * The item as the actor may read it: VIEW_ITEM is required, and a discussion loses its hidden
   * replies unless VIEW_HIDDEN_REPLIES allows them. A platform admin's override is audited.
   */
  public Item read(Actor actor, ItemId id) {
    Item item = platform.storage().read(tx -> tx.items().get(id)).orElseThrow(() -> notFound(id));
    AccessContext context = readContext(actor, item);
    platform.access().require(actor, Action.VIEW_ITEM, context, what(id));
    boolean hiddenShown = item instanceof Discussion && allowed(actor, Action.VIEW_HIDDEN_REPLIES, context,
        () -> platform.access().require(actor, Action.VIEW_HIDDEN_REPLIES, context, what(id)));
    return hiddenShown ? item : withoutHiddenReplies(item);
  }

  /** The committed context of the item's community for a read, holding the item. */
  private AccessContext readContext(Actor actor, Item item) {
    try {
      return platform.access().context(actor, item.community()).withItem(item);
    } catch (NotFoundException e) {
      throw notFound(item.id());
    }
  }

  /**
   * Runs one change of an item in a transaction of its own: reads the item fresh, requires the
   * action, and applies {@code body}.
   *
   * @param type the type of item the action applies to ({@code Item.class} for any); an item of
   *     another type is a {@link ValidationException} on {@code itemId} if the actor may see it
   */
  public <T> T change(Actor actor, ItemId id, Class<? extends Item> type, Action action,
      BiFunction<Work, Found, T> body) {
    return change(actor, id, type, found -> action, body);
  }

  /** As {@link #change(Actor, ItemId, Class, Action, BiFunction)}, the action chosen by the item. */
  public <T> T change(Actor actor, ItemId id, Class<? extends Item> type, Function<Found, Action> action,
      BiFunction<Work, Found, T> body) {
    return platform.writes().run(work -> {
      Found found = find(work, actor, id);
      if (!type.isInstance(found.item())) {
        platform.access().decide(actor, Action.VIEW_ITEM, found.context()).orThrow(what(id));
        String kind = type.getSimpleName().toLowerCase(Locale.ROOT);
        throw new ValidationException("itemId", kind, what(id) + " is not a " + kind);
      }
      platform.access().require(work, actor, action.apply(found), found.context(), what(id));
      return body.apply(work, found);
    });
  }

  /** The item and its context, read fresh inside the write. */
  private Found find(Work work, Actor actor, ItemId id) {
    Item item = work.tx().items().get(id).orElseThrow(() -> notFound(id));
    try {
      return new Found(item, platform.access().context(work.tx(), actor, item.community()).withItem(item));
    } catch (NotFoundException e) {
      throw notFound(id);
    }
  }

  /**
   * Stores a changed item and announces it.
   *
   * @return the stored item as the actor may see it
   */
  public Item update(Work work, Actor actor, Found found, Item changed, ItemChanged.Kind kind) {
    CurationHold.claimWhilePrivate(platform, work, found, changed);
    return shown(work, actor, found.context().withItem(store(work, actor, changed, kind)));
  }

  /** Stores a changed item and announces it; the caller shows the actor nothing of it. */
  public Item store(Work work, Actor actor, Item changed, ItemChanged.Kind kind) {
    Item stored = work.tx().items().update(changed);
    emit(work, actor, stored, kind);
    return stored;
  }

  /** Publishes an {@link ItemChanged} once the transaction commits. */
  public void emit(Work work, Actor actor, Item item, ItemChanged.Kind kind) {
    work.emit(new ItemChanged(item.community(), item.id(), item.type(), kind, actor.user(), platform.now()));
  }

  /**
   * The context's item as the actor may see it inside a write: without hidden replies unless
   * VIEW_HIDDEN_REPLIES allows them (a platform admin's override audited in the write).
   */
  public Item shown(Work work, Actor actor, AccessContext context) {
    Item item = context.item().orElseThrow();
    boolean hiddenShown = item instanceof Discussion && allowed(actor, Action.VIEW_HIDDEN_REPLIES, context,
        () -> platform.access().require(work, actor, Action.VIEW_HIDDEN_REPLIES, context, what(item.id())));
    return hiddenShown ? item : withoutHiddenReplies(item);
  }

  /**
   * The item as the actor may see it in a listing, or empty if they may not see it. Listings do not
   * audit a platform admin's override row by row; the listing itself was required.
   */
  public Optional<Item> listed(Actor actor, AccessContext context) {
    Item item = context.item().orElseThrow();
    if (!platform.access().decide(actor, Action.VIEW_ITEM, context).isAllowed()) {
      return Optional.empty();
    }
    boolean hiddenShown = item instanceof Discussion
        && platform.access().decide(actor, Action.VIEW_HIDDEN_REPLIES, context).isAllowed();
    return Optional.of(hiddenShown ? item : withoutHiddenReplies(item));
  }

  private boolean allowed(Actor actor, Action action, AccessContext context, Runnable auditOverride) {
    Decision decision = platform.access().decide(actor, action, context);
    if (decision.isPlatformAdminOverride()) {
      auditOverride.run();
    }
    return decision.isAllowed();
  }

  private static Item withoutHiddenReplies(Item item) {
    if (item instanceof Discussion d && d.replies().stream().anyMatch(r -> r.hidden())) {
      return d.withReplies(d.replies().stream().filter(r -> !r.hidden()).toList());
    }
    return item;
  }
}
