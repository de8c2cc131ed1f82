package dev.convene.platform;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import dev.convene.storage.jdbc.JdbcStorage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The program {@link CrashRecoveryTest} kills: a platform on an H2 file and an index on disk that
 * writes until it is killed, and says on standard output what it is about to do ({@code TRY ...;})
 * and, once the call has returned, what was done ({@code DONE ...;}). A line is a write the platform
 * acknowledged only when its {@code DONE} line is complete, with its closing semicolon.
 *
 * <p>Arguments: the database folder, the index folder, the random seed, the round's name, and
 * optionally the H2 write delay in milliseconds (to show what a delay loses).
 */
final class CrashWriter {
  static final Actor ADA = Actor.user("ada");

  private final Convene convene;
  private final Random random;
  private final String round;
  private final List<Item> items = new ArrayList<>();
  private int created;

  private CrashWriter(Convene convene, Random random, String round) {
    this.convene = convene;
    this.random = random;
    this.round = round;
  }

  /** The URL the embedded default takes: H2 in a file, kept open between connections. */
  static String url(Path database) {
    return "jdbc:h2:file:" + database.resolve("convene") + ";DB_CLOSE_DELAY=-1";
  }

  static JdbcStorage.Builder storage(Path database) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url(database));
    h2.setUser("sa");
    return JdbcStorage.builder(h2);
  }

  public static void main(String[] args) {
    JdbcStorage.Builder storage = storage(Path.of(args[0]));
    if (args.length > 4) {
      storage.h2WriteDelay(Duration.ofMillis(Long.parseLong(args[4])));
    }
    try {
      Convene convene = Convene.builder().storage(storage.build()).search(Path.of(args[1])).build();
      new CrashWriter(convene, new Random(Long.parseLong(args[2])), args[3]).run();
    } catch (RuntimeException e) {
      say("FAILED " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  private void run() {
    say("TRY COMMUNITY " + round);
    Community community = convene.communities().create(ADA, round, c -> c.name("Round " + round));
    say("DONE COMMUNITY " + community.id());
    while (true) {
      int dice = random.nextInt(100);
      if (items.isEmpty() || dice < 35) {
        String title = round + "-d" + (++created);
        Visibility visibility = random.nextBoolean() ? Visibility.PUBLIC : Visibility.MEMBERS;
        say("TRY CREATE " + title);
        Item item = convene.content().create(ADA, community.id(), ItemDraft.document(title, Locale.ENGLISH, visibility)
            .summary("Notes on water tariffs."));
        items.add(item);
        say("DONE CREATE " + item.id() + " " + title);
        continue;
      }
      int index = random.nextInt(items.size());
      Item item = items.get(index);
      if (dice < 60 && item.reviewState() == ReviewState.DRAFT) {
        say("TRY PUBLISH " + item.id());
        items.set(index, convene.content().submitOrPublish(ADA, item.id()));
        say("DONE PUBLISH " + item.id());
      } else if (dice < 85) {
        String title = item.title() + "e";
        say("TRY EDIT " + item.id() + " " + title);
        items.set(index, convene.content().edit(ADA, item.withHeader(item.header().withTitle(title, item.updated()))));
        say("DONE EDIT " + item.id() + " " + title);
      } else {
        say("TRY DELETE " + item.id());
        convene.content().delete(ADA, item.id(), item.version());
        items.remove(index);
        say("DONE DELETE " + item.id());
      }
    }
  }

  private static void say(String line) {
    System.out.print(line + ";\n");
    System.out.flush();
  }
}
