package dev.convene.archive;

import dev.convene.archive.internal.person.Erasure;
import dev.convene.archive.internal.person.PersonExport;
import dev.convene.core.AccessDeniedException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.UserId;
import dev.convene.platform.Convene;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

/**
 * A person's own data across every community: exported as JSON, and erased or anonymised (GDPR).
 * See docs/personal-data.md for what an export holds and what an erasure does.
 *
 * <pre>{@code
 * PersonalData data = PersonalData.of(convene);
 * data.export(Actor.user("ada"), UserId.of("ada"), out);
 * ErasureResult done = data.erase(Actor.user("root", PlatformRole.PLATFORM_ADMIN), UserId.of("ada"),
 *     ErasureOptions.anonymise().withSuccessor(UserId.of("bob")));
 * }</pre>
 */
public final class PersonalData {
  /** What an export's {@code "format"} says. */
  public static final String FORMAT = "convene-personal-data";
  /** The version of the export format this library writes. */
  public static final int VERSION = 1;

  private final Convene convene;

  private PersonalData(Convene convene) {
    this.convene = convene;
  }

  /**
   * The personal data of {@code convene}'s store.
   *
   * @param convene the platform
   * @return the personal data service
   * @throws dev.convene.core.ValidationException if {@code convene} is missing
   */
  public static PersonalData of(Convene convene) {
    return new PersonalData(Checks.required(convene, "convene"));
  }

  /**
   * Writes everything {@code user} wrote or is recorded in, as one JSON document in UTF-8, streamed
   * to {@code out}, which is flushed and left open. The person asking for their own data sees their
   * own ids and what they may still see, and no other person's id; a platform admin sees it all,
   * and the export is audited in every community it names.
   *
   * @param actor the user themselves or a platform admin
   * @param user the user whose data to export
   * @param out where to write the JSON; it is left open
   * @throws dev.convene.core.ValidationException if an argument is missing
   * @throws AccessDeniedException unless the actor is {@code user} or a platform admin
   * @throws dev.convene.core.ConveneException if writing to {@code out} fails
   */
  public void export(Actor actor, UserId user, OutputStream out) {
    Checks.required(actor, "actor");
    Checks.required(user, "user");
    Checks.required(out, "out");
    if (!actor.is(user) && !actor.isPlatformAdmin()) {
      throw new AccessDeniedException("self-or-platform-admin-only", Map.of(),
          "only the person themselves or a platform admin may export a person's data");
    }
    new PersonExport(convene, actor, user).write(out);
  }

  /**
   * Erases {@code user} from every community in one transaction, all or nothing: their memberships,
   * subscriptions and pending notifications go, their content stays under the pseudonym or goes as
   * {@code options} say, the audit history keeps the pseudonym in their place, and each community
   * concerned records the erasure. The search index follows the store's change log.
   *
   * @param actor a platform admin
   * @param user the user to erase
   * @param options what becomes of their content and roles
   * @return what was erased
   * @throws dev.convene.core.ValidationException if an argument is missing, or the pseudonym or the
   *     successor is the user
   * @throws AccessDeniedException unless the actor is a platform admin
   * @throws dev.convene.core.ConflictException naming the communities where the user is the last
   *     active admin and the options name no one to take over, or where the pseudonym holds a
   *     membership; nothing is changed
   */
  public ErasureResult erase(Actor actor, UserId user, ErasureOptions options) {
    Checks.required(actor, "actor");
    Checks.required(user, "user");
    Checks.required(options, "options");
    if (!actor.isPlatformAdmin()) {
      throw new AccessDeniedException(AccessDeniedException.PLATFORM_ADMIN_ONLY, Map.of(),
          "only a platform admin may erase a person");
    }
    Checks.check(!options.pseudonym().equals(user), "pseudonym", "other-user", "must not be the user %s", user);
    Checks.check(!options.successor().equals(Optional.of(user)), "successor", "other-user",
        "must not be the user %s", user);
    return new Erasure(convene, actor, user, options).run();
  }
}
