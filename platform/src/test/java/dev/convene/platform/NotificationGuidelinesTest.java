package dev.convene.platform;

import static dev.convene.platform.NotificationWorld.ADA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Community;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Role;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** New guidelines are news for every member: they accept them before they post again. */
class NotificationGuidelinesTest {
  private final NotificationWorld w = new NotificationWorld();

  @Test
  @DisplayName("a new version of the guidelines is important news for the members, not for their publisher")
  void membersHearOfNewGuidelines() {
    Community water = w.community("Water", b -> b);
    w.member(water, "mel", Role.MEMBER);
    w.member(water, "mo", Role.MODERATOR);
    w.convene.guidelines().publish(ADA, water.id(), LocalizedText.of("en", "Be kind."), 0);
    w.deliver();
    // members who never chose a level hear what is important at once
    assertEquals(List.of("mel", "mo"), w.sink.recipients("community.guidelines_published").stream().sorted().toList());
    assertEquals(List.of("Water has new guidelines: accept them before you post again"), w.sink.to("mel"));
  }

  @Test
  @DisplayName("a member who chose to hear nothing is not told")
  void levelNone() {
    Community water = w.community("Water", b -> b);
    w.member(water, "mel", Role.MEMBER);
    w.member(water, "max", Role.MEMBER);
    w.follow("max", water, NotificationLevel.NONE, Delivery.IMMEDIATE);
    w.convene.guidelines().publish(ADA, water.id(), LocalizedText.of("en", "Be kind."), 0);
    w.deliver();
    assertEquals(List.of("mel"), w.sink.recipients("community.guidelines_published"));
  }
}
