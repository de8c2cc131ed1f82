package dev.convene.platform.internal;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Decision;
import dev.convene.storage.Transaction;
import java.util.Optional;

/**
 * Finds a reported item or reply and says who may see it and who handles its reports. Seeing it:
 * the policy lets the actor see the item, and, for a reply, the reply is still in its discussion and
 * not hidden unless the actor may see hidden replies. Handling its reports: the actor moderates the
 * community (the policy's MODERATE row, asked as for inviting someone, which needs no other person)
 * and sees the target, and did not write it: nobody handles, or even sees, the reports of their own
 * content.
 */
public final class ReportTargets {
  private final Platform platform;

  /** Finds targets for the services of {@code platform}. */
  public ReportTargets(Platform platform) {
    this.platform = platform;
  }

  /**
   * A reported item or reply and the access context of its community, holding the item.
   *
   * @param item the item, or the discussion of the reply
   * @param reply the reply, if the target is one
   * @param context the context of the item's community, holding the item
   */
  public record Target(Item item, Optional<Reply> reply, AccessContext context) {
    /** Who wrote the item or the reply. */
    public UserId author() {
      return reply.map(Reply::author).orElse(item.author());
    }

    /** The target's reply id, if it is a reply. */
    public Optional<ReplyId> replyId() {
      return reply.map(Reply::id);
    }
  }

  /** How a target is named in messages: by the ids the caller gave. */
  public static String what(ItemId item, Optional<ReplyId> reply) {
    return reply.map(r -> "reply " + r + " of ").orElse("") + ItemAccess.what(item);
  }

  /** The exception for a target that does not exist or that the actor may not see. */
  public static NotFoundException notFound(ItemId item, Optional<ReplyId> reply) {
    return new NotFoundException(what(item, reply) + " not found");
  }

  /**
   * The target as the actor may see it, read in {@code tx} (fresh, for a write).
   *
   * @throws NotFoundException if it does not exist or the actor may not see it
   */
  public Target seen(Transaction tx, Actor actor, ItemId id, Optional<ReplyId> replyId) {
    Item item = tx.items().get(id).orElseThrow(() -> notFound(id, replyId));
    AccessContext context;
    try {
      context = platform.access().context(tx, actor, item.community()).withItem(item);
    } catch (NotFoundException e) {
      throw notFound(id, replyId);
    }
    return seen(actor, item, replyId, context).orElseThrow(() -> notFound(id, replyId));
  }

  /** The target, if the actor may see it in {@code context} (which holds the item). */
  public Optional<Target> seen(Actor actor, Item item, Optional<ReplyId> replyId, AccessContext context) {
    if (!allowed(actor, Action.VIEW_ITEM, context)) {
      return Optional.empty();
    }
    if (replyId.isEmpty()) {
      return Optional.of(new Target(item, Optional.empty(), context));
    }
    if (!(item instanceof Discussion discussion)) {
      return Optional.empty();
    }
    Optional<Reply> reply = discussion.replies().stream().filter(r -> r.id().equals(replyId.get())).findFirst()
        .filter(r -> !r.hidden() || allowed(actor, Action.VIEW_HIDDEN_REPLIES, context));
    return reply.map(r -> new Target(item, Optional.of(r), context));
  }

  /**
   * What the policy answers to the actor moderating the community of {@code context}: allowed for
   * its moderators and admins (and, by override, platform admins), denied otherwise; never allowed
   * in an archived community, which is read-only.
   */
  public Decision moderating(Actor actor, AccessContext context) {
    return platform.access().decide(actor, Action.INVITE, context.withTarget(Optional.empty()));
  }

  /** Whether the actor handles the reports of a target they see: they moderate and did not write it. */
  public boolean handles(Actor actor, Target target) {
    return moderating(actor, target.context()).isAllowed() && !actor.is(target.author());
  }

  private boolean allowed(Actor actor, Action action, AccessContext context) {
    return platform.access().decide(actor, action, context).isAllowed();
  }
}
