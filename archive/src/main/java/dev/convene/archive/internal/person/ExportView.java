package dev.convene.archive.internal.person;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.platform.Convene;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Transaction;
import java.util.Optional;

/**
 * What the one who asks for a person's export may see of it. A platform admin sees everything. The
 * person sees their own id and their own content wherever it is, and otherwise only what the policy
 * lets them see now: another person's id becomes {@value #ANOTHER_PERSON}, the subject of an audit
 * entry is shown only when it is the person, the entry's community or an item they may see, and a
 * reason only when they gave it.
 */
final class ExportView {
  /** Who stands for any other person in the person's own export. */
  static final String ANOTHER_PERSON = "another person";
  /** Who stands for the platform itself (an expiry, a clean-up). */
  static final String SYSTEM = "system";
  /** What stands for a subject, state or reason the person may not see. */
  static final String WITHHELD = "withheld";
  private static final String ITEM = "item ";
  private static final String OF_ITEM = " of item ";

  private final Convene convene;
  private final Actor actor;
  private final UserId user;
  private final boolean full;

  ExportView(Convene convene, Actor actor, UserId user) {
    this.convene = convene;
    this.actor = actor;
    this.user = user;
    this.full = actor.isPlatformAdmin();
  }

  /** Whether the one asking sees everything: a platform admin. */
  boolean full() {
    return full;
  }

  /** How a person (or the platform, when absent) is named. */
  String person(Optional<UserId> who) {
    return who.map(id -> full || id.equals(user) ? id.value() : ANOTHER_PERSON).orElse(SYSTEM);
  }

  /** Whether the community may be named with its slug and name. */
  boolean maySee(CommunityId community) {
    return full || convene.decide(actor, Action.VIEW_COMMUNITY, community).isAllowed();
  }

  /** Whether the item may be described: the person's own always. Call outside any transaction. */
  boolean maySee(Item item) {
    return full || item.author().equals(user) || convene.storage().read(tx -> mayView(tx, item));
  }

  /** Whether the entry's subject, states before and after, may be shown. Call outside any transaction. */
  boolean showsSubject(AuditEntry entry) {
    String subject = entry.subject();
    boolean aboutCommunity = entry.community().map(CommunityId::value).equals(Optional.of(subject));
    if (full || subject.equals(user.value()) || aboutCommunity) {
      return true;
    }
    return itemNamed(subject).flatMap(id -> convene.storage().read(tx -> tx.items().get(id))).map(this::maySee)
        .orElse(false);
  }

  /** Whether the entry's reason may be shown: to an admin, or to the person who gave it. */
  boolean showsReason(AuditEntry entry) {
    return full || entry.actor().filter(user::equals).isPresent();
  }

  private boolean mayView(Transaction tx, Item item) {
    Optional<Community> community = tx.communities().get(item.community());
    if (community.isEmpty()) {
      return false;
    }
    Optional<Community> parent = community.get().parent().flatMap(tx.communities()::get);
    if (community.get().parent().isPresent() && parent.isEmpty()) {
      return false;
    }
    AccessContext context = parent.map(p -> AccessContext.of(community.get(), p, convene.clock().instant())
        .withParentMembership(tx.memberships().get(p.id(), user)))
        .orElseGet(() -> AccessContext.of(community.get(), convene.clock().instant()))
        .withMembership(tx.memberships().get(item.community(), user));
    return convene.policy().decide(actor, Action.VIEW_ITEM, context.withItem(item)).isAllowed();
  }

  /** The item an audit subject names as Convene writes them: "item <id>" or "reply <id> of item <id>". */
  private static Optional<ItemId> itemNamed(String subject) {
    int of = subject.lastIndexOf(OF_ITEM);
    String id = of >= 0 ? subject.substring(of + OF_ITEM.length())
        : subject.startsWith(ITEM) ? subject.substring(ITEM.length()) : null;
    try {
      return Optional.ofNullable(id).map(ItemId::of);
    } catch (ValidationException e) {
      return Optional.empty();
    }
  }
}
