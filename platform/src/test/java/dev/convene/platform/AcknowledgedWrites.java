package dev.convene.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the store must hold after a crash, from the lines a {@link CrashWriter} printed: every write
 * it acknowledged ({@code DONE}), and at most one more it had begun ({@code TRY} with no {@code
 * DONE}), which the crash may have cut before or after its commit. Complete lines only: a line the
 * kill cut short has no closing semicolon, and its write was never acknowledged.
 */
final class AcknowledgedWrites {
  /** An item as the store holds it, or as a write left it: its title, and whether it is published. */
  record State(String title, boolean published) {}

  private final Set<String> communities = new HashSet<>();
  private final Map<String, State> items = new HashMap<>();
  private Optional<String[]> pending = Optional.empty();
  private int acknowledged;

  /** Starts from what the store held when the writer started. */
  AcknowledgedWrites(Set<String> communities, Map<String, State> items) {
    this.communities.addAll(communities);
    this.items.putAll(items);
  }

  /** Takes one line the writer printed; lines that are not complete writes are ignored. */
  void accept(String line) {
    if (!line.endsWith(";")) {
      return;
    }
    String[] word = line.substring(0, line.length() - 1).split(" ");
    if (word[0].equals("TRY")) {
      pending = Optional.of(word);
    } else if (word[0].equals("DONE")) {
      pending = Optional.empty();
      acknowledged++;
      apply(word, items, communities);
    }
  }

  int acknowledged() {
    return acknowledged;
  }

  /**
   * What differs between the acknowledged writes and the store's {@code storedCommunities} and
   * {@code storedItems}, allowing the begun write to be there or not; empty when nothing is lost.
   */
  List<String> lost(Set<String> storedCommunities, Map<String, State> storedItems) {
    Map<String, State> after = new HashMap<>(items);
    Set<String> communitiesAfter = new HashSet<>(communities);
    pending.ifPresent(word -> apply(word, after, communitiesAfter));
    List<String> lost = new ArrayList<>();
    for (String community : communities) {
      if (!storedCommunities.contains(community)) {
        lost.add("community " + community + " acknowledged, not in the store");
      }
    }
    Set<String> ids = new HashSet<>(items.keySet());
    ids.addAll(after.keySet());
    ids.addAll(storedItems.keySet());
    // a create the crash cut after its commit left an item whose id was never printed
    Optional<State> begun = pending.filter(word -> word[1].equals("CREATE")).map(word -> new State(word[2], false));
    for (String id : ids) {
      State stored = storedItems.get(id);
      State expected = items.get(id);
      if (expected == null && !after.containsKey(id) && begun.isPresent() && begun.get().equals(stored)) {
        begun = Optional.empty();
      } else if (!Objects.equals(stored, expected) && !Objects.equals(stored, after.get(id))) {
        lost.add("item " + id + ": acknowledged " + expected + ", stored " + stored);
      }
    }
    return lost;
  }

  private static void apply(String[] word, Map<String, State> items, Set<String> communities) {
    switch (word[1]) {
      case "COMMUNITY" -> {
        if (word[0].equals("DONE")) {
          communities.add(word[2]);
        }
      }
      case "CREATE" -> {
        if (word[0].equals("DONE")) {
          items.put(word[2], new State(word[3], false));
        }
      }
      case "PUBLISH" -> items.computeIfPresent(word[2], (id, s) -> new State(s.title(), true));
      case "EDIT" -> items.computeIfPresent(word[2], (id, s) -> new State(word[3], s.published()));
      case "DELETE" -> items.remove(word[2]);
      default -> throw new IllegalArgumentException("not a write: " + String.join(" ", word));
    }
  }
}
