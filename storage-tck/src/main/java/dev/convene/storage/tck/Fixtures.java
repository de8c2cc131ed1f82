package dev.convene.storage.tck;

import dev.convene.core.model.Announcement;
import dev.convene.core.model.Attachment;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOption;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.Recurrence;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.SchemeId;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Delivery;
import dev.convene.storage.PendingNotification;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rows the contract writes. Times are whole milliseconds, which every store keeps exactly; texts
 * carry accents, so that a store that loses them is caught.
 */
final class Fixtures {
  /** The time everything starts at. */
  static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  /** Later than every time the fixtures use: a digest run that sends everything. */
  static final Instant FAR_FUTURE = Instant.parse("3000-01-01T00:00:00Z");

  private Fixtures() {}

  /** {@code T0} plus {@code minutes}. */
  static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  /** A new public community whose slug is its id. */
  static Community community(String id) {
    return Community.builder(CommunityId.of(id), id).name(LocalizedText.of("fr", "Communauté " + id)).build();
  }

  /** A copy of {@code c} with another slug (the builder keeps the slug it started with). */
  static Community withSlug(Community c, String slug) {
    return new Community(c.id(), slug, c.name(), c.description(), c.purpose(), c.privacy(), c.joinPolicy(),
        c.parent(), c.sections(), c.branding(), c.defaultLanguage(), c.concepts(), c.reviewBeforePublication(),
        c.permissions(), c.state(), c.version());
  }

  /** A copy of {@code c} named {@code name} in English. */
  static Community withName(Community c, String name) {
    return c.toBuilder().name(LocalizedText.of("en", name)).build();
  }

  /** A new private working group of {@code parent}, its slug its id. */
  static Community workingGroup(String id, CommunityId parent) {
    return Community.builder(CommunityId.of(id), id).name("Working group " + id).parent(parent)
        .privacy(Privacy.PRIVATE).build();
  }

  /** A new active membership. */
  static Membership member(CommunityId community, String user, Role role) {
    return new Membership(community, UserId.of(user), MembershipState.ACTIVE, role, Optional.empty(),
        Optional.empty(), T0, Optional.empty(), 0);
  }

  /** A new invitation with a message, an inviter and an expiry. */
  static Membership invited(CommunityId community, String user) {
    return new Membership(community, UserId.of(user), MembershipState.INVITED, Role.MEMBER,
        Optional.of("Venez nous rejoindre"), Optional.of(UserId.of("ada")), at(1), Optional.of(at(60 * 24 * 7)), 0);
  }

  /** A new membership in {@code state} with the role MEMBER. */
  static Membership membership(CommunityId community, String user, MembershipState state) {
    return new Membership(community, UserId.of(user), state, Role.MEMBER, Optional.empty(), Optional.empty(), T0,
        Optional.empty(), 0);
  }

  /** A new published header, created at {@code created}. */
  static ItemHeader header(String id, CommunityId community, Instant created) {
    return new ItemHeader(ItemId.of(id), community, UserId.of("ada"), "Title of " + id, Locale.FRENCH,
        Visibility.PUBLIC, ReviewState.PUBLISHED, Set.of(), created, created, 0);
  }

  /** A copy of {@code item} at another version. */
  static Item withVersion(Item item, long version) {
    return item.withHeader(item.header().withVersion(version));
  }

  /** A new document with just a summary. */
  static Document document(String id, CommunityId community, Instant created) {
    return Document.of(header(id, community, created), "Résumé of " + id);
  }

  /** A new document with every field set. */
  static Document fullDocument(String id, CommunityId community) {
    ItemHeader header = new ItemHeader(ItemId.of(id), community, UserId.of("ada"), "Réforme des retraites",
        Locale.forLanguageTag("fr-CA"), Visibility.MEMBERS, ReviewState.SUBMITTED,
        Set.of(ConceptId.of("pensions"), ConceptId.of("social-protection")), at(1), at(2), 0);
    return new Document(header, "Un résumé", "Le texte intégral", List.of("Ada Lovelace", "OECD"),
        Optional.of("Éditions Convene"), Optional.of(LocalDate.of(2024, 12, 31)), Optional.of("Working paper"),
        List.of(new Attachment("rapport.pdf", "application/pdf", 12_345, "ab".repeat(32)),
            new Attachment("données.csv", "text/csv", 0, "0f".repeat(32))));
  }

  /** A new event with every field set. */
  static Event event(String id, CommunityId community) {
    return new Event(header(id, community, at(3)), "Un atelier", at(60), at(120), ZoneId.of("Europe/Paris"),
        Optional.of("Salle 3, Genève"), Optional.of(URI.create("https://example.org/meet/1")), true, false,
        Optional.of(Recurrence.times(Recurrence.Frequency.WEEKLY, 2, 5)),
        Optional.of(URI.create("https://example.org/recordings/1")), Optional.of(URI.create("https://example.org/slides/1")),
        Set.of(CommunityId.of("linked-1"), CommunityId.of("linked-2")), Optional.of(40),
        List.of(new Attachment("agenda.pdf", "application/pdf", 2048, "ab".repeat(32))));
  }

  /** A new all-day event in Paris, 5 March 2025, repeating monthly until the end of the year. */
  static Event allDayEvent(String id, CommunityId community) {
    return new Event(header(id, community, at(3)), "", Instant.parse("2025-03-04T23:00:00Z"),
        Instant.parse("2025-03-05T23:00:00Z"), ZoneId.of("Europe/Paris"), Optional.empty(), Optional.empty(), false,
        true, Optional.of(Recurrence.until(Recurrence.Frequency.MONTHLY, 1, LocalDate.of(2025, 12, 31))),
        Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), List.of());
  }

  /** A new pinned announcement that expires. */
  static Announcement announcement(String id, CommunityId community) {
    return new Announcement(header(id, community, at(4)), "Nouvelles", true, Optional.of(at(600)));
  }

  /**
   * A new locked discussion mentioning two users, with two replies, one hidden, the first mentioning
   * one user.
   */
  static Discussion discussion(String id, CommunityId community) {
    return new Discussion(header(id, community, at(5)), "Qu'en pensez-vous, @zoe et @yann ?", true, List.of(
        new Reply(ReplyId.of("r1"), UserId.of("bob"), "D'accord avec @zoe", at(6), false, Set.of(UserId.of("zoe"))),
        new Reply(ReplyId.of("r2"), UserId.of("eve"), "Spam", at(7), true)), Set.of(UserId.of("zoe"), UserId.of("yann")));
  }

  /**
   * A new ideas poll that closes, showing its results after voting: one option of the author's and
   * one idea of another user's.
   */
  static Poll poll(String id, CommunityId community) {
    return new Poll(header(id, community, at(8)), "Où se réunir ?", Poll.Mode.IDEAS, List.of(
        PollOption.fixed(PollOptionId.of("1"), "Genève"), PollOption.idea(PollOptionId.of("2"), "Lyon", UserId.of("bob"))),
        Optional.of(at(900)), Poll.ResultsVisibility.AFTER_VOTING);
  }

  /** A valid taxonomy of one scheme with a concept per label, each id its label in lower case. */
  static Taxonomy taxonomy(String... labels) {
    SchemeId themes = SchemeId.of("themes");
    var builder = Taxonomy.builder().scheme(ConceptScheme.of(themes, LocalizedText.of("en", "Themes"), Locale.ENGLISH));
    for (String label : labels) {
      builder.concept(Concept.builder(ConceptId.of(label.toLowerCase(Locale.ROOT)), themes).prefLabel("en", label)
          .build());
    }
    return builder.build();
  }

  /** A new audit entry about {@code subject}. */
  static AuditEntry audit(CommunityId community, String subject) {
    return AuditEntry.of(T0, Optional.of(UserId.of("ada")), community, AuditAction.MEMBERSHIP_CHANGED, subject)
        .withChange("REQUESTED", "ACTIVE MEMBER");
  }

  /** A new pending notification. */
  static PendingNotification pending(String recipient, Delivery delivery, CommunityId community, Instant at) {
    return new PendingNotification(0, UserId.of(recipient), delivery, community, "item-published",
        Optional.of(ItemId.of("d1")), Optional.empty(), at, "Un document a été publié");
  }
}
