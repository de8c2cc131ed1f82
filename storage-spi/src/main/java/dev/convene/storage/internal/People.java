package dev.convene.storage.internal;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.Poll;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditEntry;
import java.util.Optional;

/** Where a person is named in what a store holds: the one reading every store shares. */
public final class People {
  private People() {}

  /**
   * Whether {@code user} wrote {@code item} or, for a discussion, one of its replies, or is mentioned
   * in its opening post or one of its replies, or, for a poll, added one of its ideas.
   */
  public static boolean involves(Item item, UserId user) {
    return item.author().equals(user) || item instanceof Discussion d && (d.mentions().contains(user)
        || d.replies().stream().anyMatch(r -> r.author().equals(user) || r.mentions().contains(user)))
        || item instanceof Poll p && p.options().stream().anyMatch(o -> o.author().filter(user::equals).isPresent());
  }

  /** Whether the entry's actor is {@code user} or its subject exactly the user's id. */
  public static boolean isAbout(AuditEntry entry, UserId user) {
    return entry.actor().filter(user::equals).isPresent() || entry.subject().equals(user.value());
  }

  /** The entry with {@code pseudonym} in place of {@code user} as actor and as subject. */
  public static AuditEntry anonymised(AuditEntry entry, UserId user, UserId pseudonym) {
    return new AuditEntry(entry.id(), entry.at(), entry.actor().map(a -> a.equals(user) ? pseudonym : a),
        entry.community(), entry.action(), entry.subject().equals(user.value()) ? pseudonym.value() : entry.subject(),
        entry.before(), entry.after(), entry.reason());
  }

  /**
   * Checks the arguments of an anonymisation.
   *
   * @throws dev.convene.core.ValidationException if one is missing or both are the same user
   */
  public static void checkPseudonym(UserId user, UserId pseudonym) {
    Checks.required(user, "user");
    Checks.required(pseudonym, "pseudonym");
    Checks.check(!user.equals(pseudonym), "pseudonym", "other-user", "must not be the user %s", user);
  }

  /** Whether {@code value} holds {@code user}. */
  public static boolean names(Optional<UserId> value, UserId user) {
    return value.filter(user::equals).isPresent();
  }
}
