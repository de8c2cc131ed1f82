package dev.convene.platform.internal;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Which lines of a community's audit log an actor who may read the log is shown. Reading the log
 * gives no sight of the community's items: a line about an item (its review, archiving, deletion, a
 * reply hidden, a lock, a platform admin opening it) is shown only to those who may see the item
 * now. A line about an item that no longer exists is shown only if the line itself says the item
 * was published or archived, which everyone who reads the log may see; any other is left out, since
 * it may be about a draft or an item only its author and curators saw. A line about reports of an
 * item or reply is never shown to whoever wrote it, and a filing names no actor. Lines about the community and
 * its memberships are shown as they are, and platform admins, who may see everything, read every line.
 */
public final class AuditView {
  private static final String ITEM = "item ";
  private static final String OF_ITEM = " of item ";
  private static final String REPLY = "reply ";
  private static final Set<String> SEEN_BY_READERS = Set.of(ReviewState.PUBLISHED.name(), ReviewState.ARCHIVED.name());

  private final Platform platform;

  public AuditView(Platform platform) {
    this.platform = platform;
  }

  /** The entry, if the actor, allowed to read the log of {@code context}'s community, may see what it names. */
  public Optional<AuditEntry> shown(Actor actor, AccessContext context, AuditEntry entry) {
    if (!isAboutAnItem(entry) || actor.isPlatformAdmin()) {
      return Optional.of(entry);
    }
    Optional<ItemId> id = itemId(entry).flatMap(AuditView::parse);
    if (id.isEmpty()) {
      return Optional.empty(); // a line about an item that does not name one as Convene writes it: say nothing
    }
    Optional<Item> item = platform.storage().read(tx -> tx.items().get(id.get()));
    if (item.isEmpty()) {
      boolean seenByReaders = entry.before().filter(SEEN_BY_READERS::contains).isPresent()
          || entry.after().filter(SEEN_BY_READERS::contains).isPresent();
      return seenByReaders ? Optional.of(entry) : Optional.empty();
    }
    boolean visible = item.get().community().equals(context.community().id())
        && platform.access().decide(actor, Action.VIEW_ITEM, context.withItem(item.get())).isAllowed();
    if (visible && isAboutAReport(entry) && wrote(actor, item.get(), entry)) {
      return Optional.empty(); // nobody learns of the reports of their own content
    }
    return visible ? Optional.of(entry) : Optional.empty();
  }

  /** Whether the line records a report or a decision on reports. */
  static boolean isAboutAReport(AuditEntry entry) {
    return switch (entry.action()) {
      case REPORT_FILED, REPORT_DISMISSED, REPORT_HIDDEN, REPORT_REMOVED, REPORT_AUTHOR_BLOCKED -> true;
      default -> false;
    };
  }

  /**
   * Whether the actor wrote what a report line is about: the item, or the reply it names (a reply
   * since removed counts as the actor's if the line cannot tell, so as to say nothing).
   */
  private static boolean wrote(Actor actor, Item item, AuditEntry entry) {
    String subject = entry.subject();
    if (!subject.startsWith(REPLY)) {
      return actor.is(item.author());
    }
    int of = subject.lastIndexOf(OF_ITEM);
    String reply = subject.substring(REPLY.length(), Math.max(REPLY.length(), of));
    return !(item instanceof Discussion d) || d.replies().stream().filter(r -> r.id().value().equals(reply))
        .findFirst().map(r -> actor.is(r.author())).orElse(true);
  }

  /** Whether the line is about an item, by what it records: never guessed from the subject alone. */
  static boolean isAboutAnItem(AuditEntry entry) {
    return switch (entry.action()) {
      case ITEM_REVIEWED, ITEM_ARCHIVED, ITEM_DELETED, REPLY_HIDDEN, DISCUSSION_LOCKED, ITEM_CATEGORISED,
          REPORT_FILED, REPORT_DISMISSED, REPORT_HIDDEN, REPORT_REMOVED, REPORT_AUTHOR_BLOCKED -> true;
      case PLATFORM_ADMIN_ACCESS -> entry.reason().flatMap(AuditView::action)
          .map(a -> a.scope() == Action.Scope.ITEM).orElse(false);
      default -> false;
    };
  }

  /** The item a line about an item names: "item <id>", or "reply <id> of item <id>". */
  static Optional<String> itemId(AuditEntry entry) {
    String subject = entry.subject();
    if (entry.action() == AuditAction.REPLY_HIDDEN || isAboutAReport(entry) && subject.startsWith(REPLY)) {
      int of = subject.lastIndexOf(OF_ITEM);
      return of < 0 ? Optional.empty() : Optional.of(subject.substring(of + OF_ITEM.length()));
    }
    return subject.startsWith(ITEM) ? Optional.of(subject.substring(ITEM.length())) : Optional.empty();
  }

  private static Optional<ItemId> parse(String id) {
    try {
      return Optional.of(ItemId.of(id));
    } catch (ValidationException e) {
      return Optional.empty();
    }
  }

  private static Optional<Action> action(String name) {
    return Arrays.stream(Action.values()).filter(a -> a.name().equals(name)).findFirst();
  }
}
