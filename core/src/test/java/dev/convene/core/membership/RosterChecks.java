package dev.convene.core.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The invariants of rosters and of the changes between them, asserted by the randomized test. */
final class RosterChecks {
  private static final Set<MembershipEvent> NEED_PARENT = Set.of(MembershipEvent.JOINED, MembershipEvent.REQUESTED,
      MembershipEvent.INVITED, MembershipEvent.ACCEPTED, MembershipEvent.APPROVED);

  private RosterChecks() {}

  /** An independent copy, built from the memberships, to compare a roster with after a refusal. */
  static Roster copy(Roster roster) {
    Roster copy = Roster.of(roster.community(), roster.memberships());
    return roster.parent().map(copy::withParent).orElse(copy);
  }

  /** What every roster promises: its community, its parent, one membership per user, an active admin. */
  static void invariants(Roster roster, CommunityId community, Optional<Roster> parent) {
    assertEquals(community, roster.community());
    assertEquals(parent, roster.parent());
    assertFalse(roster.admins().isEmpty(), "no active admin in " + roster);
    assertTrue(roster.isComplete(), "a view where the whole roster was expected: " + roster);
    assertEquals(roster.admins().size(), roster.adminCount(), "the count of admins in " + roster);
    List<Membership> all = roster.memberships();
    assertEquals(all.size(), all.stream().map(Membership::user).distinct().count(), "two memberships of a user");
    assertTrue(all.stream().allMatch(m -> m.community().equals(community)), "a membership of another community");
    all.forEach(m -> assertEquals(Optional.of(m), roster.membership(m.user())));
  }

  /**
   * What every change promises: it changes its user's membership only, from the one in the roster
   * before it; it keeps the version; a block ends only by unblocking; only a pending invitation is
   * accepted, and only an expired one is replaced by a membership; in a working group, only active
   * members of the parent come in.
   */
  static void chain(Roster start, List<Change> changes, Instant now, String at) {
    Roster previous = start;
    for (Change change : changes) {
      Roster before = previous;
      Roster after = change.roster();
      String what = at + change.kind() + " " + change.user() + ": ";
      assertEquals(before.membership(change.user()), change.before(), what + "before");
      assertEquals(after.membership(change.user()), change.after(), what + "after");
      assertEquals(others(before, change), others(after, change), what + "touched another membership");
      assertEquals(start.community(), change.community(), what + "community");
      assertEquals(start.parent(), after.parent(), what + "parent");
      change.after().ifPresent(m -> assertEquals(change.before().map(Membership::version).orElse(0L), m.version(),
          what + "version"));
      if (change.before().filter(m -> m.state() == MembershipState.BLOCKED).isPresent()) {
        assertEquals(MembershipEvent.UNBLOCKED, change.kind(), what + "a block ended");
      }
      if (change.before().filter(m -> m.state() == MembershipState.INVITED).isPresent()
          && change.after().filter(Membership::isActive).isPresent()) {
        // Only accepting turns an invitation into a membership; joining replaces an expired one.
        assertEquals(change.kind() == MembershipEvent.ACCEPTED, change.before().orElseThrow().isPendingInvitation(now),
            what + (change.kind() == MembershipEvent.ACCEPTED ? "an expired invitation accepted"
                : "a pending invitation bypassed"));
      }
      if (NEED_PARENT.contains(change.kind())) {
        assertTrue(start.parent().map(p -> p.isActive(change.user())).orElse(true), what + "not in the parent");
      }
      previous = after;
    }
  }

  private static List<Membership> others(Roster roster, Change change) {
    return roster.memberships().stream().filter(m -> !m.user().equals(change.user())).toList();
  }
}
