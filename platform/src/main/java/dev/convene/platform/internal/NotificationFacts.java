package dev.convene.platform.internal;

import dev.convene.core.model.Community;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Reply;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.storage.Transaction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a notification tells its recipient, as data: who did it and the named values its texts use. It
 * is read from an access context whose community and item the recipient has just been allowed to see
 * (and, as the kind's rule requires, the member list, the request or the reply), so a name, a title or
 * a person appears only to those who may see it; nothing else of the community (or the parent of a
 * working group, which whoever sees the group sees) or the item is used.
 *
 * <p>The actor is told only where it adds nothing the recipient does not already see: when the person
 * whose membership changed did it themselves, when the item's author did it, when the reply's author
 * wrote it. An admin, a moderator, a reviewer or a curator acting on someone else's membership or item
 * is not named, nor whoever freed a place on an event, and the reporter of a report never is.
 *
 * @param actor who did it, where the recipient may know it
 * @param parameters the named values, in a fixed order
 */
record NotificationFacts(Optional<UserId> actor, Map<String, String> parameters) {
  /** The community's name, in the recipient's language when it has one. */
  static final String COMMUNITY = "community";
  /** The name of a working group's parent, for {@code community.working_group_created}. */
  static final String PARENT = "parent";
  /** The id of the user whose membership changed. */
  static final String MEMBER = "member";
  /** The member's role now, for {@code membership.role_changed}, while they are a member. */
  static final String ROLE = "role";
  /** The community's privacy as the recipient sees it, for {@code community.privacy_changed}. */
  static final String PRIVACY = "privacy";
  /** The item's title. */
  static final String TITLE = "title";
  /** The item's type: an {@code ItemType} constant. */
  static final String TYPE = "type";
  /** The id of the item's author. */
  static final String AUTHOR = "author";
  /** The id of the author of the reply, for {@code item.replied}. */
  static final String REPLY_AUTHOR = "replyAuthor";

  NotificationFacts {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /**
   * The facts of {@code topic} for a recipient who has just been allowed to see {@code seen}, with the
   * community's name in {@code language}.
   */
  static NotificationFacts of(Transaction tx, NotificationTopic topic, AccessContext seen, Locale language) {
    Map<String, String> parameters = new LinkedHashMap<>();
    Community community = seen.community();
    parameters.put(COMMUNITY, name(community, language));
    String kind = topic.kind();
    if (kind.equals("community.working_group_created")) {
      seen.parent().ifPresent(parent -> parameters.put(PARENT, name(parent, language)));
    }
    if (kind.equals("community.privacy_changed")) {
      parameters.put(PRIVACY, AccessPolicy.effectivePrivacy(seen).name());
    }
    topic.member().ifPresent(member -> parameters.put(MEMBER, member.value()));
    if (kind.equals("membership.role_changed")) {
      topic.member().flatMap(member -> tx.memberships().get(topic.community(), member))
          .filter(m -> m.state() == MembershipState.ACTIVE).map(Membership::role)
          .ifPresent(role -> parameters.put(ROLE, role.name()));
    }
    Optional<Item> item = seen.item().filter(i -> topic.item().isPresent());
    Optional<UserId> replyAuthor = item.flatMap(i -> replyAuthor(topic, i));
    item.ifPresent(i -> {
      parameters.put(TITLE, i.title());
      parameters.put(TYPE, i.type().name());
      parameters.put(AUTHOR, i.author().value());
    });
    if (kind.equals("item.replied")) {
      replyAuthor.ifPresent(author -> parameters.put(REPLY_AUTHOR, author.value()));
    }
    return new NotificationFacts(actor(topic, item, replyAuthor), parameters);
  }

  /**
   * Whether a notification of {@code kind} may ever name its actor: never for news of a community (an
   * admin's act), of a report (its reporter) or of a place offered (whoever declined).
   */
  static boolean mayNameActor(String kind) {
    return (kind.startsWith("membership.") || kind.startsWith("item.")) && !NotificationRule.sparesAuthor(kind)
        && !kind.equals(NotificationTopic.PLACE_OFFERED);
  }

  private static Optional<UserId> actor(NotificationTopic topic, Optional<Item> item, Optional<UserId> replyAuthor) {
    String kind = topic.kind();
    if (!mayNameActor(kind)) {
      return Optional.empty();
    }
    Optional<UserId> subject;
    if (kind.startsWith("membership.")) {
      subject = topic.member();
    } else if (topic.reply().isPresent()) {
      subject = replyAuthor;
    } else {
      subject = item.map(Item::author);
    }
    return topic.actor().filter(actor -> subject.filter(actor::equals).isPresent());
  }

  private static String name(Community community, Locale language) {
    return community.name().resolve(language, community.defaultLanguage()).orElse(community.slug());
  }

  /** Who wrote the topic's reply, or empty when the topic names no reply of the item. */
  private static Optional<UserId> replyAuthor(NotificationTopic topic, Item item) {
    if (!(item instanceof Discussion discussion) || topic.reply().isEmpty()) {
      return Optional.empty();
    }
    return discussion.replies().stream().filter(r -> r.id().equals(topic.reply().get())).findFirst()
        .map(Reply::author);
  }
}
