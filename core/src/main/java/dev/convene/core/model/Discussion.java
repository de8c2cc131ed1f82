package dev.convene.core.model;

import dev.convene.core.NotFoundException;
import dev.convene.core.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A conversation: an opening post and its replies, in the order they were written.
 *
 * @param header what every item has
 * @param body the opening post
 * @param locked whether replies are closed
 * @param replies the replies, oldest first, with unique ids
 * @param mentions the users the opening post mentions, as its writer named them; stored as they are,
 *     never read again from the body. A mention tells its user of the discussion only if they may see
 *     it when told, and never lets anyone see what they otherwise could not
 */
public record Discussion(ItemHeader header, String body, boolean locked, List<Reply> replies, Set<UserId> mentions)
    implements Item {

  /** Validates the discussion. */
  public Discussion {
    Checks.required(header, "header");
    Checks.required(body, "body");
    replies = List.copyOf(Checks.noNulls(replies, "replies"));
    Set<ReplyId> ids = new HashSet<>();
    for (Reply reply : replies) {
      Checks.check(ids.add(reply.id()), "replies", "unique-id", "reply %s appears twice", reply.id());
    }
    mentions = Mentions.checked(mentions);
  }

  /**
   * A discussion whose opening post mentions nobody.
   *
   * @param header the discussion's header
   * @param body the opening post's text
   * @param locked whether the discussion takes no more replies
   * @param replies the replies, oldest first
   */
  public Discussion(ItemHeader header, String body, boolean locked, List<Reply> replies) {
    this(header, body, locked, replies, Set.of());
  }

  @Override
  public Discussion withHeader(ItemHeader newHeader) {
    return new Discussion(newHeader, body, locked, replies, mentions);
  }

  /**
   * A copy locked or unlocked.
   *
   * @param newLocked {@code true} to lock the discussion
   * @return a copy of this discussion, locked or not
   */
  public Discussion withLocked(boolean newLocked) {
    return new Discussion(header, body, newLocked, replies, mentions);
  }

  /**
   * A copy with other replies, in the order given.
   *
   * @param newReplies the replies
   * @return a copy of this discussion with those replies
   */
  public Discussion withReplies(List<Reply> newReplies) {
    return new Discussion(header, body, locked, newReplies, mentions);
  }

  /**
   * A copy whose opening post mentions {@code newMentions}.
   *
   * @param newMentions the users the opening post mentions
   * @return a copy of this discussion with those mentions
   */
  public Discussion withMentions(Set<UserId> newMentions) {
    return new Discussion(header, body, locked, replies, newMentions);
  }

  /**
   * A copy with {@code reply} added last.
   *
   * @param reply the reply to add
   * @return a copy of this discussion with the reply added
   */
  public Discussion withReply(Reply reply) {
    List<Reply> copy = new ArrayList<>(replies);
    copy.add(reply);
    return new Discussion(header, body, locked, copy, mentions);
  }

  /**
   * A copy with the reply hidden or shown again.
   *
   * @param id the reply's id
   * @param hidden {@code true} to hide it, {@code false} to show it again
   * @return a copy of this discussion with the reply hidden or shown
   * @throws NotFoundException if the discussion has no such reply
   */
  public Discussion withReplyHidden(ReplyId id, boolean hidden) {
    List<Reply> copy = new ArrayList<>(replies);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).id().equals(id)) {
        copy.set(i, copy.get(i).withHidden(hidden));
        return new Discussion(header, body, locked, copy, mentions);
      }
    }
    throw new NotFoundException("no reply " + id + " in discussion " + header.id());
  }
}
