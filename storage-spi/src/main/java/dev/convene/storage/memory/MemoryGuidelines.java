package dev.convene.storage.memory;

import dev.convene.core.ConflictException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import dev.convene.storage.Guidelines;
import dev.convene.storage.GuidelinesAcceptance;
import dev.convene.storage.GuidelinesStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guidelines of an in-memory store, by community and version, and their acceptances, by
 * community, user and version. The store's lock serialises writing transactions, so two publishers
 * of one community's next version never interleave: the second finds the version taken.
 */
final class MemoryGuidelines extends MemoryStore implements GuidelinesStore {

  MemoryGuidelines(MemoryTransaction tx) {
    super(tx);
  }

  /** The key of a version: its community, then its number. */
  record Version(CommunityId community, int version) {
    static final Comparator<Version> ORDER = Comparator.comparing(Version::community)
        .thenComparingInt(Version::version);
  }

  /** The key of an acceptance: its community, user, then version. */
  record Accepted(CommunityId community, UserId user, int version) {
    static final Comparator<Accepted> ORDER = Comparator.comparing(Accepted::community)
        .thenComparing(Accepted::user).thenComparingInt(Accepted::version);
  }

  @Override
  public Optional<Guidelines> current(CommunityId community) {
    Checks.required(community, "community");
    return tx.read(() -> {
      List<Guidelines> all = ofCommunity(community);
      return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    });
  }

  @Override
  public Optional<Guidelines> get(CommunityId community, int version) {
    Checks.required(community, "community");
    return tx.read(() -> tables.guidelines.get(new Version(community, version)));
  }

  @Override
  public List<Guidelines> versions(CommunityId community) {
    Checks.required(community, "community");
    return tx.read(() -> ofCommunity(community));
  }

  @Override
  public Guidelines publish(Guidelines guidelines) {
    Checks.required(guidelines, "guidelines");
    return tx.write(() -> {
      Rows.requireCommunity(tables, guidelines.community());
      int current = ofCommunity(guidelines.community()).size();
      if (guidelines.version() != current + 1) {
        throw new ConflictException("guidelines-version", Map.of("version", guidelines.version(), "next", current + 1),
            "guidelines of community " + guidelines.community() + " are at version "
            + current + "; the next version is " + (current + 1) + ", not " + guidelines.version());
      }
      tables.guidelines.put(new Version(guidelines.community(), guidelines.version()), guidelines, tx.undo());
      return guidelines;
    });
  }

  @Override
  public GuidelinesAcceptance accept(GuidelinesAcceptance acceptance) {
    Checks.required(acceptance, "acceptance");
    return tx.write(() -> {
      if (!tables.guidelines.contains(new Version(acceptance.community(), acceptance.version()))) {
        throw Rows.notFound("guidelines version " + acceptance.version() + " of community "
            + acceptance.community());
      }
      Accepted key = new Accepted(acceptance.community(), acceptance.user(), acceptance.version());
      Optional<GuidelinesAcceptance> earlier = tables.acceptances.get(key);
      if (earlier.isPresent()) {
        return earlier.get();
      }
      tables.acceptances.put(key, acceptance, tx.undo());
      return acceptance;
    });
  }

  @Override
  public Optional<GuidelinesAcceptance> latest(CommunityId community, UserId user) {
    Checks.required(community, "community");
    Checks.required(user, "user");
    return tx.read(() -> Optional.ofNullable(tables.acceptances.rows().subMap(new Accepted(community, user, 0), true,
        new Accepted(community, user, Integer.MAX_VALUE), true).lastEntry()).map(e -> e.getValue()));
  }

  @Override
  public List<GuidelinesAcceptance> acceptances(CommunityId community) {
    Checks.required(community, "community");
    return tx.read(() -> tables.acceptances.rows().values().stream()
        .filter(a -> a.community().equals(community)).toList());
  }

  @Override
  public List<GuidelinesAcceptance> forUser(UserId user) {
    Checks.required(user, "user");
    return tx.read(() -> tables.acceptances.rows().values().stream().filter(a -> a.user().equals(user)).toList());
  }

  @Override
  public int deleteForUser(UserId user) {
    Checks.required(user, "user");
    return tx.write(() -> {
      List<Accepted> keys = tables.acceptances.rows().keySet().stream().filter(k -> k.user().equals(user)).toList();
      keys.forEach(key -> tables.acceptances.remove(key, tx.undo()));
      return keys.size();
    });
  }

  /** Deletes the guidelines and acceptances of a deleted community; only inside a write. */
  static void deleteForCommunity(MemoryTransaction tx, CommunityId community) {
    Tables tables = tx.tables();
    tables.guidelines.rows().keySet().stream().filter(k -> k.community().equals(community)).toList()
        .forEach(key -> tables.guidelines.remove(key, tx.undo()));
    tables.acceptances.rows().keySet().stream().filter(k -> k.community().equals(community)).toList()
        .forEach(key -> tables.acceptances.remove(key, tx.undo()));
  }

  private List<Guidelines> ofCommunity(CommunityId community) {
    return tables.guidelines.rows().subMap(new Version(community, 0), true,
        new Version(community, Integer.MAX_VALUE), true).values().stream().toList();
  }
}
