package dev.convene.platform.internal;

import dev.convene.core.policy.Action;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who hears of one kind of event, and what the policy must allow each of them, beyond seeing the
 * community (and the item, for an item event), when the notification is sent. Read the table in
 * {@link #of(String)} against the list of kinds in {@code NotificationService}.
 *
 * @param audiences who is told
 * @param check what each recipient must be allowed at the moment of sending
 */
record NotificationRule(Set<Audience> audiences, Action check) {

  /** The people an event may concern. */
  enum Audience {
    /** Followers, by their level: explicit subscribers, and active members who never chose. */
    FOLLOWERS,
    /**
     * Followers of the community's parent, by their level there: news of a working group, told to
     * those who may see the group itself.
     */
    PARENT_FOLLOWERS,
    /**
     * Holders of MODERATE (moderators and admins) whom the rule's check lets act: those who may
     * approve or reject a request, or who see hidden replies; at any level but {@code NONE}.
     */
    DECIDERS,
    /**
     * The community's moderators and admins who never chose a level: by default they keep up with
     * new items, edits and uploads; once they choose, they hear as followers, by their level.
     */
    KEEPERS,
    /** The item's reviewers among the community's members. */
    REVIEWERS,
    /** The item's author. */
    AUTHOR,
    /**
     * The user the news concerns personally: the member whose membership changed, or who moved up
     * from an event's waiting list.
     */
    MEMBER,
    /**
     * The users a discussion's opening post mentions, for its publication, or the reply mentions, for
     * news of a reply; read from the stored item when sent, never from its text.
     */
    MENTIONED
  }

  private static final NotificationRule NOBODY = new NotificationRule(Set.of(), Action.VIEW_COMMUNITY);

  NotificationRule {
    audiences = Set.copyOf(audiences);
  }

  /** Whether the kind is a report, which the author of the reported item or reply is never told of. */
  static boolean sparesAuthor(String kind) {
    return kind.equals("item.reported") || kind.equals("item.reply_reported");
  }

  /** The rule of a kind code; unknown and unannounced kinds reach nobody. */
  static NotificationRule of(String kind) {
    return switch (kind) {
      case "membership.requested" -> rule(Action.DECIDE_REQUEST, Audience.DECIDERS);
      // An invitation the invitee can still answer (and, in a hidden group, may still know of).
      case "membership.invited" -> rule(Action.DECLINE_INVITATION, Audience.MEMBER);
      case "membership.approved", "membership.role_changed" ->
          rule(Action.VIEW_MEMBERS, Audience.FOLLOWERS, Audience.MEMBER);
      case "membership.joined", "membership.accepted", "membership.left" ->
          rule(Action.VIEW_MEMBERS, Audience.FOLLOWERS);
      case "membership.rejected" -> rule(Action.VIEW_COMMUNITY, Audience.MEMBER);
      // A draft is seen by its author alone, and a deleted item by nobody.
      case "item.created", "item.deleted" -> NOBODY;
      case "item.submitted" -> rule(Action.REVIEW_ITEM, Audience.REVIEWERS);
      case "item.published" -> rule(Action.VIEW_ITEM, Audience.FOLLOWERS, Audience.AUTHOR, Audience.KEEPERS,
          Audience.MENTIONED);
      case "item.replied" -> rule(Action.VIEW_ITEM, Audience.FOLLOWERS, Audience.MENTIONED);
      case "item.edited", "item.attachment_added" -> rule(Action.VIEW_ITEM, Audience.FOLLOWERS, Audience.KEEPERS);
      // Moderation acts are told to the other moderators, never announced to readers as edits.
      case "item.reply_hidden", "item.reply_shown" -> rule(Action.VIEW_HIDDEN_REPLIES, Audience.DECIDERS);
      case "item.rejected" -> rule(Action.VIEW_ITEM, Audience.AUTHOR);
      // A place freed on an event: told to who took it, if they may still see the event.
      case NotificationTopic.PLACE_OFFERED -> rule(Action.VIEW_ITEM, Audience.MEMBER);
      // Those who moderate (the MODERATE row, asked as for inviting) and see what was reported; never
      // its author, who does not handle reports of their own content (RecipientCheck).
      case "item.reported", "item.reply_reported" -> rule(Action.INVITE, Audience.DECIDERS);
      case "community.working_group_created" -> rule(Action.VIEW_COMMUNITY, Audience.PARENT_FOLLOWERS);
      default -> kind.startsWith("item.") ? rule(Action.VIEW_ITEM, Audience.FOLLOWERS)
          : kind.startsWith("community.") ? rule(Action.VIEW_COMMUNITY, Audience.FOLLOWERS)
          : NOBODY; // withdrawals, declines, expiries, removals, blocks: nobody is told
    };
  }

  private static NotificationRule rule(Action check, Audience first, Audience... rest) {
    return new NotificationRule(EnumSet.of(first, rest), check);
  }
}
