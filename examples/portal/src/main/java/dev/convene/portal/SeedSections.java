package dev.convene.portal;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.Poll;
import dev.convene.core.model.Recurrence;
import dev.convene.core.model.Visibility;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The seeded world's sections beyond documents: events (upcoming, past, recurring, one with a file),
 * announcements (pinned and not), discussions with replies, polls with each results setting, and
 * guidelines. Open Library holds one public and one members-only item of each kind, so that a
 * visitor and a member see its space differently.
 */
final class SeedSections {
  /** The public event of Open Library, with an attached programme. */
  static final String OPEN_DAY = "Open day at the library";
  /** The members-only event of Open Library. */
  static final String ASSEMBLY = "Members' assembly";
  /** The public, pinned announcement of Open Library. */
  static final String REOPENING = "The reading rooms reopen";
  /** The members-only announcement of Open Library. */
  static final String BUDGET_NOTICE = "Budget vote for members";
  /** The public discussion of Open Library, with replies. */
  static final String DIGITISE = "Which archives should we digitise first?";
  /** The members-only discussion of Open Library. */
  static final String OPENING_HOURS = "Opening hours for members";
  /** The public poll of Open Library, whose results show after voting. */
  static final String VENUE_POLL = "Where shall we hold the open day?";
  /** The members-only poll of Open Library, whose results always show. */
  static final String EXHIBITION_POLL = "Which theme for the next exhibition?";
  /** The file attached to the open day. */
  static final String PROGRAMME = "programme.txt";

  private static final Locale EN = Locale.ENGLISH;
  private static final Locale FR = Locale.FRENCH;
  private static final Locale ES = Locale.forLanguageTag("es");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

  private SeedSections() {}

  /** Fills Open Library's sections, with a few items elsewhere; {@code mo} moderates, {@code mia} is a member. */
  static void seed(Convene convene, Community library, Community climate, Community pensions, Actor mo, Actor mia) {
    Instant today = convene.clock().instant().truncatedTo(ChronoUnit.DAYS);
    Item openDay = publish(convene, library, mo, ItemDraft.event(OPEN_DAY, EN, Visibility.PUBLIC,
        at(today, 12, 8), at(today, 12, 15), PARIS)
        .place("Main reading room").description("Tours of the stacks, the new archive and a reading for children."));
    convene.content().attach(mo, openDay.id(), PROGRAMME, "text/plain", new ByteArrayInputStream(
        "10:00 tours\n14:00 readings\n".getBytes(StandardCharsets.UTF_8)));
    publish(convene, library, mo, ItemDraft.event(ASSEMBLY, EN, Visibility.MEMBERS,
        at(today, 20, 17), at(today, 20, 19), MEXICO)
        .onlineLink(URI.create("https://meet.example.org/library-assembly"))
        .description("The members vote on the budget."));
    publish(convene, library, mo, ItemDraft.event("Club de lecture", FR, Visibility.PUBLIC,
        at(today, 3, 16), at(today, 3, 17), PARIS)
        .place("Salle des enfants").description("Chaque semaine, un livre lu ensemble.")
        .recurrence(Recurrence.times(Recurrence.Frequency.WEEKLY, 1, 6)));
    publish(convene, library, mo, ItemDraft.event("Taller de archivos", ES, Visibility.PUBLIC,
        at(today, -30, 15), at(today, -30, 18), MEXICO)
        .place("Sala de archivos").description("Cómo conservar los documentos en papel."));

    publish(convene, library, mo, ItemDraft.announcement("Summer opening hours", EN, Visibility.PUBLIC,
        "From July the library opens at nine."));
    publish(convene, library, mo, ItemDraft.announcement(REOPENING, EN, Visibility.PUBLIC,
        "Both reading rooms are open again, with new lamps.").pinned(true));
    publish(convene, library, mo, ItemDraft.announcement(BUDGET_NOTICE, EN, Visibility.MEMBERS,
        "Members vote on the archive's budget at the assembly."));

    Item digitise = publish(convene, library, mia, ItemDraft.discussion(DIGITISE, EN, Visibility.PUBLIC,
        "The newspapers crumble first; the maps are asked for most."));
    convene.content().reply(mo, digitise.id(), "Newspapers first: they will not last another winter.");
    convene.content().reply(mia, digitise.id(), "Then the maps, with the reading room's scanner.");
    Item hours = publish(convene, library, mia, ItemDraft.discussion(OPENING_HOURS, EN, Visibility.MEMBERS,
        "Could members borrow on Sunday mornings?"));
    convene.content().reply(mo, hours.id(), "We will ask at the assembly.");

    Item venue = publish(convene, library, mia, ItemDraft.poll(VENUE_POLL, EN, Visibility.PUBLIC, Poll.Mode.OPTIONS)
        .options("Main reading room", "Garden", "Archive hall").results(Poll.ResultsVisibility.AFTER_VOTING)
        .description("The open day needs one room for the readings."));
    convene.polls().vote(mia, venue.id(), PollOptionId.of("2"));
    convene.polls().vote(mo, venue.id(), PollOptionId.of("2"));
    Item exhibition = publish(convene, library, mia, ItemDraft.poll(EXHIBITION_POLL, EN, Visibility.MEMBERS,
        Poll.Mode.OPTIONS).options("Old maps", "Children's books").results(Poll.ResultsVisibility.ALWAYS));
    convene.polls().vote(mo, exhibition.id(), PollOptionId.of("1"));

    publish(convene, climate, mo, ItemDraft.event("Atelier adaptation", FR, Visibility.PUBLIC,
        at(today, 9, 9), at(today, 9, 12), PARIS)
        .place("Lyon").description("Villes et vagues de chaleur."));
    Item shade = publish(convene, climate, mia, ItemDraft.discussion("¿Más sombra en las plazas?", ES,
        Visibility.PUBLIC, "Árboles o toldos: ¿qué funciona mejor?"));
    convene.content().reply(mo, shade.id(), "Los árboles, si hay agua para regarlos.");
    publish(convene, climate, mia, ItemDraft.poll("Which city for the next field visit?", EN, Visibility.PUBLIC,
        Poll.Mode.OPTIONS).options("Seville", "Marseille").results(Poll.ResultsVisibility.AFTER_CLOSING)
        .closes(today.plus(Duration.ofDays(40))));
    publish(convene, pensions, mo, ItemDraft.announcement("Calendrier de la réforme", FR, Visibility.PUBLIC,
        "Les étapes de la réforme, mois par mois.").pinned(true));
  }

  /** Guidelines for {@code community}, published by {@code admin} and accepted by its other members. */
  static void guidelines(Convene convene, Community community, Actor admin, Actor... members) {
    convene.guidelines().publish(admin, community.id(), LocalizedText.of(EN,
        "Be kind, cite your sources, and keep members' documents within the community.")
        .with(FR, "Soyez bienveillants, citez vos sources et gardez les documents des membres dans la communauté.")
        .with(ES, "Sea amable, cite sus fuentes y mantenga los documentos de los miembros en la comunidad."), 0);
    for (Actor member : members) {
      convene.guidelines().accept(member, community.id(), 1);
    }
  }

  /** The time {@code hours} after midnight (UTC), {@code days} from today. */
  private static Instant at(Instant today, int days, int hours) {
    return today.plus(Duration.ofDays(days)).plus(Duration.ofHours(hours));
  }

  private static Item publish(Convene convene, Community community, Actor author, ItemDraft draft) {
    Item item = convene.content().create(author, community.id(), draft);
    return convene.content().submitOrPublish(author, item.id());
  }
}
