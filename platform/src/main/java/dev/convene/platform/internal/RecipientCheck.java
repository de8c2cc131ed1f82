package dev.convene.platform.internal;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.Membership;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.platform.Notification;
import dev.convene.storage.Transaction;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, at the moment a notification is sent, whether its recipient may see what it is about, and
 * if so writes it. The community, the memberships and the item are read fresh in the sender's
 * transaction, never from the policy cache, so an item made members-only, a member removed or a
 * community closed since the event is taken into account.
 *
 * <p>Every recipient must be allowed {@code VIEW_COMMUNITY}, {@code VIEW_ITEM} for an item, the
 * reply itself for news of a reply (still in its discussion, and not hidden unless {@code
 * VIEW_HIDDEN_REPLIES} allows it), and what the kind's {@link NotificationRule} asks (seeing the
 * member list, deciding the request, reviewing the item, answering the invitation). The author of a
 * reported item or reply is never told of its reports. News of a new working group is about the group: its
 * recipients must see the group itself, not only its parent. Recipients are judged as plain
 * signed-in users: Convene does not know who holds platform roles, so platform admins and curators
 * are told only what their memberships and subscriptions give them.
 */
public final class RecipientCheck {
  private static final Logger LOG = LoggerFactory.getLogger(RecipientCheck.class);
  private final Access access;
  private final Function<UserId, Locale> languageOf;

  /**
   * A check that writes each notification in its recipient's language.
   *
   * @param access the policy, and the store read fresh
   * @param languageOf the language of a recipient, as the host knows it; {@code null} or a language
   *     without texts reads English
   */
  public RecipientCheck(Access access, Function<UserId, Locale> languageOf) {
    this.access = access;
    this.languageOf = languageOf;
  }

  /** The notification for {@code recipient}, or empty if they may not see it now. */
  public Optional<Notification> notification(Transaction tx, UserId recipient, NotificationTopic topic) {
    Actor actor = Actor.user(recipient);
    AccessContext context;
    try {
      context = access.context(tx, actor, topic.community());
    } catch (NotFoundException gone) {
      return Optional.empty();
    }
    NotificationRule rule = NotificationRule.of(topic.kind());
    // News for a parent's followers is about one of its working groups, never about the parent itself.
    boolean aboutGroup = !rule.audiences().contains(NotificationRule.Audience.PARENT_FOLLOWERS)
        || context.community().isWorkingGroup();
    if (!aboutGroup || !allowed(actor, Action.VIEW_COMMUNITY, context)) {
      return Optional.empty();
    }
    if (topic.item().isPresent()) {
      Optional<Item> item = tx.items().get(topic.item().get()).filter(i -> i.community().equals(topic.community()));
      if (item.isEmpty()) {
        return Optional.empty();
      }
      context = context.withItem(item.get());
      if (!allowed(actor, Action.VIEW_ITEM, context) || !replySeen(actor, topic, context)) {
        return Optional.empty();
      }
      if (NotificationRule.sparesAuthor(topic.kind()) && wrote(recipient, topic, item.get())) {
        return Optional.empty();
      }
    }
    if (!passes(tx, actor, rule.check(), context, topic)) {
      return Optional.empty();
    }
    Locale language = language(recipient);
    NotificationFacts facts = NotificationFacts.of(tx, topic, context, language);
    return Optional.of(new Notification(topic.idFor(recipient), recipient, topic.community(), topic.kind(),
        facts.actor(), topic.item(), facts.parameters(),
        NotificationText.render(topic.kind(), recipient, facts.parameters(), language), topic.at()));
  }

  /**
   * The recipient's language from the host's function: English when it has none, and when it fails,
   * so that a failing look-up delays nobody's news.
   */
  private Locale language(UserId recipient) {
    try {
      return Objects.requireNonNullElse(languageOf.apply(recipient), Locale.ENGLISH);
    } catch (RuntimeException e) {
      LOG.warn("the language of user {} could not be read; writing in English", recipient, e);
      return Locale.ENGLISH;
    }
  }

  private boolean passes(Transaction tx, Actor actor, Action check, AccessContext context, NotificationTopic topic) {
    return switch (check) {
      case VIEW_COMMUNITY, VIEW_ITEM -> true;
      case DECIDE_REQUEST -> {
        Optional<Membership> request = topic.member().flatMap(m -> tx.memberships().get(topic.community(), m));
        yield request.isPresent() && allowed(actor, check, context.withTarget(request));
      }
      default -> allowed(actor, check, context);
    };
  }

  /**
   * Whether the reply the topic is about, if any, is still in the context's discussion and the actor
   * may see it: a reply deleted since is seen by no one, a hidden one only by those allowed hidden
   * replies. A topic about a reply of anything but a discussion is seen by no one.
   */
  private boolean replySeen(Actor actor, NotificationTopic topic, AccessContext context) {
    if (topic.reply().isEmpty()) {
      return true;
    }
    return context.item().filter(Discussion.class::isInstance).map(Discussion.class::cast).stream()
        .flatMap(d -> d.replies().stream()).filter(r -> r.id().equals(topic.reply().get())).findFirst()
        .map(r -> !r.hidden() || allowed(actor, Action.VIEW_HIDDEN_REPLIES, context)).orElse(false);
  }

  /** Whether {@code user} wrote the item, or the reply the topic names. */
  private static boolean wrote(UserId user, NotificationTopic topic, Item item) {
    if (topic.reply().isEmpty()) {
      return item.author().equals(user);
    }
    return item instanceof Discussion d && d.replies().stream()
        .anyMatch(r -> r.id().equals(topic.reply().get()) && r.author().equals(user));
  }

  private boolean allowed(Actor actor, Action action, AccessContext context) {
    return access.decide(actor, action, context).isAllowed();
  }
}
