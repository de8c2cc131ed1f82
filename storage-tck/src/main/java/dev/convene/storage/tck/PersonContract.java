package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.at;
import static dev.convene.storage.tck.Fixtures.community;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Delivery;
import dev.convene.storage.OutboxEntry;
import dev.convene.storage.PendingNotification;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a person's export and erasure read and change across communities: the items they wrote or
 * replied to, the invitations they sent, the audit entries about them (and their anonymisation), and
 * the pending notifications and outbox entries naming them.
 */
abstract class PersonContract extends ContractSupport {
  private static final UserId ADA = UserId.of("ada");
  private static final UserId PSEUDONYM = UserId.of("former-member");
  private CommunityId alpha;
  private CommunityId beta;

  PersonContract(StorageContract kit) {
    super(kit);
  }

  @BeforeEach
  void communities() {
    alpha = insert(community("alpha")).id();
    beta = insert(community("beta")).id();
  }

  private static Item by(Item item, String author) {
    ItemHeader h = item.header();
    return item.withHeader(new ItemHeader(h.id(), h.community(), UserId.of(author), h.title(),
        h.language(), h.visibility(), h.reviewState(), h.concepts(), h.created(), h.updated(), h.version()));
  }

  private static Discussion withReplyBy(String id, CommunityId community, int minute, String author, String replier) {
    return (Discussion) by(new Discussion(Fixtures.header(id, community, at(minute)), "Body", false,
        List.of(new Reply(ReplyId.of(id + "-r"), UserId.of(replier), "A reply", at(minute + 1), false))), author);
  }

  private List<ItemId> involving(String user, int limit) {
    return walk((t, page) -> t.items().involving(UserId.of(user), page), limit).stream().map(Item::id).toList();
  }

  @Test
  @DisplayName("the items a person is named in are those they wrote and the discussions they replied to, newest first")
  void itemsInvolving() {
    insert(by(Fixtures.document("d1", alpha, at(1)), "ada"));
    insert(by(Fixtures.document("d2", beta, at(2)), "bob"));
    insert(withReplyBy("t3", beta, 3, "bob", "ada"));
    insert(withReplyBy("t4", alpha, 4, "ada", "bob"));
    insert(withReplyBy("t5", alpha, 5, "bob", "eve"));
    insert(by(Fixtures.document("d6", beta, at(6)), "ada"));
    // a title that is the id is no authorship
    insert(by(Fixtures.document("d7", alpha, at(7)), "bob").withHeader(
        by(Fixtures.document("d7", alpha, at(7)), "bob").header().withTitle("ada", at(7))));
    List<ItemId> expected = List.of(ItemId.of("d6"), ItemId.of("t4"), ItemId.of("t3"), ItemId.of("d1"));
    assertEquals(expected, involving("ada", 10));
    assertEquals(expected, involving("ada", 1));
    assertEquals(List.of(ItemId.of("t5")), involving("eve", 10));
    assertEquals(List.of(), involving("nobody", 10));
  }

  @Test
  @DisplayName("a person is named in the discussions whose opening post or a reply mentions them, newest first")
  void itemsMentioning() {
    Discussion opening = withReplyBy("t1", alpha, 1, "bob", "eve").withMentions(Set.of(UserId.of("ada")));
    Discussion replied = withReplyBy("t2", beta, 2, "bob", "eve");
    Reply reply = replied.replies().get(0);
    insert(opening);
    insert(replied.withReplies(List.of(new Reply(reply.id(), reply.author(), reply.body(), reply.created(),
        reply.hidden(), Set.of(UserId.of("cid"), UserId.of("ada"))))));
    insert(withReplyBy("t3", alpha, 3, "bob", "eve"));
    // a title that is the id is no mention
    insert(by(Fixtures.document("d4", alpha, at(4)), "bob").withHeader(
        by(Fixtures.document("d4", alpha, at(4)), "bob").header().withTitle("ada", at(4))));
    assertEquals(List.of(ItemId.of("t2"), ItemId.of("t1")), involving("ada", 10));
    assertEquals(List.of(ItemId.of("t2"), ItemId.of("t1")), involving("ada", 1));
    assertEquals(List.of(ItemId.of("t2")), involving("cid", 10));
  }

  @Test
  @DisplayName("a person's few items among many are all found, page after page")
  void itemsInvolvingAmongMany() {
    use(t -> {
      for (int i = 1; i <= 1_200; i++) {
        // a name with a space: a store may not narrow the search down by it, and reads everything
        String author = i == 3 || i == 700 || i == 1_199 ? "ada lovelace" : "bob";
        t.items().insert(by(Fixtures.document("d" + i, i % 2 == 0 ? alpha : beta, at(i)), author));
      }
    });
    List<ItemId> expected = List.of(ItemId.of("d1199"), ItemId.of("d700"), ItemId.of("d3"));
    assertEquals(expected, involving("ada lovelace", 10));
    assertEquals(expected, involving("ada lovelace", 1));
  }

  @Test
  @DisplayName("ids are matched exactly, whatever characters they hold")
  void itemsInvolvingOddIds() {
    insert(by(Fixtures.document("d1", alpha, at(1)), "a_b"));
    insert(by(Fixtures.document("d2", alpha, at(2)), "axb"));
    insert(by(Fixtures.document("d3", alpha, at(3)), "o\"neil\\x"));
    insert(by(Fixtures.document("d4", alpha, at(4)), "zoë 100%"));
    insert(by(Fixtures.document("d5", alpha, at(5)), "zoë 100"));
    assertEquals(List.of(ItemId.of("d1")), involving("a_b", 10));
    assertEquals(List.of(ItemId.of("d2")), involving("axb", 10));
    assertEquals(List.of(ItemId.of("d3")), involving("o\"neil\\x", 10));
    assertEquals(List.of(ItemId.of("d4")), involving("zoë 100%", 10));
    assertEquals(List.of(ItemId.of("d5")), involving("zoë 100", 10));
  }

  @Test
  @DisplayName("the invitations a person sent are listed by community, then invitee, in any state")
  void invitedBy() {
    Membership toBob = insert(invitation(beta, "bob", "ada"));
    Membership toEve = insert(invitation(alpha, "eve", "ada"));
    Membership toCid = insert(invitation(alpha, "cid", "ada"));
    insert(invitation(alpha, "dan", "bob"));
    assertEquals(List.of(toCid, toEve, toBob), read(t -> t.memberships().invitedBy(ADA)));
    assertEquals(List.of(), read(t -> t.memberships().invitedBy(UserId.of("eve"))));
  }

  private static Membership invitation(CommunityId community, String user, String inviter) {
    return new Membership(community, UserId.of(user), MembershipState.INVITED, Role.MEMBER, Optional.empty(),
        Optional.of(UserId.of(inviter)), Fixtures.T0, Optional.empty(), 0);
  }

  private AuditEntry append(CommunityId community, Optional<String> actor, String subject) {
    return tx(t -> t.audit().append(AuditEntry.of(Fixtures.T0, actor.map(UserId::of), community,
        AuditAction.MEMBERSHIP_CHANGED, subject).withChange("REQUESTED", "ACTIVE MEMBER")));
  }

  @Test
  @DisplayName("the entries about a person are those they did and those whose subject is them, in every community")
  void auditAbout() {
    AuditEntry asActor = append(alpha, Optional.of("ada"), "bob");
    AuditEntry asSubject = append(beta, Optional.of("bob"), "ada");
    append(alpha, Optional.of("bob"), "item ada");
    AuditEntry both = append(beta, Optional.of("ada"), "ada");
    append(alpha, Optional.empty(), "eve");
    assertEquals(List.of(both, asSubject, asActor), walk((t, page) -> t.audit().about(ADA, page), 10));
    assertEquals(List.of(both, asSubject, asActor), walk((t, page) -> t.audit().about(ADA, page), 1));
  }

  @Test
  @DisplayName("anonymising puts the pseudonym in place of the person as actor and subject, and nothing else")
  void anonymise() {
    AuditEntry asActor = append(alpha, Optional.of("ada"), "bob");
    AuditEntry asSubject = append(beta, Optional.of("bob"), "ada");
    AuditEntry mention = append(alpha, Optional.of("bob"), "item ada");
    AuditEntry both = append(beta, Optional.of("ada"), "ada");
    AuditEntry system = append(alpha, Optional.empty(), "eve");
    assertEquals(3L, (long) tx(t -> t.audit().anonymise(ADA, PSEUDONYM)));
    assertEquals(List.of(), walk((t, page) -> t.audit().about(ADA, page), 10));
    assertEquals(List.of(system, mention, anonymised(asActor, Optional.of("former-member"), "bob")),
        walk((t, page) -> t.audit().forCommunity(alpha, page), 10));
    assertEquals(List.of(anonymised(both, Optional.of("former-member"), "former-member"),
        anonymised(asSubject, Optional.of("bob"), "former-member")),
        walk((t, page) -> t.audit().forCommunity(beta, page), 10));
    assertEquals(0L, (long) tx(t -> t.audit().anonymise(ADA, PSEUDONYM)));
  }

  private static AuditEntry anonymised(AuditEntry entry, Optional<String> actor, String subject) {
    return new AuditEntry(entry.id(), entry.at(), actor.map(UserId::of), entry.community(), entry.action(), subject,
        entry.before(), entry.after(), entry.reason());
  }

  @Test
  @DisplayName("an anonymisation rolls back with its transaction, and refuses the person as their own pseudonym")
  void anonymiseRollsBack() {
    AuditEntry asActor = append(alpha, Optional.of("ada"), "bob");
    assertThrows(IllegalStateException.class, () -> use(t -> {
      t.audit().anonymise(ADA, PSEUDONYM);
      throw new IllegalStateException("fails after");
    }));
    assertEquals(List.of(asActor), walk((t, page) -> t.audit().about(ADA, page), 10));
    assertInvalid("pseudonym", () -> use(t -> t.audit().anonymise(ADA, ADA)));
  }

  @Test
  @DisplayName("removing a person's pending notifications leaves everyone else's")
  void digestsRemoved() {
    tx(t -> t.digests().add(Fixtures.pending("ada", Delivery.DAILY, alpha, at(1))));
    tx(t -> t.digests().add(Fixtures.pending("ada", Delivery.WEEKLY, beta, at(2))));
    PendingNotification bobs = tx(t -> t.digests().add(Fixtures.pending("bob", Delivery.DAILY, alpha, at(3))));
    assertEquals(2L, (long) tx(t -> t.digests().removeFor(ADA)));
    assertEquals(List.of(bobs), read(t -> t.digests().due(Delivery.DAILY, at(600))));
    assertEquals(List.of(), read(t -> t.digests().due(Delivery.WEEKLY, at(600))));
    assertEquals(0L, (long) tx(t -> t.digests().removeFor(ADA)));
  }

  @Test
  @DisplayName("removing the outbox entries naming a person, as actor or member, leaves the others")
  void outboxRemoved() {
    outbox(Optional.empty(), Optional.of(ADA));
    outbox(Optional.of(ADA), Optional.of(UserId.of("bob")));
    OutboxEntry other = outbox(Optional.of(UserId.of("bob")), Optional.of(UserId.of("eve")));
    tx(t -> t.outbox().claim("node-1", at(1), Duration.ofMinutes(5), 1)); // a claimed one goes too
    assertEquals(2L, (long) tx(t -> t.outbox().removeNaming(ADA)));
    assertEquals(1L, (long) read(t -> t.outbox().countUpTo(Long.MAX_VALUE)));
    assertEquals(other.id(), (long) read(t -> t.outbox().newest()));
  }

  private OutboxEntry outbox(Optional<UserId> member, Optional<UserId> actor) {
    return tx(t -> t.outbox().add(OutboxEntry.of("membership.joined", alpha, Optional.empty(), Optional.empty(),
        member, actor, false, at(0))));
  }
}
