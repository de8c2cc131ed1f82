package dev.convene.examples;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.platform.ContentService;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.memory.InMemoryStorage;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * A host portal wires its own mail into Convene through a {@link dev.convene.platform.NotificationSink}
 * and lets members choose immediate mail or a daily digest. Notifications leave in the background
 * after each change commits; so that the mails print beside the step that caused them, the example
 * waits for them after each step ({@code awaitDelivered}), as a portal never needs to. Run it with the README's main-job command
 * and {@code -Dexample.main=dev.convene.examples.PortalNotifications}.
 */
public final class PortalNotifications {
  private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
  private static final Actor ADA = Actor.user("ada");
  private static final Actor MO = Actor.user("mo");
  private static final Actor MIA = Actor.user("mia");
  private static final Actor RITA = Actor.user("rita");
  private static final Actor OLGA = Actor.user("olga");

  private PortalNotifications() {}

  /** Prints the mails the portal sends. */
  public static void main(String[] args) {
    run(System.out);
  }

  static MailboxSink run(PrintStream out) {
    MailboxSink mailbox = new MailboxSink(user -> user + "@portal.example", out);
    Clock clock = Clock.fixed(MONDAY, ZoneOffset.UTC);
    Convene convene = Convene.builder().storage(InMemoryStorage.create(clock)).clock(clock).notificationSink(mailbox)
        .build();

    out.println("-- ada creates Pension Reform (semi-private, reviewed before publication); mo and mia ask to");
    out.println("-- join and are approved; mo becomes moderator. Each mail the portal sends is printed.");
    out.println();
    Community pensions = convene.communities().create(ADA, "pension-reform",
        b -> b.name("Pension Reform").privacy(Privacy.SEMI_PRIVATE).reviewBeforePublication(true));
    for (Actor member : new Actor[] {MO, MIA}) {
      convene.memberships().request(member, pensions.id(), Optional.empty());
      convene.memberships().approve(ADA, pensions.id(), user(member));
    }
    convene.memberships().changeRole(ADA, pensions.id(), user(MO), Role.MODERATOR);
    sent(convene);
    convene.notifications().subscribe(MIA, pensions.id(), NotificationLevel.ALL, Delivery.DAILY);
    convene.notifications().subscribe(OLGA, pensions.id(), NotificationLevel.ALL, Delivery.IMMEDIATE);
    out.println("-- mia chooses a daily digest of everything; olga, an outsider, follows the community by mail.");
    out.println();

    out.println("-- rita asks to join: the moderators are told at once.");
    convene.memberships().request(RITA, pensions.id(), Optional.of("I work on pensions in Chile"));
    sent(convene);

    out.println("-- mia submits a members-only briefing: it waits for review; mo approves it.");
    Item briefing = convene.content().create(MIA, pensions.id(),
        ItemDraft.document("Briefing on contribution rates", Locale.ENGLISH, Visibility.MEMBERS));
    convene.content().submit(MIA, briefing.id());
    sent(convene);
    convene.content().review(MO, briefing.id(), ContentService.Verdict.APPROVE, Optional.empty());
    sent(convene);

    out.println("-- ada posts a public announcement; once mo approves it, olga may see it and is told,");
    out.println("-- and mia will find it in her digest. Of the members-only briefing, olga heard nothing.");
    Item announcement = convene.content().create(ADA, pensions.id(),
        ItemDraft.announcement("Webinar on pension reform", Locale.ENGLISH, Visibility.PUBLIC, "Join us on Friday."));
    convene.content().submitOrPublish(ADA, announcement.id());
    sent(convene);
    convene.content().review(MO, announcement.id(), ContentService.Verdict.APPROVE, Optional.empty());
    sent(convene);
    out.println();

    out.println("-- the day ends: the portal's scheduler sends the daily digests.");
    convene.notifications().sendDigests(Delivery.DAILY, MONDAY.plusSeconds(1));
    convene.close();
    return mailbox;
  }

  /** Waits until the mails of every change so far are sent. */
  private static void sent(Convene convene) {
    if (!convene.notifications().awaitDelivered(Duration.ofSeconds(30))) {
      throw new IllegalStateException("the mails were not sent within 30 s");
    }
  }

  private static UserId user(Actor actor) {
    return actor.user().orElseThrow();
  }
}
