package dev.convene.cli.internal;

import dev.convene.archive.ErasureOptions;
import dev.convene.archive.ErasureResult;
import dev.convene.archive.PersonalData;
import dev.convene.core.model.UserId;
import dev.convene.platform.Convene;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code erase-user}: a person erased from every community, all or nothing. */
@Command(name = "erase-user", mixinStandardHelpOptions = true,
    description = {"Erases a person from every community in one transaction (docs/personal-data.md): their "
        + "memberships, subscriptions and pending notifications go; what they wrote stays under a pseudonym, or "
        + "goes with --remove-content; needs --as and --yes.",
        "Where they are the last active admin, name a --successor, or the erasure is refused and nothing changes."})
public final class EraseUserCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private PlatformOptions options;

  @Parameters(index = "0", paramLabel = "<user-id>", description = "The person's user id.")
  private String user;

  @Option(names = "--remove-content", description = "Delete the items and replies they wrote instead of keeping "
      + "them under the pseudonym.")
  private boolean removeContent;

  @Option(names = "--successor", paramLabel = "<user-id>",
      description = "Who becomes admin where they are the last active admin (an active member there).")
  private @Nullable String successor;

  @Option(names = "--working-groups-to-parent-admins", description = "Hand a working group they are the last "
      + "admin of to its parent's admins.")
  private boolean workingGroupsToParentAdmins;

  @Option(names = "--pseudonym", paramLabel = "<user-id>", description = "The user id put in their place; "
      + "former-member by default. Never give it to a real user.")
  private @Nullable String pseudonym;

  @Option(names = "--yes", description = "Erase: the erasure cannot be undone.")
  private boolean yes;

  @Override
  public Integer call() {
    if (!yes) {
      throw new ParameterException(spec.commandLine(), "An erasure cannot be undone: add --yes to erase " + user);
    }
    UserId person = options.userId(user, "<user-id>");
    ErasureOptions settings = removeContent ? ErasureOptions.remove() : ErasureOptions.anonymise();
    if (successor != null) {
      settings = settings.withSuccessor(options.userId(successor, "--successor"));
    }
    if (pseudonym != null) {
      settings = settings.withPseudonym(options.userId(pseudonym, "--pseudonym"));
    }
    if (workingGroupsToParentAdmins) {
      settings = settings.withWorkingGroupsToParentAdmins();
    }
    try (Database database = options.database(); Convene convene = options.convene(database)) {
      ErasureResult done = PersonalData.of(convene).erase(options.operator(), person, settings);
      PrintWriter out = options.out();
      out.println("Erased " + person.value() + " from " + done.communities().size() + " communities, now "
          + done.pseudonym().value() + ": " + done.memberships() + " memberships, " + done.subscriptions()
          + " subscriptions, " + done.registrations() + " event registrations, " + done.acceptances()
          + " acceptances of guidelines, " + done.votes() + " poll votes, " + done.notifications()
          + " pending notifications and " + done.outbox()
          + " outbox entries deleted; " + done.itemsKept() + " items and " + done.repliesKept()
          + " replies kept, " + done.itemsRemoved() + " items and " + done.repliesRemoved() + " replies removed; "
          + done.invitations() + " invitations and " + done.auditEntries() + " audit entries now name the pseudonym.");
      done.newAdmins().forEach((community, admins) -> out.println("  new admins of " + community.value() + ": "
          + admins.stream().map(UserId::value).sorted().toList()));
    }
    return 0;
  }
}
