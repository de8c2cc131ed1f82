package dev.convene.platform.internal;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.storage.AuditEntry;
import java.util.Optional;
import java.util.Set;

/**
 * Which lines of a community's audit log an actor who may read the log is shown. Reading the log
 * gives no sight of the community's items: a line about an item (its review, archiving, deletion, a
 * reply hidden, a lock, a platform admin opening it) is shown only to those who may see the item
 * now. A line about an item that no longer exists is shown only if the line itself says the item
 * was published or archived, which everyone who reads the log may see; any other is left out, since
 * it may be about a draft or an item only its author and curators saw. Lines about the community and
 * its memberships are shown as they are, and platform admins, who may see everything, read every line.
 */
public final class AuditView {
  private static final String ITEM = "item ";
  private static final String OF_ITEM = " of item ";
  private static final Set<String> SEEN_BY_READERS = Set.of(ReviewState.PUBLISHED.name(), ReviewState.ARCHIVED.name());

  private final Platform platform;

  public AuditView(Platform platform) {
    this.platform = platform;
  }

  /** The entry, if the actor, allowed to read the log of {@code context}'s community, may see what it names. */
  public Optional<AuditEntry> shown(Actor actor, AccessContext context, AuditEntry entry) {
    Optional<String> named = itemId(entry.subject());
    if (named.isEmpty() || actor.isPlatformAdmin()) {
      return Optional.of(entry);
    }
    Optional<Item> item;
    try {
      ItemId id = ItemId.of(named.get());
      item = platform.storage().read(tx -> tx.items().get(id));
    } catch (ValidationException e) {
      return Optional.empty(); // not an id Convene wrote: say nothing rather than guess
    }
    if (item.isEmpty()) {
      boolean seenByReaders = entry.before().filter(SEEN_BY_READERS::contains).isPresent()
          || entry.after().filter(SEEN_BY_READERS::contains).isPresent();
      return seenByReaders ? Optional.of(entry) : Optional.empty();
    }
    boolean visible = item.get().community().equals(context.community().id())
        && platform.access().decide(actor, Action.VIEW_ITEM, context.withItem(item.get())).isAllowed();
    return visible ? Optional.of(entry) : Optional.empty();
  }

  /** The id of the item a subject names, as {@link ItemAccess#what} and the reply lines write it. */
  static Optional<String> itemId(String subject) {
    if (subject.startsWith(ITEM)) {
      return Optional.of(subject.substring(ITEM.length()));
    }
    int of = subject.indexOf(OF_ITEM);
    return of < 0 ? Optional.empty() : Optional.of(subject.substring(of + OF_ITEM.length()));
  }
}
