package dev.convene.platform.internal;

import dev.convene.core.event.ItemChanged;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.policy.Action;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Set;

/** Replies to discussions, hides replies and locks discussions; one transaction each. */
public final class ItemDiscussions {
  private final Platform platform;
  private final ItemAccess items;

  public ItemDiscussions(Platform platform, ItemAccess items) {
    this.platform = platform;
    this.items = items;
  }

  /** Adds a reply by the actor, last, mentioning {@code mentions}. */
  public Reply reply(Actor actor, ItemId id, String body, Set<UserId> mentions) {
    return items.change(actor, id, Discussion.class, Action.REPLY, (work, found) -> {
      Instant now = platform.now();
      Reply reply = new Reply(ReplyId.of(platform.ids().get()), actor.user().orElseThrow(), body, now, false,
          mentions);
      Discussion discussion = (Discussion) found.item();
      // a reply is news in the discussion: it is updated now
      work.tx().items().update(discussion.withReply(reply).withReviewState(discussion.reviewState(), now));
      // the event names the reply, so that its news goes only to those who may still see the reply
      work.emit(ItemChanged.replied(discussion.community(), id, reply.id(), actor.user(), now));
      return reply;
    });
  }

  /** Hides a reply or shows it again; asking for the state it is in changes nothing. */
  public Discussion hideReply(Actor actor, ItemId id, ReplyId reply, boolean hidden) {
    return items.change(actor, id, Discussion.class, Action.HIDE_REPLY, (work, found) -> {
      Discussion before = (Discussion) found.item();
      Discussion after = before.withReplyHidden(reply, hidden);
      if (after.equals(before)) {
        return (Discussion) items.shown(work, actor, found.context());
      }
      work.audit(AuditEntry.of(platform.now(), actor.user(), before.community(), AuditAction.REPLY_HIDDEN,
          "reply " + reply + " of " + ItemAccess.what(id)).withChange(shown(!hidden), shown(hidden)));
      return (Discussion) items.update(work, actor, found, after,
          hidden ? ItemChanged.Kind.REPLY_HIDDEN : ItemChanged.Kind.REPLY_SHOWN);
    });
  }

  /** Locks the discussion or opens it again; asking for the state it is in changes nothing. */
  public Discussion lock(Actor actor, ItemId id, boolean locked) {
    return items.change(actor, id, Discussion.class, Action.LOCK_DISCUSSION, (work, found) -> {
      Discussion before = (Discussion) found.item();
      if (before.locked() == locked) {
        return (Discussion) items.shown(work, actor, found.context());
      }
      work.audit(AuditEntry.of(platform.now(), actor.user(), before.community(), AuditAction.DISCUSSION_LOCKED,
          ItemAccess.what(id)).withChange(lockState(!locked), lockState(locked)));
      return (Discussion) items.update(work, actor, found, before.withLocked(locked),
          locked ? ItemChanged.Kind.LOCKED : ItemChanged.Kind.UNLOCKED);
    });
  }

  private static String shown(boolean hidden) {
    return hidden ? "hidden" : "shown";
  }

  private static String lockState(boolean locked) {
    return locked ? "locked" : "open";
  }
}
