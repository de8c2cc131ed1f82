package dev.convene.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Branding;
import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Permission;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Recurrence;
import dev.convene.core.model.Reply;
import dev.convene.core.model.Role;
import dev.convene.core.model.RolePermissions;
import dev.convene.core.model.SchemeId;
import dev.convene.core.model.Section;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.Storage;
import dev.convene.storage.blob.BlobStore;
import dev.convene.storage.blob.FileSystemBlobStore;
import dev.convene.testing.TestClock;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A platform with one rich community to archive: settings of every kind, a working group, members in
 * every state, items of every kind with replies, a hidden reply, a lock, attachments (one file shared
 * by two documents, another on an event), registrations for an event, a poll with an idea and votes,
 * subscriptions and the audit log all that leaves.
 */
final class Source implements AutoCloseable {
  static final Actor ADA = Actor.user("ada");
  static final Actor MIA = Actor.user("mia");
  static final Actor RITA = Actor.user("rita");
  static final Actor BOB = Actor.user("bob");
  static final Actor OLGA = Actor.user("olga");
  static final Actor ROOT = Actor.user("root", PlatformRole.PLATFORM_ADMIN);
  static final UserId IVAN = UserId.of("ivan");

  static final byte[] REPORT = "the annual report, in full".getBytes(UTF_8);
  static final byte[] MINUTES = "minutes of the board meeting".getBytes(UTF_8);
  static final byte[] AGENDA = "agenda of the yearly assembly".getBytes(UTF_8);

  static final SchemeId THEMES = SchemeId.of("themes");
  static final ConceptId WATER = ConceptId.of("water");
  static final ConceptId ENERGY = ConceptId.of("energy");
  static final ConceptId LOCAL = ConceptId.of("local");

  final TestClock clock = TestClock.at(Instant.parse("2026-03-01T09:00:00Z"));
  final Storage storage;
  final BlobStore blobs;
  final Convene convene;
  Community water;
  Community group;
  Item report;
  Item draft;
  Item assembly;
  Discussion talk;
  Poll poll;

  Source(Storage storage, Path blobRoot) {
    this.storage = storage;
    this.blobs = FileSystemBlobStore.create(blobRoot);
    AtomicInteger ids = new AtomicInteger();
    this.convene = Convene.builder().storage(storage).clock(clock).blobStore(blobs)
        .ids(() -> "src-" + ids.incrementAndGet()).build();
  }

  /** The themes: concepts with a URI, and one known by its notation only. */
  static Taxonomy taxonomy() {
    ConceptScheme themes = ConceptScheme.of(THEMES, LocalizedText.of("en", "Themes"), Locale.ENGLISH)
        .withUri(URI.create("http://example.org/themes"));
    return Taxonomy.builder().scheme(themes)
        .concept(Concept.builder(WATER, THEMES).prefLabel("en", "Water").prefLabel("fr", "Eau")
            .uri(URI.create("http://example.org/themes/water")).notation("1").build())
        .concept(Concept.builder(ENERGY, THEMES).prefLabel("en", "Energy")
            .uri(URI.create("http://example.org/themes/energy")).build())
        .concept(Concept.builder(LOCAL, THEMES).prefLabel("en", "Local matters").notation("L1").build())
        .build();
  }

  /** Fills the platform through its services, so that the audit log is what the platform writes. */
  Source fill() {
    convene.taxonomy().replace(ROOT, taxonomy(), 0);
    water = convene.communities().create(ADA, "water", b -> b.defaultLanguage(Locale.FRENCH)
        .name(LocalizedText.of("fr", "Eau").with("en", "Water")).description("Tout sur l'eau")
        .purpose(Purpose.REPOSITORY).privacy(Privacy.SEMI_PRIVATE).joinPolicy(JoinPolicy.REQUEST)
        .sections(EnumSet.of(Section.DOCUMENTS, Section.EVENTS, Section.ANNOUNCEMENTS, Section.DISCUSSIONS,
            Section.WORKING_GROUPS, Section.POLLS))
        .branding(new Branding(Optional.of("logo/water.png"), Optional.of("#1a73e8"), Optional.of("#fff"),
            LocalizedText.of("fr", "Bienvenue")))
        .concepts(Set.of(WATER)).permissions(RolePermissions.defaults().with(Permission.EDIT_OWN_ITEMS, Role.MODERATOR)));
    tick();
    group = convene.communities().createWorkingGroup(ADA, water.id(), "water-pumps",
        b -> b.name("Pumps").privacy(Privacy.PRIVATE).joinPolicy(JoinPolicy.INVITATION).concepts(Set.of(ENERGY)));
    tick();
    var members = convene.memberships();
    members.request(MIA, water.id(), Optional.of("I work on wells"));
    members.approve(ADA, water.id(), MIA.user().orElseThrow());
    members.changeRole(ADA, water.id(), MIA.user().orElseThrow(), Role.MODERATOR);
    members.request(RITA, water.id(), Optional.of("May I join?"));
    members.invite(ADA, water.id(), IVAN, Optional.of("Come and help"));
    members.request(BOB, water.id(), Optional.empty());
    members.approve(ADA, water.id(), BOB.user().orElseThrow());
    members.block(ADA, water.id(), BOB.user().orElseThrow());
    members.invite(ADA, group.id(), MIA.user().orElseThrow(), Optional.empty());
    members.accept(MIA, group.id());
    tick();
    var content = convene.content();
    report = content.create(ADA, water.id(), ItemDraft.document("Annual report", Locale.ENGLISH, Visibility.PUBLIC)
        .summary("What we did").body("All of it").authors("Ada Lovelace", "Water Board").publisher("The Board")
        .publicationDate(LocalDate.of(2025, 12, 31)).documentType("Report").concepts(WATER, LOCAL));
    content.attach(ADA, report.id(), "report.pdf", "application/pdf", new ByteArrayInputStream(REPORT));
    content.attach(ADA, report.id(), "minutes.txt", "text/plain", new ByteArrayInputStream(MINUTES));
    report = content.publish(ADA, report.id());
    tick();
    draft = content.create(MIA, water.id(), ItemDraft.document("Draft notes", Locale.FRENCH, Visibility.MEMBERS));
    draft = content.attach(MIA, draft.id(), "copy.pdf", "application/pdf", new ByteArrayInputStream(REPORT));
    tick();
    Item event = content.create(ADA, water.id(), ItemDraft.event("Assembly", Locale.ENGLISH, Visibility.PUBLIC,
        Instant.parse("2026-04-01T10:00:00Z"), Instant.parse("2026-04-01T12:00:00Z"), ZoneId.of("Europe/Paris"))
        .description("The yearly assembly").place("Town hall").onlineLink(URI.create("https://meet.example.org/a"))
        .webinar(true).concepts(ENERGY).recurrence(Recurrence.times(Recurrence.Frequency.MONTHLY, 1, 3))
        .linkedCommunities(group.id()).capacity(120));
    assembly = content.attach(ADA, event.id(), "agenda.txt", "text/plain", new ByteArrayInputStream(AGENDA));
    Item holiday = content.create(ADA, water.id(), ItemDraft.event("Water day", Locale.ENGLISH, Visibility.PUBLIC,
        Instant.parse("2026-03-21T23:00:00Z"), Instant.parse("2026-03-22T23:00:00Z"), ZoneId.of("Europe/Paris"))
        .allDay(true).recurrence(Recurrence.until(Recurrence.Frequency.WEEKLY, 52, LocalDate.of(2030, 3, 22))));
    content.publish(ADA, holiday.id());
    content.publish(ADA, event.id());
    convene.registrations().attend(MIA, event.id());
    convene.registrations().attend(OLGA, event.id());
    convene.registrations().decline(OLGA, event.id());
    content.archive(ADA, event.id());
    tick();
    Item news = content.create(ADA, water.id(), ItemDraft.announcement("Closed on Monday", Locale.ENGLISH,
        Visibility.MEMBERS, "The office is closed").pinned(true).expires(Instant.parse("2026-05-01T00:00:00Z")));
    content.publish(ADA, news.id());
    tick();
    Item opened = content.create(MIA, water.id(), ItemDraft.discussion("Which pump?", Locale.ENGLISH,
        Visibility.MEMBERS, "Hand or solar, @ada?").mentions(UserId.of("ada")));
    content.publish(MIA, opened.id());
    tick();
    content.reply(ADA, opened.id(), "Solar, surely, @mia", Set.of(UserId.of("mia")));
    tick();
    content.reply(MIA, opened.id(), "Spam spam spam");
    Reply spam = ((Discussion) content.get(ADA, opened.id())).replies().get(1);
    content.hideReply(ADA, opened.id(), spam.id(), true);
    talk = content.lock(ADA, opened.id(), true);
    tick();
    Item asked = content.create(MIA, water.id(), ItemDraft.poll("Where to dig?", Locale.ENGLISH, Visibility.MEMBERS,
        Poll.Mode.IDEAS).description("Wells for the summer").options("North field")
        .closes(Instant.parse("2026-06-01T00:00:00Z")).results(Poll.ResultsVisibility.AFTER_VOTING));
    content.publish(MIA, asked.id());
    convene.polls().addIdea(ADA, asked.id(), "By the school");
    tick();
    convene.polls().vote(MIA, asked.id(), PollOptionId.of("2"));
    convene.polls().vote(ADA, asked.id(), PollOptionId.of("1"));
    poll = (Poll) content.get(ADA, asked.id());
    tick();
    Item inGroup = content.create(ADA, group.id(), ItemDraft.document("Pump specs", Locale.ENGLISH, Visibility.MEMBERS)
        .summary("Specs"));
    content.publish(ADA, inGroup.id());
    tick();
    // guidelines last: once published, members accept them before they contribute again
    convene.guidelines().publish(ADA, water.id(), LocalizedText.of("fr", "Soyez aimables.").with("en", "Be kind."), 0);
    tick();
    convene.guidelines().accept(MIA, water.id(), 1);
    tick();
    convene.guidelines().publish(ADA, water.id(), LocalizedText.of("fr", "Soyez aimables et brefs."), 1);
    convene.notifications().subscribe(MIA, water.id(), NotificationLevel.ALL, Delivery.DAILY);
    convene.notifications().subscribe(OLGA, water.id(), NotificationLevel.IMPORTANT, Delivery.WEEKLY);
    convene.notifications().subscribe(MIA, group.id(), NotificationLevel.ALL, Delivery.IMMEDIATE);
    water = convene.communities().get(ADA, water.id());
    report = content.get(ADA, report.id());
    return this;
  }

  private void tick() {
    clock.advance(Duration.ofMinutes(7));
  }

  /** An empty platform on {@code storage} with the same taxonomy, a blob store and search. */
  static Convene target(Storage storage, BlobStore blobs) {
    Convene convene = Convene.builder().storage(storage).blobStore(blobs).search(new ByteBuffersDirectory()).build();
    convene.taxonomy().replace(ROOT, taxonomy(), 0);
    return convene;
  }

  @Override
  public void close() {
    convene.close();
  }
}
