package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOption;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Members adding ideas and voting at once, on the JDBC stores, where concurrent transactions really
 * overlap: no idea and no vote is lost, and every idea keeps a number of its own.
 */
class PollConcurrencyTest {
  private static final Actor ADA = Actor.user("ada");
  private static final int MEMBERS = 12;

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void ideasAndVotesAtOnce(String database) throws Exception {
    Supplier<SharedDatabase> open = database.equals("H2") ? SharedDatabase::h2 : SharedDatabase::postgres;
    try (SharedDatabase shared = open.get(); Convene convene = Convene.builder().storage(shared.open()).build()) {
      Community water = convene.communities().create(ADA, "water", c -> c.name("Water"));
      List<Actor> members = new ArrayList<>();
      for (int i = 0; i < MEMBERS; i++) {
        Actor member = Actor.user("member" + i);
        convene.memberships().join(member, water.id());
        members.add(member);
      }
      Item poll = convene.content().submitOrPublish(ADA, convene.content().create(ADA, water.id(),
          ItemDraft.poll("Ideas?", Locale.ENGLISH, Visibility.MEMBERS, Poll.Mode.IDEAS).options("Start")).id());
      ExecutorService pool = Executors.newFixedThreadPool(6);
      try {
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
          Actor member = members.get(i);
          String idea = "Idea " + i;
          calls.add(() -> convene.polls().addIdea(member, poll.id(), idea));
          calls.add(() -> convene.polls().vote(member, poll.id(), PollOptionId.of("1")));
        }
        for (Future<Object> result : pool.invokeAll(calls)) {
          result.get();
        }
      } finally {
        pool.shutdown();
      }
      Poll stored = (Poll) convene.content().get(ADA, poll.id());
      assertEquals(MEMBERS + 1, stored.options().size());
      assertEquals(MEMBERS + 1, stored.options().stream().map(PollOption::id).distinct().count());
      assertEquals(MEMBERS + 1, stored.options().stream().map(PollOption::text).distinct().count());
      assertEquals(MEMBERS, convene.polls().results(ADA, poll.id()).voters());
    }
  }
}
