package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.at;
import static dev.convene.storage.tck.Fixtures.community;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.UserId;
import dev.convene.storage.PollVote;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Poll votes: one per user and poll, replaced by the last put, deleted with the poll. */
abstract class VoteContract extends ContractSupport {
  private static final int THREADS = 12;

  private CommunityId alpha;
  private ItemId where;
  private ItemId when;

  VoteContract(StorageContract kit) {
    super(kit);
  }

  @BeforeEach
  void polls() {
    alpha = insert(community("alpha")).id();
    where = insert(Fixtures.poll("where", alpha)).id();
    when = insert(Fixtures.poll("when", alpha)).id();
  }

  @Test
  @DisplayName("a put stores the vote; a second put replaces it; a delete removes it")
  void putReplaceDelete() {
    PollVote first = vote(where, "ada", "1", 1);
    assertEquals(first, tx(t -> t.votes().put(first)));
    assertEquals(Optional.of(first), read(t -> t.votes().get(where, UserId.of("ada"))));
    PollVote changed = vote(where, "ada", "2", 2);
    tx(t -> t.votes().put(changed));
    assertEquals(Optional.of(changed), read(t -> t.votes().get(where, UserId.of("ada"))));
    assertEquals(List.of(changed), read(t -> t.votes().forPoll(where)));
    assertEquals(Optional.empty(), read(t -> t.votes().get(when, UserId.of("ada"))));
    assertEquals(true, tx(t -> t.votes().delete(where, UserId.of("ada"))));
    assertEquals(false, tx(t -> t.votes().delete(where, UserId.of("ada"))));
    assertEquals(Optional.empty(), read(t -> t.votes().get(where, UserId.of("ada"))));
  }

  @Test
  @DisplayName("a poll's votes are listed by user; a user's by poll")
  void listings() {
    PollVote zoe = put(vote(where, "zoe", "1", 5));
    PollVote bob = put(vote(where, "bob", "2", 7));
    PollVote ada = put(vote(where, "ada", "1", 9));
    PollVote adaWhen = put(vote(when, "ada", "2", 1));
    assertEquals(List.of(ada, bob, zoe), read(t -> t.votes().forPoll(where)));
    assertEquals(List.of(adaWhen, ada), read(t -> t.votes().forUser(UserId.of("ada"))));
    assertEquals(List.of(), read(t -> t.votes().forUser(UserId.of("nobody"))));
  }

  @Test
  @DisplayName("a vote needs a poll that exists, and changes nothing otherwise")
  void pollMustExist() {
    Snapshot before = snapshot();
    assertThrows(NotFoundException.class, () -> put(vote(ItemId.of("nowhere"), "ada", "1", 1)));
    assertEquals(before, snapshot());
    assertEquals(List.of(), read(t -> t.votes().forUser(UserId.of("ada"))));
  }

  @Test
  @DisplayName("a poll's votes are deleted with it, and only its")
  void deletedWithPoll() {
    put(vote(where, "ada", "1", 1));
    PollVote kept = put(vote(when, "ada", "1", 1));
    Item stored = read(t -> t.items().get(where)).orElseThrow();
    use(t -> t.items().delete(where, stored.version()));
    assertEquals(List.of(), read(t -> t.votes().forPoll(where)));
    assertEquals(List.of(kept), read(t -> t.votes().forUser(UserId.of("ada"))));
  }

  @Test
  @DisplayName("a vote rolled back with its transaction is not stored")
  void rolledBack() {
    assertThrows(IllegalStateException.class, () -> use(t -> {
      t.votes().put(vote(where, "ada", "1", 1));
      throw new IllegalStateException("abandon");
    }));
    assertEquals(Optional.empty(), read(t -> t.votes().get(where, UserId.of("ada"))));
  }

  @Test
  @DisplayName(THREADS + " users voting at once in one poll: every vote is kept")
  void concurrentVoters() throws InterruptedException {
    List<Optional<Throwable>> outcomes = Race.run(THREADS, writer -> Race.retryOnConflict(() ->
        tx(t -> t.votes().put(vote(where, "u" + writer, writer % 2 == 0 ? "1" : "2", writer)))));
    assertEquals(List.of(), outcomes.stream().flatMap(Optional::stream).toList());
    List<PollVote> all = read(t -> t.votes().forPoll(where));
    assertEquals(THREADS, all.size());
    assertEquals(THREADS / 2, all.stream().filter(v -> v.option().equals(PollOptionId.of("1"))).count());
  }

  private PollVote put(PollVote vote) {
    return tx(t -> t.votes().put(vote));
  }

  private static PollVote vote(ItemId poll, String user, String option, int minute) {
    return new PollVote(poll, UserId.of(user), PollOptionId.of(option), at(minute));
  }
}
