package dev.convene.benchmarks.writes;

import dev.convene.core.model.Branding;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Document;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The objects the benchmark writes, each the same for the same phase and number, so that a test can
 * build again what was written. A phase (such as {@code single} or {@code warm-batched}) keeps the ids
 * and slugs of one pass over a series apart from every other pass.
 *
 * <p>Memberships and items go to host communities made before the measuring starts: items round the
 * hosts one by one, memberships a batch's worth at a time, so that a batched transaction adds members
 * to one community, as inviting a list of people does.
 */
final class Samples {
  /** The communities the memberships and items go to. */
  static final int HOSTS = 100;

  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final int CONCEPTS = 40;
  private static final List<String> TOPICS = List.of("Air quality", "Urban mobility", "Water management",
      "Digital inclusion", "Energy transition", "Public health", "Housing", "Circular economy");
  private static final String MESSAGE = "I coordinate the air-quality monitoring network of my city and would like "
      + "to share our data, our methods and what we learnt from our sensor pilots with the group.";

  private final List<CommunityId> hosts;
  private final int batch;

  /** Samples whose memberships and items go to {@code hosts}, memberships {@code batch} at a time. */
  Samples(List<CommunityId> hosts, int batch) {
    this.hosts = List.copyOf(hosts);
    this.batch = batch;
  }

  /** The host communities, made before measuring. */
  static List<Community> hosts() {
    return IntStream.range(0, HOSTS).mapToObj(i -> community("host", i)).toList();
  }

  /**
   * Community {@code i} of {@code phase}: a name in two languages, a 400-character description, a
   * welcome text and colours, three concepts; public, semi-private or private in turn.
   */
  static Community community(String phase, int i) {
    String topic = TOPICS.get(i % TOPICS.size());
    String suffix = String.format(Locale.ROOT, "%s-%06d", phase, i);
    return Community.builder(CommunityId.of("c-" + suffix), suffix)
        .name(LocalizedText.of(Locale.ENGLISH, topic + " network " + suffix).with(Locale.FRENCH, "Réseau " + suffix))
        .description(LocalizedText.of(Locale.ENGLISH, SampleText.summary(i)))
        .privacy(Privacy.values()[i % Privacy.values().length])
        .branding(Branding.none().withColours("#1a73e8", "#f4b400").withWelcome(LocalizedText.of(Locale.ENGLISH,
            "Welcome to the " + topic.toLowerCase(Locale.ROOT) + " network: read the latest reports and join us.")))
        .concepts(concepts(i))
        .build();
  }

  /**
   * Membership {@code i} of {@code phase}: a new user, active, a member (every twentieth a moderator),
   * with the 160-character message of the request that let them in.
   */
  Membership membership(String phase, int i) {
    CommunityId community = hosts.get((i / batch) % hosts.size());
    return new Membership(community, UserId.of(String.format(Locale.ROOT, "u-%s-%06d", phase, i)),
        MembershipState.ACTIVE, i % 20 == 0 ? Role.MODERATOR : Role.MEMBER, Optional.of(MESSAGE), Optional.empty(),
        T0.plusSeconds(i), Optional.empty(), 0);
  }

  /**
   * Document {@code i} of {@code phase}: a title, a 400-character summary, a 2,000-character body, two
   * authors, a publisher, a date and a type, three concepts; published, public or members-only in turn.
   */
  Document document(String phase, int i) {
    String suffix = String.format(Locale.ROOT, "%s-%06d", phase, i);
    Instant created = T0.plusSeconds(i);
    ItemHeader header = new ItemHeader(ItemId.of("d-" + suffix), hosts.get(i % hosts.size()),
        UserId.of("author-" + i % 500), TOPICS.get(i % TOPICS.size()) + ": report of the working group meeting "
            + suffix, Locale.ENGLISH, i % 2 == 0 ? Visibility.PUBLIC : Visibility.MEMBERS, ReviewState.PUBLISHED,
        concepts(i), created, created, 0);
    return new Document(header, SampleText.summary(i), SampleText.body(i), List.of("A. Martin", "City of Ghent"),
        Optional.of("Convene working group"), Optional.of(LocalDate.ofInstant(created, ZoneOffset.UTC)),
        Optional.of("Meeting report"), List.of());
  }

  private static Set<ConceptId> concepts(int i) {
    return Set.of(concept(i), concept(i + 7), concept(i + 19));
  }

  private static ConceptId concept(int n) {
    return ConceptId.of(String.format(Locale.ROOT, "theme-%02d", n % CONCEPTS));
  }
}
