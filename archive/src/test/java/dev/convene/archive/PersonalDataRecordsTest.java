package dev.convene.archive;

import static dev.convene.archive.PersonWorld.ADA;
import static dev.convene.archive.PersonWorld.BOB;
import static dev.convene.archive.PersonWorld.EVE;
import static dev.convene.archive.PersonWorld.HIDDEN;
import static dev.convene.archive.PersonWorld.ROOT;
import static dev.convene.archive.PersonWorld.T0;
import static dev.convene.archive.PersonWorld.WATER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Event;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Registration;
import dev.convene.storage.memory.InMemoryStorage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's export lists their event registrations and the posts that mention them. In the {@link
 * PersonWorld}, u-ada is a member of water and has left the hidden group: she registered for an event
 * in each; water's discussion mentions her in its opening post, in a reply and in a hidden reply; the
 * hidden group's discussion mentions her too.
 */
class PersonalDataRecordsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Instant AT = T0.plus(Duration.ofMinutes(40));

  private final PersonWorld world = PersonWorld.on(InMemoryStorage.create());

  PersonalDataRecordsTest() {
    world.storage.useTransaction(tx -> {
      tx.items().insert(new Event(header("assembly", WATER, BOB, "Assembly"), "", AT.plus(Duration.ofDays(9)),
          AT.plus(Duration.ofDays(9)), ZoneId.of("UTC"), Optional.empty(), Optional.empty(), false));
      tx.items().insert(new Event(header("retreat", HIDDEN, BOB, "Retreat"), "", AT.plus(Duration.ofDays(9)),
          AT.plus(Duration.ofDays(9)), ZoneId.of("UTC"), Optional.empty(), Optional.empty(), false));
      tx.registrations().put(new Registration(ItemId.of("assembly"), ADA, Registration.State.ATTENDING, AT));
      tx.registrations().put(new Registration(ItemId.of("retreat"), ADA, Registration.State.WAITING, AT));
      tx.registrations().put(new Registration(ItemId.of("assembly"), BOB, Registration.State.ATTENDING, AT));
      tx.items().insert(new Discussion(header("mentions", WATER, EVE, "Who measures?"), "@u-ada?", false, List.of(
          new Reply(ReplyId.of("r8"), BOB, "not @u-ada", AT.plusSeconds(60), false, Set.of(BOB)),
          new Reply(ReplyId.of("r9"), BOB, "@u-ada did", AT.plusSeconds(120), false, Set.of(ADA)),
          new Reply(ReplyId.of("r10"), EVE, "spam @u-ada", AT.plusSeconds(180), true, Set.of(ADA))), Set.of(ADA)));
      tx.items().insert(new Discussion(header("hush", HIDDEN, BOB, "Hush"), "@u-ada knew", false, List.of(),
          Set.of(ADA)));
    });
  }

  @AfterEach
  void close() {
    world.close();
  }

  private static ItemHeader header(String id, CommunityId community, UserId author, String title) {
    return new ItemHeader(ItemId.of(id), community, author, title, Locale.ENGLISH, Visibility.MEMBERS,
        ReviewState.PUBLISHED, Set.of(), AT, AT, 0);
  }

  private JsonNode export(Actor actor) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    world.data.export(actor, ADA, out);
    String text = out.toString(StandardCharsets.UTF_8);
    if (!actor.isPlatformAdmin()) {
      assertFalse(text.contains("u-bob") || text.contains("u-eve"), "no other person's id: " + text);
    }
    return JSON.readTree(text);
  }

  /** Each element's values of the fields, "-" where a field is absent or null. */
  private static List<List<String>> rows(JsonNode array, String... fields) {
    List<List<String>> rows = new ArrayList<>();
    array.forEach(node -> {
      List<String> row = new ArrayList<>();
      for (String field : fields) {
        row.add(node.has(field) && !node.get(field).isNull() ? node.get(field).asString() : "-");
      }
      rows.add(row);
    });
    return rows;
  }

  @Test
  @DisplayName("her own view: her answers always, the hidden group's event by id alone; only mentions she may see")
  void ownView() {
    JsonNode root = export(Actor.user(ADA));
    assertEquals(List.of(
        List.of("assembly", "water", "Assembly", "ATTENDING", AT.toString()),
        List.of("retreat", "-", "-", "WAITING", AT.toString())),
        rows(root.get("registrations"), "event", "community", "eventTitle", "state", "since"));
    assertEquals(List.of(
        List.of("mentions", "water", "Who measures?", "-", "another person", AT.toString()),
        List.of("mentions", "water", "Who measures?", "r9", "another person", AT.plusSeconds(120).toString())),
        rows(root.get("mentions"), "discussion", "community", "discussionTitle", "reply", "by", "at"));
  }

  @Test
  @DisplayName("a platform admin's view: every registration and every post that mentions her, with names")
  void adminView() {
    JsonNode root = export(ROOT);
    assertEquals(List.of(
        List.of("assembly", "water", "Assembly", "ATTENDING"),
        List.of("retreat", "hidden", "Retreat", "WAITING")),
        rows(root.get("registrations"), "event", "community", "eventTitle", "state"));
    // the order of discussions created at the same time is the store's to choose
    List<List<String>> mentions = rows(root.get("mentions"), "discussion", "discussionTitle", "reply", "by");
    assertEquals(Set.of(
        List.of("hush", "Hush", "-", "u-bob"),
        List.of("mentions", "Who measures?", "-", "u-eve"),
        List.of("mentions", "Who measures?", "r9", "u-bob"),
        List.of("mentions", "Who measures?", "r10", "u-eve")), Set.copyOf(mentions));
    assertEquals(4, mentions.size());
  }
}
