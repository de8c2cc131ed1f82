package dev.convene.archive.internal.person;

import dev.convene.archive.ErasureOptions;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.Poll;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import dev.convene.storage.Transaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What becomes of a person's content in an erasure: the items they wrote and their replies in
 * others' discussions are written by the pseudonym, or deleted; their ideas in others' polls are
 * credited to the pseudonym either way (others voted for them); the person is taken out of every
 * mention set, in either mode: a mention exists to tell someone, and the pseudonym is no one to
 * tell (nor one person). Each write is an item update or
 * delete, so the change log tells the search index to index the item again or drop it. Times and
 * everything else stay as they were.
 */
final class ContentErasure {
  private final Transaction tx;
  private final UserId user;
  private final ErasureOptions options;
  private final Set<ReplyId> replies = new HashSet<>();
  private int itemsKept;
  private int itemsRemoved;
  private int repliesKept;
  private int repliesRemoved;

  ContentErasure(Transaction tx, UserId user, ErasureOptions options) {
    this.tx = tx;
    this.user = user;
    this.options = options;
  }

  /**
   * Changes or deletes every item the person is named in, as a writer or mentioned; returns their
   * communities.
   */
  Set<CommunityId> run() {
    Set<CommunityId> communities = new TreeSet<>();
    boolean remove = options.content() == ErasureOptions.Content.REMOVE;
    for (Item item : involving()) {
      communities.add(item.community());
      if (item.author().equals(user) && remove) {
        tx.items().delete(item.id(), item.version());
        itemsRemoved++;
      } else if (item.author().equals(user)) {
        tx.items().update(replies(item.withHeader(byPseudonym(item.header())), false));
        itemsKept++;
      } else {
        tx.items().update(replies(item, remove));
      }
    }
    return communities;
  }

  /** The ids of the person's replies, wherever they were: pending news of them goes too. */
  Set<ReplyId> replies() {
    return Set.copyOf(replies);
  }

  int itemsKept() {
    return itemsKept;
  }

  int itemsRemoved() {
    return itemsRemoved;
  }

  int repliesKept() {
    return repliesKept;
  }

  int repliesRemoved() {
    return repliesRemoved;
  }

  /**
   * The item with the person's replies written by the pseudonym, or without them, and the person out
   * of its mentions.
   */
  private Item replies(Item item, boolean remove) {
    if (item instanceof Poll p) {
      // ideas stay, credited to the pseudonym, whatever the choice: others voted for them
      return p.withOptions(p.options().stream().map(o -> o.author().filter(user::equals).isPresent()
          ? o.withAuthor(Optional.of(options.pseudonym())) : o).toList());
    }
    if (!(item instanceof Discussion d)) {
      return item;
    }
    List<Reply> kept = new ArrayList<>();
    for (Reply reply : d.replies()) {
      if (!reply.author().equals(user)) {
        kept.add(new Reply(reply.id(), reply.author(), reply.body(), reply.created(), reply.hidden(),
            mentions(reply.mentions())));
        continue;
      }
      replies.add(reply.id());
      if (remove) {
        repliesRemoved++;
      } else {
        kept.add(new Reply(reply.id(), options.pseudonym(), reply.body(), reply.created(), reply.hidden(),
            mentions(reply.mentions())));
        repliesKept++;
      }
    }
    return d.withReplies(kept).withMentions(mentions(d.mentions()));
  }

  /** The mentions without the person. */
  private Set<UserId> mentions(Set<UserId> mentioned) {
    if (!mentioned.contains(user)) {
      return mentioned;
    }
    Set<UserId> rest = new HashSet<>(mentioned);
    rest.remove(user);
    return rest;
  }

  private ItemHeader byPseudonym(ItemHeader h) {
    return new ItemHeader(h.id(), h.community(), options.pseudonym(), h.title(), h.language(), h.visibility(),
        h.reviewState(), h.concepts(), h.created(), h.updated(), h.version());
  }

  /** Every item the person wrote or replied to, read before any is changed. */
  private List<Item> involving() {
    return Pages.all(page -> tx.items().involving(user, page));
  }
}
