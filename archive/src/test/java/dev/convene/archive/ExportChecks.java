package dev.convene.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the exports of u-ada in a {@link PersonWorld} hold, field by field, read off the world's
 * description by hand.
 */
final class ExportChecks {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ExportChecks() {}

  /** u-ada's own export. */
  static void own(byte[] export) {
    JsonNode root = JSON.readTree(export);
    common(root);
    assertEquals("own", text(root, "view"));
    // replies in others' discussions: newest discussion first; the hidden group's title is not shown
    JsonNode replies = root.get("replies");
    assertEquals(2, replies.size());
    assertEquals(List.of("secret", "r3", "Agreed"), List.of(text(replies.get(0), "discussion"),
        text(replies.get(0), "id"), text(replies.get(0), "body")));
    assertFalse(replies.get(0).has("discussionTitle"));
    assertEquals(List.of("question", "r1", "Where do rivers go"), List.of(text(replies.get(1), "discussion"),
        text(replies.get(1), "id"), text(replies.get(1), "discussionTitle")));
    // audit: newest first; other people are "another person", what names them is withheld
    JsonNode audit = root.get("audit");
    assertEquals(3, audit.size());
    assertEquals(List.of("water", "system", "u-ada", "INVITED", "ACTIVE MEMBER"), entry(audit.get(0)));
    assertTrue(audit.get(0).get("reason").isNull());
    assertEquals(List.of("hidden", "another person", "u-ada", "ACTIVE MEMBER", "none"), entry(audit.get(1)));
    assertEquals("withheld", text(audit.get(1), "reason"));
    assertEquals(List.of("water", "u-ada", "withheld", "withheld", "withheld"), entry(audit.get(2)));
    assertEquals("welcome", text(audit.get(2), "reason"));
    // communities: named by id; slug and name only where the person may see them
    JsonNode communities = root.get("communities");
    assertEquals(3, communities.size());
    assertEquals("hidden", text(communities.get(0), "id"));
    assertFalse(communities.get(0).has("name"));
    assertEquals(List.of("water", "Water"), List.of(text(communities.get(1), "slug"), text(communities.get(1), "name")));
    assertEquals(List.of("wg", "Working group"), List.of(text(communities.get(2), "slug"),
        text(communities.get(2), "name")));
    assertFalse(new String(export, java.nio.charset.StandardCharsets.UTF_8).contains("u-bob"), "no other person's id");
    assertFalse(new String(export, java.nio.charset.StandardCharsets.UTF_8).contains("u-eve"), "no other person's id");
  }

  /** A platform admin's export of u-ada. */
  static void admin(byte[] export) {
    JsonNode root = JSON.readTree(export);
    common(root);
    assertEquals("platform-admin", text(root, "view"));
    assertEquals("Secret plans", text(root.get("replies").get(0), "discussionTitle"));
    JsonNode audit = root.get("audit");
    assertEquals(List.of("hidden", "u-bob", "u-ada", "ACTIVE MEMBER", "none"), entry(audit.get(1)));
    assertEquals("inactive", text(audit.get(1), "reason"));
    assertEquals(List.of("water", "u-ada", "u-bob", "REQUESTED", "ACTIVE MEMBER"), entry(audit.get(2)));
    assertEquals("Hidden", text(root.get("communities").get(0), "name"));
  }

  /** What both views show alike: the person's own memberships, subscriptions and items. */
  private static void common(JsonNode root) {
    assertEquals("convene-personal-data", text(root, "format"));
    assertEquals(1, root.get("version").asInt());
    assertEquals("u-ada", text(root, "user"));
    JsonNode memberships = root.get("memberships");
    assertEquals(2, memberships.size());
    assertEquals(List.of("water", "ACTIVE", "ADMIN"), List.of(text(memberships.get(0), "community"),
        text(memberships.get(0), "state"), text(memberships.get(0), "role")));
    assertEquals(List.of("wg", "ACTIVE", "ADMIN"), List.of(text(memberships.get(1), "community"),
        text(memberships.get(1), "state"), text(memberships.get(1), "role")));
    assertEquals("2026-01-05T09:00:00Z", text(memberships.get(0), "since"));
    JsonNode subscriptions = root.get("subscriptions");
    assertEquals(1, subscriptions.size());
    assertEquals(List.of("water", "ALL", "DAILY"), List.of(text(subscriptions.get(0), "community"),
        text(subscriptions.get(0), "level"), text(subscriptions.get(0), "delivery")));
    // their items, newest first, wherever they are; in a discussion, only their own replies
    JsonNode items = root.get("items");
    List<String> ids = new ArrayList<>();
    items.forEach(item -> ids.add(text(item, "id")));
    assertEquals(List.of("draft", "thread", "note", "report"), ids);
    assertEquals(List.of("DRAFT", "Unfinished aquifer study", "Groundwater"), List.of(text(items.get(0),
        "reviewState"), text(items.get(0), "title"), text(items.get(0), "summary")));
    assertEquals(List.of("hidden", "Wetland note", "MEMBERS"), List.of(text(items.get(2), "community"),
        text(items.get(2), "title"), text(items.get(2), "visibility")));
    JsonNode threadReplies = items.get(1).get("replies");
    assertEquals(1, threadReplies.size());
    assertEquals(List.of("r5", "Indeed", "2026-01-05T09:14:00Z"), List.of(text(threadReplies.get(0), "id"),
        text(threadReplies.get(0), "body"), text(threadReplies.get(0), "created")));
  }

  private static List<String> entry(JsonNode entry) {
    return List.of(text(entry, "community"), text(entry, "actor"), text(entry, "subject"), text(entry, "before"),
        text(entry, "after"));
  }

  private static String text(JsonNode node, String field) {
    return node.get(field).asString();
  }
}
