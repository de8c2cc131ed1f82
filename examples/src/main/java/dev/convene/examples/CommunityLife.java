package dev.convene.examples;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.Recurrence;
import dev.convene.core.model.Reply;
import dev.convene.core.model.Visibility;
import dev.convene.platform.CalendarWindow;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import dev.convene.platform.Occurrence;
import dev.convene.platform.PollResults;
import dev.convene.platform.RegistrationCounts;
import dev.convene.platform.ReportTarget;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Guidelines;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Report;
import dev.convene.storage.ReportReason;
import java.io.PrintStream;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pension Reform's community life, as its members use it: guidelines accepted on the way in, an
 * events calendar with a recurring call and a webinar with a capacity, announcements with one
 * pinned, a poll whose counts only voters see, and a reply reported and handled by a moderator.
 * {@link #seed} writes it once, when the world is built; {@link #print} shows it as each person may
 * see it, so that every run of the tour prints the same.
 */
final class CommunityLife {
  /** A member who joins after the guidelines, and whose reply is reported. */
  static final Actor SAM = Actor.user("sam");

  static final String CALL = "Monthly members' call";
  static final String WEBINAR = "Webinar: pensions in practice";
  static final String PINNED = "Call for papers, until 30 March";
  static final String PLAIN = "The reading group moves to Thursdays";
  static final String POLL = "Which topic for the April call?";
  static final String DISCUSSION = "Retirement ages across the region";

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final Set<AuditAction> REPORTING = EnumSet.of(AuditAction.REPORT_FILED,
      AuditAction.REPORT_DISMISSED, AuditAction.REPORT_HIDDEN, AuditAction.REPORT_REMOVED,
      AuditAction.REPORT_AUTHOR_BLOCKED);

  private final SampleWorld world;
  private final Convene convene;
  private final Community pensions;

  CommunityLife(SampleWorld world) {
    this.world = world;
    this.convene = world.convene;
    this.pensions = world.community("pension-reform");
  }

  /** Writes the community's life through the services, as its people would; once, on the first run. */
  static void seed(SampleWorld world, Community pensions) {
    Convene convene = world.convene;
    Guidelines guidelines = convene.guidelines().publish(SampleWorld.ADA, pensions.id(),
        LocalizedText.of("en", "Be kind. Cite your sources. No advertising.")
            .with("fr", "Soyez bienveillants. Citez vos sources. Pas de publicité."), 0);
    // members who joined before there were guidelines accept them before they post again
    for (Actor member : List.of(SampleWorld.MIA, SampleWorld.MO)) {
      convene.guidelines().accept(member, pensions.id(), guidelines.version());
    }
    convene.memberships().request(SAM, pensions.id(), Optional.empty(), guidelines.version());
    convene.memberships().approve(SampleWorld.ADA, pensions.id(), SampleWorld.user(SAM));

    world.publish(pensions, SampleWorld.MO, ItemDraft.event(CALL, Locale.ENGLISH, Visibility.MEMBERS,
            Instant.parse("2026-03-10T13:00:00Z"), Instant.parse("2026-03-10T14:00:00Z"), PARIS)
        .recurrence(Recurrence.times(Recurrence.Frequency.MONTHLY, 1, 3))
        .onlineLink(URI.create("https://meet.example.org/pension-reform")));
    Item webinar = world.publish(pensions, SampleWorld.ADA, ItemDraft.event(WEBINAR, Locale.ENGLISH,
            Visibility.PUBLIC, Instant.parse("2026-03-18T15:00:00Z"), Instant.parse("2026-03-18T16:30:00Z"),
            ZoneId.of("UTC"))
        .webinar(true).onlineLink(URI.create("https://meet.example.org/pensions-in-practice")).capacity(2));
    for (Actor attendee : List.of(SampleWorld.MIA, SampleWorld.MO, SAM)) {
      convene.registrations().attend(attendee, webinar.id());
    }

    world.publish(pensions, SampleWorld.ADA, ItemDraft.announcement(PINNED, Locale.ENGLISH, Visibility.MEMBERS,
        "Send your abstracts to the moderators.").pinned(true));
    world.publish(pensions, SampleWorld.ADA, ItemDraft.announcement(PLAIN, Locale.ENGLISH, Visibility.MEMBERS,
        "Same time, same room."));

    Item poll = world.publish(pensions, SampleWorld.MIA, ItemDraft.poll(POLL, Locale.ENGLISH, Visibility.MEMBERS,
            Poll.Mode.OPTIONS)
        .options("Coverage of informal workers", "Financing", "Governance")
        .closes(Instant.parse("2026-03-31T00:00:00Z")).results(Poll.ResultsVisibility.AFTER_VOTING));
    convene.polls().vote(SampleWorld.MIA, poll.id(), PollOptionId.of("1"));
    convene.polls().vote(SampleWorld.MO, poll.id(), PollOptionId.of("2"));
    convene.polls().vote(SampleWorld.ADA, poll.id(), PollOptionId.of("1"));

    Item discussion = world.publish(pensions, SampleWorld.MO, ItemDraft.discussion(DISCUSSION, Locale.ENGLISH,
        Visibility.MEMBERS, "At what age may people retire where you work?"));
    convene.content().reply(SampleWorld.MIA, discussion.id(), "At 65 here, 62 with a long career.");
    Reply advert = convene.content().reply(SAM, discussion.id(), "Cheap followers for your page at example.net!");
    ReportTarget reported = ReportTarget.reply(discussion.id(), advert.id());
    convene.reports().file(SampleWorld.MIA, reported, ReportReason.SPAM, "an advertisement");
    convene.reports().hide(SampleWorld.MO, reported);
  }

  /** Prints what each person finds in the community's sections. */
  void print(PrintStream out) {
    out.println("== Community life in Pension Reform");
    printGuidelines(out);
    printCalendar(out);
    printAnnouncements(out);
    printPoll(out);
    printReport(out);
  }

  private void printGuidelines(PrintStream out) {
    Guidelines current = convene.guidelines().current(SampleWorld.RITA, pensions.id()).orElseThrow();
    out.printf("Guidelines, version %d: \"%s\" (in French: \"%s\").%n", current.version(),
        current.text().resolve(Locale.ENGLISH).orElseThrow(), current.text().resolve(Locale.FRENCH).orElseThrow());
    out.printf("  Joining names the version accepted: sam asked with version %d and was approved; rita, who asked"
        + " before there were guidelines, still waits for approval.%n", current.version());
  }

  private void printCalendar(PrintStream out) {
    CalendarWindow window = CalendarWindow.between(Instant.parse("2026-03-01T00:00:00Z"),
        Instant.parse("2026-05-01T00:00:00Z")).in(pensions.id());
    out.println("Calendar, March and April 2026, in each event's time zone:");
    for (Actor actor : List.of(SampleWorld.OLGA, SampleWorld.MIA)) {
      List<String> lines = convene.calendar().list(actor, window, PageRequest.first(20)).items().stream()
          .map(CommunityLife::occurrence).toList();
      out.printf("  %-5s %s%n", SampleWorld.user(actor), String.join("; ", lines));
    }
    Item webinar = item(SampleWorld.ADA, ItemType.EVENT, WEBINAR);
    RegistrationCounts counts = convene.registrations().counts(SampleWorld.ADA, webinar.id());
    out.printf("  The webinar takes %d: %d attending, %d waiting (sam registered last).%n",
        counts.capacity().orElseThrow(), counts.attending(), counts.waiting());
  }

  private static String occurrence(Occurrence o) {
    ZoneId zone = o.event().timeZone();
    String kind = o.event().webinar() ? " (webinar)" : "";
    return o.event().title() + kind + ", " + WHEN.format(o.start().atZone(zone)) + " " + zone.getId();
  }

  private void printAnnouncements(PrintStream out) {
    List<String> titles = convene.content().list(SampleWorld.MIA, pensions.id(),
        ItemQuery.all().withTypes(ItemType.ANNOUNCEMENT), PageRequest.first(10)).items().stream()
        .map(Item::title).toList();
    out.printf("Announcements, pinned first though older: %s.%n", String.join(" | ", titles));
  }

  private void printPoll(PrintStream out) {
    Item poll = item(SampleWorld.ADA, ItemType.POLL, POLL);
    out.printf("Poll \"%s\" (counts shown to those who voted):%n", poll.title());
    for (Actor actor : List.of(SampleWorld.MIA, SAM, SampleWorld.OLGA)) {
      String answer;
      try {
        answer = convene.polls().resultsIfVisible(actor, poll.id()).map(CommunityLife::counts)
            .orElse("has not voted: no counts yet");
      } catch (NotFoundException e) {
        answer = "not found";
      }
      out.printf("  %-5s %s%n", SampleWorld.user(actor), answer);
    }
  }

  private static String counts(PollResults results) {
    return results.options().stream().map(c -> c.option().text() + " " + c.votes())
        .collect(Collectors.joining(", ")) + " (" + results.voters() + " voters)";
  }

  private void printReport(PrintStream out) {
    Report report = convene.reports().mine(SampleWorld.MIA).get(0);
    Discussion asMember = (Discussion) item(SampleWorld.MIA, ItemType.DISCUSSION, DISCUSSION);
    Discussion asModerator = (Discussion) item(SampleWorld.MO, ItemType.DISCUSSION, DISCUSSION);
    out.printf("Safe spaces: mia reported a reply in \"%s\" as %s; the moderators decided %s, and %d reports"
        + " are open.%n", DISCUSSION, report.reason(), report.outcome().map(Enum::name).orElse("nothing yet"),
        convene.reports().openCount(SampleWorld.MO, pensions.id()));
    out.printf("  Replies mia sees: %d; mo, a moderator, sees %d, of which %d hidden.%n", asMember.replies().size(),
        asModerator.replies().size(), asModerator.replies().stream().filter(Reply::hidden).count());
    List<String> lines = new ArrayList<>();
    for (AuditEntry entry : convene.audit().list(SampleWorld.ADA, pensions.id(), PageRequest.first(100)).items()) {
      if (REPORTING.contains(entry.action())) {
        lines.add(entry.action() + " by " + entry.actor().map(Object::toString).orElse("no one named"));
      }
    }
    out.printf("  The audit log: %s.%n", String.join(", ", lines.reversed()));
  }

  private Item item(Actor actor, ItemType type, String title) {
    return convene.content().list(actor, pensions.id(), ItemQuery.all().withTypes(type), PageRequest.first(50))
        .items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
  }
}
