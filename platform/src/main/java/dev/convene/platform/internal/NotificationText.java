package dev.convene.platform.internal;

import dev.convene.core.model.Community;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.Reply;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.storage.PendingNotification;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one line a recipient reads. It is written from an access context whose community and item the
 * recipient has just been allowed to see, so a name or a title appears only to those who may see
 * it; nothing else of the community (or the parent of a working group, which whoever sees the group
 * sees) or the item is used. News of a reply names who wrote it, never what it says: the recipient has
 * just been allowed to see that very reply, which shows its author, and a reply's text may be long.
 */
final class NotificationText {
  private static final Pattern LINE_BREAKS = Pattern.compile("\\R+");

  private NotificationText() {}

  static String summary(NotificationTopic topic, UserId recipient, AccessContext seen) {
    Community community = seen.community();
    String name = name(community);
    boolean self = topic.member().map(recipient::equals).orElse(false);
    String member = topic.member().map(UserId::value).orElse("");
    String text = switch (topic.kind()) {
      case "membership.requested" -> member + " asked to join " + name;
      case "membership.invited" -> "You are invited to join " + name;
      case "membership.approved" -> self ? "Your request to join " + name + " was approved"
          : member + " joined " + name;
      case "membership.rejected" -> "Your request to join " + name + " was declined";
      case "membership.joined", "membership.accepted" -> member + " joined " + name;
      case "membership.left" -> member + " left " + name;
      case "membership.role_changed" -> (self ? "Your role" : member + "'s role") + " in " + name + " changed";
      case "community.privacy_changed" -> name + " is now " + word(AccessPolicy.effectivePrivacy(seen));
      case "community.settings_changed" -> name + " changed its settings";
      case "community.archived" -> name + " was archived";
      case "community.restored" -> name + " was restored";
      case "community.created" -> name + " was created";
      case "community.guidelines_published" -> name + " has new guidelines: accept them before you post again";
      case "community.working_group_created" -> "Working group " + name + " was created in "
          + seen.parent().map(NotificationText::name).orElse("its community");
      default -> seen.item().map(item -> about(topic, item, recipient, name)).orElse(name + ": " + topic.kind());
    };
    return fit(text);
  }

  private static String name(Community community) {
    return community.name().resolve(community.defaultLanguage()).orElse(community.slug());
  }

  private static String about(NotificationTopic topic, Item item, UserId recipient, String community) {
    String kind = topic.kind();
    String type = word(item.type());
    String where = " in " + community + ": " + item.title();
    return switch (kind) {
      case "item.submitted" -> a(type) + " awaits your review" + where;
      case "item.published" -> item.author().equals(recipient) ? "Your " + type + " was published" + where
          : "New " + type + where;
      case "item.rejected" -> "Your " + type + " was sent back by a reviewer" + where;
      case "item.replied" -> "New reply" + by(topic, item) + where;
      case "item.attachment_added" -> "A file was added to the " + type + where;
      case NotificationTopic.PLACE_OFFERED -> "A place is yours: you moved up from the waiting list of the " + type
          + where;
      case "item.reply_hidden" -> "A reply was hidden" + where;
      case "item.reply_shown" -> "A hidden reply was shown again" + where;
      case "item.reported" -> a(type) + " was reported" + where;
      case "item.reply_reported" -> "A reply was reported" + where;
      default -> a(type) + " was " + kind.substring(kind.indexOf('.') + 1) + where;
    };
  }

  /** Who wrote the topic's reply, as " by author", or nothing when the topic names no reply of the item. */
  private static String by(NotificationTopic topic, Item item) {
    if (!(item instanceof Discussion discussion) || topic.reply().isEmpty()) {
      return "";
    }
    return discussion.replies().stream().filter(r -> r.id().equals(topic.reply().get())).findFirst()
        .map(Reply::author).map(author -> " by " + author.value()).orElse("");
  }

  private static String a(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "An " : "A ") + noun;
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Names and titles may be long or span lines; a summary is one line of bounded length. */
  private static String fit(String text) {
    String line = LINE_BREAKS.matcher(text).replaceAll(" ");
    int max = PendingNotification.MAX_SUMMARY_LENGTH;
    return line.length() <= max ? line : line.substring(0, max - 1) + "…";
  }
}
