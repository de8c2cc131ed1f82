package dev.convene.platform;

import static dev.convene.platform.MembershipWorld.ADA;
import static dev.convene.platform.MembershipWorld.BEN;
import static dev.convene.platform.MembershipWorld.CARL;
import static dev.convene.platform.MembershipWorld.OLGA;
import static dev.convene.platform.MembershipWorld.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Community;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A membership change reads the memberships it is about and counts the admins; it never reads a
 * whole roster, whose size would then set its cost. Notifications are left at their default, under
 * which members who never chose hear nothing of a join or a departure.
 */
class MembershipRosterReadsTest {
  private ProbingStorage store;
  private final MembershipWorld w = new MembershipWorld(inner -> store = new ProbingStorage(inner));
  private final MembershipService members = w.memberships;

  @Test
  @DisplayName("no membership change, in a community or its working group, reads a whole roster")
  void noWholeRoster() {
    Community open = w.community("open", b -> b);
    Community semi = w.community("semi", b -> b.privacy(Privacy.SEMI_PRIVATE));
    Community group = w.workingGroup(open, "group", b -> b);
    UserId dora = UserId.of("dora");
    Map<String, Runnable> calls = new LinkedHashMap<>();
    calls.put("join", () -> members.join(OLGA, open.id()));
    calls.put("join again", () -> members.join(BEN, open.id()));
    calls.put("join the group", () -> members.join(OLGA, group.id()));
    calls.put("change a role", () -> members.changeRole(ADA, open.id(), id(BEN), Role.MODERATOR));
    calls.put("invite", () -> members.invite(BEN, open.id(), dora, Optional.empty()));
    calls.put("invite several", () -> members.inviteAll(ADA, group.id(), List.of(id(BEN)), Optional.empty()));
    calls.put("decline", () -> members.decline(BEN, group.id()));
    calls.put("request", () -> members.request(CARL, semi.id(), Optional.empty()));
    calls.put("approve", () -> members.approve(ADA, semi.id(), id(CARL)));
    calls.put("block", () -> members.block(ADA, semi.id(), id(CARL)));
    calls.put("unblock", () -> members.unblock(ADA, semi.id(), id(CARL)));
    calls.put("leave, and the group with it", () -> members.leave(OLGA, open.id()));
    calls.put("remove", () -> members.remove(ADA, open.id(), id(BEN)));
    calls.put("expire", () -> {
      w.clock.advance(Duration.ofDays(8));
      assertEquals(1, members.expireInvitations());
    });
    Map<String, Integer> reads = new LinkedHashMap<>();
    calls.forEach((name, call) -> {
      store.wholeRosterReads.set(0);
      call.run();
      reads.put(name, store.wholeRosterReads.get());
    });
    Map<String, Integer> none = new LinkedHashMap<>();
    calls.keySet().forEach(name -> none.put(name, 0));
    assertEquals(none, reads);
  }
}
