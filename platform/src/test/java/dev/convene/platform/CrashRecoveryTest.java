package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.platform.AcknowledgedWrites.State;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments: a {@link CrashWriter} in a JVM of its own writes to an H2 file and an
 * index on disk until {@link Process#destroyForcibly()} ends it; the platform, restarted on the same
 * files, must hold every write the writer acknowledged, and its index exactly the store's communities
 * and items, each item with its last title. The rounds go on on the same files. The seed is printed;
 * {@code -Dconvene.test.crash.seed=...} runs the same writes with the same kill delays again (where
 * a kill lands among the writes still depends on the machine's speed), {@code
 * -Dconvene.test.crash.rounds} changes their number and {@code -Dconvene.test.crash.h2WriteDelay=500}
 * lets H2 hold commits in memory for that long, to see what it loses.
 */
@DisplayName("After kill -9 the platform holds every acknowledged write, and its index the store")
class CrashRecoveryTest {
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  @DisplayName("every acknowledged write survives a kill at a random moment; the index matches the store")
  void acknowledgedWritesSurvive(@TempDir Path folder) throws Exception {
    long seed = Long.getLong("convene.test.crash.seed", new Random().nextLong());
    int rounds = Integer.getInteger("convene.test.crash.rounds", 6);
    System.out.println("CrashRecoveryTest seed: " + seed + " (rerun with -Dconvene.test.crash.seed=" + seed + ")");
    Random random = new Random(seed);
    Path database = folder.resolve("database");
    Path index = folder.resolve("index");
    Set<String> communities = Set.of();
    Map<String, State> items = Map.of();
    List<String> problems = new ArrayList<>();
    int acknowledged = 0;
    int lost = 0;
    for (int round = 1; round <= rounds; round++) {
      AcknowledgedWrites writes = new AcknowledgedWrites(communities, items);
      KilledWriter.run(folder, database, index, random.nextLong(), "round-" + round, 10 + random.nextInt(90),
          random.nextInt(50)).forEach(writes::accept);
      try {
        List<String> found = new ArrayList<>();
        Convene.Builder platform = Convene.builder().storage(CrashWriter.storage(database).build()).search(index);
        try (Convene restarted = platform.build()) {
          assertTrue(restarted.awaitSearchable(PATIENCE), "the restarted index caught up with its store");
          communities = StoredState.communities(restarted.storage());
          items = StoredState.items(restarted.storage());
          found.addAll(writes.lost(communities, items));
          lost += found.size();
          Set<String> published = items.entrySet().stream().filter(e -> e.getValue().published())
              .map(Map.Entry::getKey).collect(Collectors.toSet());
          Set<String> searched = StoredState.searchedItems(restarted);
          if (!searched.equals(published)) {
            found.add("a search finds " + searched + ", the store has published " + published);
          }
        }
        Map<String, String> indexed = StoredState.indexed(index);
        found.addAll(indexProblems(indexed, communities, items));
        acknowledged += writes.acknowledged();
        System.out.printf("CrashRecoveryTest round %d: %d writes acknowledged, %d communities or items not as"
            + " acknowledged; the index holds %d documents; %d problems in all%n", round, writes.acknowledged(),
            writes.lost(communities, items).size(), indexed.size(), found.size());
        int r = round;
        found.forEach(p -> problems.add("round " + r + ": " + p));
      } finally {
        shutdown(database);
      }
    }
    System.out.printf("CrashRecoveryTest: %d rounds, %d writes acknowledged, %d communities or items not as"
        + " acknowledged%n", rounds, acknowledged, lost);
    assertEquals(List.of(), problems, "seed " + seed);
  }

  /** What the index holds that the store does not, or misses, or holds with another title. */
  private static List<String> indexProblems(Map<String, String> indexed, Set<String> communities,
      Map<String, State> items) {
    Map<String, String> expected = new HashMap<>();
    communities.forEach(id -> expected.put("c:" + id, ""));
    items.forEach((id, state) -> expected.put("i:" + id, state.title()));
    List<String> problems = new ArrayList<>();
    expected.forEach((key, title) -> {
      if (!indexed.containsKey(key)) {
        problems.add("the index misses " + key);
      } else if (!indexed.get(key).equals(title)) {
        problems.add("the index holds " + key + " as \"" + indexed.get(key) + "\", the store as \"" + title + "\"");
      }
    });
    indexed.keySet().stream().filter(key -> !expected.containsKey(key))
        .forEach(key -> problems.add("the index holds " + key + ", which the store does not"));
    return problems;
  }

  /** Closes the database, so that the next writer may open its file. */
  private static void shutdown(Path database) throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(CrashWriter.url(database));
    h2.setUser("sa");
    try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }
}
