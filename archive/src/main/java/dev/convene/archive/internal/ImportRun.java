package dev.convene.archive.internal;

import dev.convene.archive.ArchiveCounts;
import dev.convene.archive.ImportOptions;
import dev.convene.archive.ImportReport;
import dev.convene.archive.MissingConcept;
import dev.convene.core.ConflictException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Poll;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Guidelines;
import dev.convene.storage.GuidelinesAcceptance;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.Registration;
import dev.convene.storage.PollVote;
import dev.convene.storage.Subscription;
import dev.convene.storage.Transaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** One import under way, in its transaction. */
final class ImportRun {
  private static final String ITEM = "item ";
  /** The reason written on the audit entry of each imported item sent back to curators. */
  static final String HELD = "imported into a working group that is not private here: it waits for curators before"
      + " the public sees it";
  private final Clock clock;
  private final Transaction tx;
  private final Actor actor;
  private final ArchiveFile archive;
  private final Manifest manifest;
  private final ImportOptions options;
  private final BlobImport blobs;
  private final ConceptMatcher concepts;
  private final Map<String, String> renamed = new LinkedHashMap<>();
  private final List<Community> archived;
  private final Rewrite rewrite;
  private final Map<ItemId, Poll> polls = new LinkedHashMap<>();
  private final boolean curatePublicContent;
  /** The imported items sent back to curators, in the order they were read. */
  private final List<Item> held = new ArrayList<>();
  /** The archive's root, once stored, when it is a working group whose curation the import cannot vouch for. */
  private Optional<Community> uncuratedGroup = Optional.empty();
  private long memberships;
  private long items;
  private long replies;
  private long attachments;
  private long subscriptions;
  private long registrations;
  private long guidelines;
  private long acceptances;
  private long votes;
  /** The archive's events, by their id in the archive: only they take registrations. */
  private final Set<ItemId> events = new HashSet<>();

  ImportRun(Clock clock, Transaction tx, Actor actor, ArchiveFile archive, Manifest manifest, ImportOptions options,
      BlobImport blobs, List<ConceptJson.Described> described, List<Community> archived, boolean curatePublicContent) {
    this.clock = clock;
    this.curatePublicContent = curatePublicContent;
    this.tx = tx;
    this.actor = actor;
    this.archive = archive;
    this.manifest = manifest;
    this.options = options;
    this.blobs = blobs;
    Taxonomy taxonomy = tx.taxonomy().current().taxonomy();
    this.concepts = new ConceptMatcher(described, taxonomy);
    refuseMissingConcepts();
    this.archived = archived;
    this.rewrite = new Rewrite(options, archived.stream().map(Community::id).toList(), concepts);
  }

  ImportReport all() {
    List<Community> stored = new ArrayList<>();
    for (Community community : archived) {
      stored.add(tx.communities().insert(rewrite.community(community, slug(community.slug()))));
    }
    uncuratedGroup = uncuratedGroup(stored.get(0));
    archive.lines(Entries.MEMBERSHIPS, line -> {
      Membership membership = MembershipJson.read(line);
      requireHeld(line, membership.community());
      tx.memberships().insert(line.build(() -> rewrite.membership(membership)));
      memberships++;
    });
    stored.forEach(this::requireAdmin);
    archive.lines(Entries.ITEMS, line -> item(line, ItemJson.read(line)));
    if (archive.entry(Entries.VOTES).isPresent()) {
      archive.lines(Entries.VOTES, this::vote);
    }
    archive.lines(Entries.SUBSCRIPTIONS, line -> {
      Subscription subscription = RecordJson.subscription(line);
      requireHeld(line, subscription.community());
      tx.subscriptions().put(line.build(() -> rewrite.subscription(subscription)));
      subscriptions++;
    });
    guidelines();
    if (archive.entry(Entries.REGISTRATIONS).isPresent()) {
      archive.lines(Entries.REGISTRATIONS, this::registration);
    }
    long audited = audit();
    refuseMissingConcepts();
    ArchiveCounts counts = new ArchiveCounts(archived.size(), memberships, items, replies, attachments,
        blobs.distinct(), manifest.counts().concepts(), subscriptions, audited, registrations, guidelines, acceptances,
        votes);
    checkCounts(counts);
    for (Community community : stored) {
      tx.audit().append(AuditEntry.of(clock.instant(), actor.user(), community.id(),
          AuditAction.COMMUNITY_IMPORTED, "community " + community.id()).withChange(Optional.empty(),
          Optional.of("archive format " + manifest.formatVersion() + " of " + manifest.producer()
              + ", exported " + manifest.exportedAt())));
    }
    for (Item item : held) {
      tx.audit().append(AuditEntry.of(clock.instant(), actor.user(), item.community(), AuditAction.ITEM_REVIEWED,
          ITEM + item.id().value()).withChange(ReviewState.PUBLISHED.name(), ReviewState.SUBMITTED.name())
          .withReason(HELD));
    }
    Community root = stored.get(0);
    return new ImportReport(root.id(), root.slug(), rewrite.communities(), renamed, counts, blobs.stored(),
        concepts.missing());
  }

  /**
   * The guidelines, each community's versions in order from 1, then their acceptances, each of a
   * version the archive holds. Archives written before guidelines existed have neither entry.
   */
  private void guidelines() {
    Map<CommunityId, Integer> last = new HashMap<>();
    archive.linesIfPresent(Entries.GUIDELINES, line -> {
      Guidelines version = RecordJson.guidelines(line);
      requireHeld(line, version.community());
      int expected = last.getOrDefault(version.community(), 0) + 1;
      if (version.version() != expected) {
        throw line.invalid("in-order", "guidelines version " + version.version() + " of community "
            + version.community() + " should be version " + expected);
      }
      last.put(version.community(), expected);
      tx.guidelines().publish(line.build(() -> rewrite.guidelines(version)));
      guidelines++;
    });
    archive.linesIfPresent(Entries.GUIDELINES_ACCEPTANCES, line -> {
      GuidelinesAcceptance acceptance = RecordJson.acceptance(line);
      requireHeld(line, acceptance.community());
      if (acceptance.version() > last.getOrDefault(acceptance.community(), 0)) {
        throw line.invalid("known-version", "community " + acceptance.community() + " has no guidelines version "
            + acceptance.version() + " in the archive");
      }
      tx.guidelines().accept(line.build(() -> rewrite.acceptance(acceptance)));
      acceptances++;
    });
  }

  /** A community always has an active admin: an archive that leaves one without is broken. */
  private void requireAdmin(Community community) {
    if (tx.memberships().count(community.id(), MemberQuery.active().withRoles(Role.ADMIN)) == 0) {
      throw new ValidationException(Entries.MEMBERSHIPS, "active-admin",
          "community " + community.slug() + " has no active admin in the archive");
    }
  }

  private void requireHeld(In line, CommunityId community) {
    if (!rewrite.holds(community)) {
      throw new ValidationException(line.where() + ".community", "in-archive",
          "community " + community + " is not in the archive");
    }
  }

  private void item(In line, Item item) {
    requireHeld(line, item.community());
    switch (item) {
      case Discussion d -> replies += d.replies().size();
      case Poll p -> polls.put(p.id(), p);
      default -> { }
    }
    if (item instanceof Event) {
      events.add(item.id());
    }
    item.attachments().forEach(a -> {
      attachments++;
      blobs.require(a, line.where());
    });
    Item moved = line.build(() -> rewrite.item(item));
    if (waitsForCurators(moved)) {
      moved = moved.withReviewState(ReviewState.SUBMITTED, clock.instant());
      held.add(moved);
    }
    tx.items().insert(moved);
    items++;
  }

  /**
   * The archive's root as stored, if it is a working group whose items' curation the import cannot
   * vouch for: one archived on its own, now under a parent of the target through which it is not
   * private, on a platform that curates public content. The archive names the group's old parent but
   * not its privacy, so a group that declares itself open may have been private through it, and its
   * public-declared items published without curators. A whole community's archive brings the parent
   * along with its privacy, so its groups are as open as they were.
   */
  private Optional<Community> uncuratedGroup(Community root) {
    if (!curatePublicContent || root.parent().isEmpty() || rewrite.holds(root.parent().get())) {
      return Optional.empty();
    }
    Optional<Community> parent = tx.communities().get(root.parent().get());
    return AccessPolicy.effectivePrivacy(root, parent) == Privacy.PRIVATE ? Optional.empty() : Optional.of(root);
  }

  /**
   * Whether the imported item goes back to curators instead of being public unreviewed: published,
   * declared public, in a working group the import cannot vouch for (see {@link #uncuratedGroup}).
   */
  private boolean waitsForCurators(Item item) {
    return uncuratedGroup.filter(g -> g.id().equals(item.community())).isPresent()
        && item.reviewState() == ReviewState.PUBLISHED && item.visibility() == Visibility.PUBLIC;
  }

  /**
   * A registration, for an event of the archive only, once per user and event: a line naming anything
   * else, or repeating one, refuses the whole import.
   */
  private void registration(In line) {
    Registration registration = RecordJson.registration(line);
    if (!events.contains(registration.event())) {
      throw new ValidationException(line.where() + ".event", "in-archive",
          "event " + registration.event() + " is not an event of the archive");
    }
    Registration moved = line.build(() -> rewrite.registration(registration));
    if (tx.registrations().get(moved.event(), moved.user()).isPresent()) {
      throw new ValidationException(line.where() + ".user", "unique",
          "user " + registration.user() + " is registered twice for event " + registration.event());
    }
    tx.registrations().put(moved);
    registrations++;
  }

  /** A vote, in a poll of the archive and for one of its options. */
  private void vote(In line) {
    PollVote vote = RecordJson.vote(line);
    Poll poll = polls.get(vote.poll());
    if (poll == null) {
      throw new ValidationException(line.where() + ".poll", "in-archive", "poll " + vote.poll()
          + " is not in the archive");
    }
    if (poll.option(vote.option()).isEmpty()) {
      throw new ValidationException(line.where() + ".option", "poll-option", "poll " + vote.poll()
          + " has no option " + vote.option());
    }
    tx.votes().put(line.build(() -> rewrite.vote(vote)));
    votes++;
  }

  /** The audit lines, appended oldest first (by their id in the exporting store) so their order holds. */
  private long audit() {
    List<AuditEntry> entries = new ArrayList<>();
    archive.lines(Entries.AUDIT, line -> {
      AuditEntry entry = RecordJson.audit(line);
      requireHeld(line, entry.community().orElseThrow());
      entries.add(entry);
    });
    entries.sort(Comparator.comparingLong(AuditEntry::id));
    entries.forEach(e -> tx.audit().append(rewrite.audit(e)));
    return entries.size();
  }

  private String slug(String slug) {
    if (tx.communities().bySlug(slug).isEmpty()) {
      return slug;
    }
    if (options.slugConflicts() == ImportOptions.SlugConflicts.REFUSE) {
      throw new ConflictException("duplicate-slug", Map.of("slug", slug),
          "the slug " + slug + " is taken in the target: import with"
          + " SlugConflicts.RENAME, or rename the community there first");
    }
    for (int n = 2; ; n++) {
      String suffix = "-" + n;
      String base = slug.length() + suffix.length() <= 64 ? slug : slug.substring(0, 64 - suffix.length());
      String candidate = base.replaceAll("-+$", "") + suffix;
      if (tx.communities().bySlug(candidate).isEmpty()) {
        renamed.put(slug, candidate);
        return candidate;
      }
    }
  }

  private void refuseMissingConcepts() {
    List<MissingConcept> missing = concepts.missing();
    if (!missing.isEmpty() && options.missingConcepts() == ImportOptions.MissingConcepts.REFUSE) {
      throw new ValidationException(Entries.CONCEPTS, "concept-missing", "the target taxonomy lacks "
          + missing.size() + " concept(s) the archive uses: "
          + missing.stream().map(MissingConcept::toString).collect(Collectors.joining(", "))
          + "; add them, or import with MissingConcepts.DROP");
    }
  }

  private void checkCounts(ArchiveCounts found) {
    ArchiveCounts stated = manifest.counts();
    check("communities", stated.communities(), found.communities());
    check("memberships", stated.memberships(), found.memberships());
    check("items", stated.items(), found.items());
    check("replies", stated.replies(), found.replies());
    check("attachments", stated.attachments(), found.attachments());
    check("blobs", stated.blobs(), found.blobs());
    check("subscriptions", stated.subscriptions(), found.subscriptions());
    check("auditEntries", stated.auditEntries(), found.auditEntries());
    check("registrations", stated.registrations(), found.registrations());
    check("guidelines", stated.guidelines(), found.guidelines());
    check("guidelinesAcceptances", stated.acceptances(), found.acceptances());
    check("votes", stated.votes(), found.votes());
  }

  private static void check(String name, long stated, long found) {
    if (stated != found) {
      throw new ValidationException(Entries.MANIFEST + ".counts." + name, "matches-content",
          "states " + stated + ", but the archive holds " + found);
    }
  }
}
