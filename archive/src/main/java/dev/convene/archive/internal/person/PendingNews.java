package dev.convene.archive.internal.person;

import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import dev.convene.storage.Delivery;
import dev.convene.storage.PendingNotification;
import dev.convene.storage.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pending digest notifications an erasure removes: the person's own, and those waiting for
 * others that name the person, being about a reply of theirs or holding their id as a word of the
 * summary ("ada joined Water", "New reply by ada in ..."). A line someone else would have read is a
 * small loss; the person's id in a digest sent after their erasure would not be.
 */
final class PendingNews {
  /** Later than anything pending: years 1 to 9999 are the model's, and stores keep milliseconds. */
  private static final Instant ANY_TIME = Instant.parse("9999-12-31T00:00:00Z");

  private PendingNews() {}

  /** Removes them; returns how many. */
  static int removeDigests(Transaction tx, UserId user, Set<ReplyId> replies) {
    int removed = tx.digests().removeFor(user);
    Pattern named = Pattern.compile("(^|\\s)" + Pattern.quote(user.value()) + "($|[\\s'’.,:;!?])");
    List<Long> naming = new ArrayList<>();
    for (Delivery delivery : Delivery.values()) {
      for (PendingNotification n : tx.digests().due(delivery, ANY_TIME)) {
        if (n.reply().filter(replies::contains).isPresent() || named.matcher(n.summary()).find()) {
          naming.add(n.id());
        }
      }
    }
    return removed + tx.digests().remove(naming);
  }
}
