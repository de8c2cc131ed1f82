package dev.convene.platform;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import dev.convene.platform.internal.NotificationText;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A message for one person about something that happened in a community they may see: what happened
 * as data, for a portal that writes its own text, and a default text in the recipient's language.
 *
 * <p>The parameters are the named values the texts use, each present only where the kind has it and
 * only what the recipient has just been allowed to see:
 *
 * <ul>
 *   <li>{@code community}: the community's name, in the recipient's language when it has one (for
 *       {@code community.working_group_created}, the new group's);
 *   <li>{@code parent}: the name of the working group's parent, for {@code
 *       community.working_group_created};
 *   <li>{@code member}: the id of the user whose membership changed, for membership kinds;
 *   <li>{@code role}: that member's role now, a {@link dev.convene.core.model.Role} constant, for
 *       {@code membership.role_changed} while they are a member;
 *   <li>{@code privacy}: the community's privacy as the recipient sees it, a {@link
 *       dev.convene.core.model.Privacy} constant, for {@code community.privacy_changed};
 *   <li>{@code title}, {@code type} (an {@link dev.convene.core.model.ItemType} constant) and {@code
 *       author} (the id of the item's author): for item kinds;
 *   <li>{@code replyAuthor}: the id of the reply's author, for {@code item.replied}.
 * </ul>
 *
 * <p>A portal shows a coded value in its reader's language with {@link
 * dev.convene.core.model.Labels#of}.
 *
 * @param id the same each time this notification is delivered, so that a sink can drop a repeat; see
 *     {@link NotificationId}
 * @param recipient who it is for
 * @param community where it happened
 * @param kind a stable code such as {@code "item.published"} or {@code "membership.requested"}; {@link
 *     NotificationService} lists them
 * @param actor who did it, only where the recipient already sees who: the member who joined, asked or
 *     left, the author who published or edited their item, the author of the reply; empty when an
 *     admin, a moderator or a reviewer acted on someone else's membership or item, for news of the
 *     community itself, and always for news of a report, whose reporter is never named
 * @param item the item it is about, if any
 * @param parameters the named values of the texts, listed above; unmodifiable, in a fixed order
 * @param summary the default text, one line, in the recipient's language ({@link
 *     Convene.Builder#languageOf}); {@link #summary(Locale)} writes it in another
 * @param at when it happened
 */
public record Notification(NotificationId id, UserId recipient, CommunityId community, String kind,
    Optional<UserId> actor, Optional<ItemId> item, Map<String, String> parameters, String summary, Instant at) {

  /**
   * Validates the notification and copies its parameters.
   *
   * @throws dev.convene.core.ValidationException if a value is missing or blank, or the kind or the
   *     summary too long
   */
  public Notification {
    Checks.required(id, "id");
    Checks.required(recipient, "recipient");
    Checks.required(community, "community");
    Checks.text(kind, "kind", 100);
    Checks.required(actor, "actor");
    Checks.required(item, "item");
    Checks.required(parameters, "parameters");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    Checks.text(summary, "summary", 2_000);
    Checks.required(at, "at");
  }

  /**
   * The default text of this notification in {@code language}, for an inbox shown in its reader's
   * chosen language: English, French or Spanish, and English for any other language. It is written
   * from this notification's parameters alone, so it names nothing the summary does not.
   *
   * @param language the language to write in
   * @return one line, such as "New document in Water: Report" or "Nouvelle publication dans Water :
   *     Report (document)"
   */
  public String summary(Locale language) {
    Checks.required(language, "language");
    return NotificationText.render(kind, recipient, parameters, language);
  }
}
