package dev.convene.core.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.convene.core.ValidationException;
import dev.convene.core.model.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A view holds only the memberships an operation is about and the count of admins, as a caller
 * backed by a store builds it; every operation must decide on it exactly as on the complete roster.
 */
final class ViewChecks {
  private ViewChecks() {}

  /** The view of {@code users} in {@code full}, and in its parent likewise. */
  static Roster viewOf(Roster full, Collection<UserId> users) {
    Set<UserId> scope = Set.copyOf(users);
    Roster view = Roster.view(full.community(), scope,
        full.memberships().stream().filter(m -> scope.contains(m.user())).toList(), full.adminCount());
    return full.parent().map(p -> view.withParent(viewOf(p, scope))).orElse(view);
  }

  /**
   * Runs {@code operation} on the complete roster and on the view of {@code users}, and asserts the
   * same outcome: the same refusal, or the same changes, each with the same membership before and
   * after and leaving the same count of admins.
   */
  static void sameOutcome(Roster full, Collection<UserId> users, Function<Roster, List<Change>> operation,
      String at) {
    Roster view = viewOf(full, users);
    Object expected = outcome(full, operation);
    Object actual = outcome(view, operation);
    if (expected instanceof Done(List<Change> changes) && actual instanceof Done(List<Change> viewChanges)) {
      assertEquals(changes.size(), viewChanges.size(), at + "changes on the view: " + viewChanges);
      for (int i = 0; i < changes.size(); i++) {
        Change c = changes.get(i);
        Change v = viewChanges.get(i);
        assertEquals(List.of(c.user(), c.before(), c.after(), c.kind(), c.roster().adminCount()),
            List.of(v.user(), v.before(), v.after(), v.kind(), v.roster().adminCount()), at + "change on the view");
        assertEquals(c.roster().parent().map(Roster::community), v.roster().parent().map(Roster::community), at);
      }
    } else {
      assertEquals(expected, actual, at + "outcome on the view");
    }
  }

  /** What an operation did. */
  private record Done(List<Change> changes) {}

  /** The changes, or the refusal as a comparable list of what it says. */
  private static Object outcome(Roster roster, Function<Roster, List<Change>> operation) {
    try {
      return new Done(operation.apply(roster));
    } catch (MembershipConflictException e) {
      return List.of("conflict", e.community(), e.user(), e.state(), e.attempted(), e.getMessage());
    } catch (ValidationException e) {
      return List.of("invalid", e.field(), e.rule());
    } catch (RuntimeException e) {
      return fail("unexpected " + e, e);
    }
  }
}
