package dev.convene.storage.memory;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import dev.convene.storage.PollVote;
import dev.convene.storage.VoteStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The poll votes of an in-memory store, by poll and then user. */
final class MemoryVotes extends MemoryStore implements VoteStore {

  MemoryVotes(MemoryTransaction tx) {
    super(tx);
  }

  /** The key of a vote: its poll, then its user. */
  record Key(ItemId poll, UserId user) {
    static final Comparator<Key> ORDER = Comparator.comparing(Key::poll).thenComparing(k -> k.user().value());
  }

  @Override
  public Optional<PollVote> get(ItemId poll, UserId user) {
    Key key = key(poll, user);
    return tx.read(() -> tables.votes.get(key));
  }

  @Override
  public PollVote put(PollVote vote) {
    Checks.required(vote, "vote");
    return tx.write(() -> {
      if (!tables.items.contains(vote.poll())) {
        throw Rows.notFound("item " + vote.poll());
      }
      tables.votes.put(key(vote.poll(), vote.user()), vote, tx.undo());
      return vote;
    });
  }

  @Override
  public boolean delete(ItemId poll, UserId user) {
    Key key = key(poll, user);
    return tx.write(() -> {
      boolean present = tables.votes.contains(key);
      tables.votes.remove(key, tx.undo());
      return present;
    });
  }

  @Override
  public List<PollVote> forPoll(ItemId poll) {
    Checks.required(poll, "poll");
    return tx.read(() -> ofPoll(tables, poll).map(Map.Entry::getValue).toList());
  }

  @Override
  public List<PollVote> forUser(UserId user) {
    Checks.required(user, "user");
    return tx.read(() -> tables.votes.rows().values().stream().filter(v -> v.user().equals(user)).toList());
  }

  /** Deletes the votes of a deleted poll; only inside a write. */
  static void deleteForPoll(MemoryTransaction tx, ItemId poll) {
    ofPoll(tx.tables(), poll).map(Map.Entry::getKey).toList().forEach(key -> tx.tables().votes.remove(key, tx.undo()));
  }

  private static Stream<Map.Entry<Key, PollVote>> ofPoll(Tables tables, ItemId poll) {
    return tables.votes.rows().entrySet().stream().filter(row -> row.getKey().poll().equals(poll));
  }

  private static Key key(ItemId poll, UserId user) {
    return new Key(Checks.required(poll, "poll"), Checks.required(user, "user"));
  }
}
