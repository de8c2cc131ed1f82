package dev.convene.archive.internal;

import dev.convene.archive.ImportOptions;
import dev.convene.core.ValidationException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Poll;
import dev.convene.core.model.Reply;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Guidelines;
import dev.convene.storage.GuidelinesAcceptance;
import dev.convene.storage.Registration;
import dev.convene.storage.PollVote;
import dev.convene.storage.Subscription;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Carries the archive's records over to the target: community and item ids kept or remapped, users
 * mapped, concepts matched, and every reference following. A remapped item id is a name-based UUID of
 * the old id and a random salt drawn once per import, so that every reference to an item (in an
 * audit line, even to an item since deleted) maps to the same new id without a table of them all.
 */
final class Rewrite {
  private static final String COMMUNITY = "community ";
  private static final String ITEM = "item ";
  private static final String OF_ITEM = " of item ";

  private final boolean remap;
  private final String salt = UUID.randomUUID().toString();
  private final Map<CommunityId, CommunityId> communities = new LinkedHashMap<>();
  private final ImportOptions options;
  private final ConceptMatcher concepts;

  Rewrite(ImportOptions options, List<CommunityId> archived, ConceptMatcher concepts) {
    this.remap = options.ids() == ImportOptions.Ids.REMAP;
    this.options = options;
    this.concepts = concepts;
    archived.forEach(id -> communities.put(id, remap ? CommunityId.of(fresh("community", id.value())) : id));
  }

  /** The target's id of every community of the archive, by its id in the archive. */
  Map<CommunityId, CommunityId> communities() {
    return Map.copyOf(communities);
  }

  /** Whether the archive holds the community. */
  boolean holds(CommunityId id) {
    return communities.containsKey(id);
  }

  /** The target's id for a community the archive holds; one outside the archive keeps its id. */
  CommunityId community(CommunityId id) {
    return communities.getOrDefault(id, id);
  }

  ItemId item(ItemId id) {
    return remap ? ItemId.of(fresh("item", id.value())) : id;
  }

  UserId user(UserId user) {
    return Checks.required(options.users().apply(user), "users(" + user + ")");
  }

  /** The users mentioned, each mapped as an author is. */
  private Set<UserId> users(Set<UserId> mentioned) {
    return mentioned.stream().map(this::user).collect(Collectors.toSet());
  }

  Community community(Community c, String slug) {
    return Community.builder(community(c.id()), slug).name(c.name()).description(c.description())
        .purpose(c.purpose()).privacy(c.privacy()).joinPolicy(c.joinPolicy())
        .parent(c.parent().map(this::community).orElse(null)).sections(c.sections()).branding(c.branding())
        .defaultLanguage(c.defaultLanguage()).concepts(concepts.map(c.concepts()))
        .reviewBeforePublication(c.reviewBeforePublication()).permissions(c.permissions()).state(c.state()).build();
  }

  Membership membership(Membership m) {
    return new Membership(community(m.community()), user(m.user()), m.state(), m.role(), m.message(),
        m.inviter().map(this::user), m.since(), m.expiry(), 0);
  }

  Item item(Item item) {
    ItemHeader h = item.header();
    Item moved = item.withHeader(new ItemHeader(item(h.id()), community(h.community()), user(h.author()), h.title(),
        h.language(), h.visibility(), h.reviewState(), concepts.map(h.concepts()), h.created(), h.updated(), 0));
    if (moved instanceof Discussion d) {
      return new Discussion(d.header(), d.body(), d.locked(), d.replies().stream()
          .map(r -> new Reply(r.id(), user(r.author()), r.body(), r.created(), r.hidden(), users(r.mentions())))
          .toList(), users(d.mentions()));
    }
    if (moved instanceof Event e && !e.linkedCommunities().isEmpty()) {
      return new Event(e.header(), e.description(), e.start(), e.end(), e.timeZone(), e.place(), e.onlineLink(),
          e.webinar(), e.allDay(), e.recurrence(), e.recording(), e.slides(),
          e.linkedCommunities().stream().map(this::community).collect(Collectors.toSet()), e.capacity(),
          e.attachments());
    }
    if (moved instanceof Poll p) {
      return p.withOptions(p.options().stream().map(o -> o.withAuthor(o.author().map(this::user))).toList());
    }
    return moved;
  }

  Registration registration(Registration r) {
    return new Registration(item(r.event()), user(r.user()), r.state(), r.at());
  }

  /** The vote, in the poll's target id, by the mapped user. */
  PollVote vote(PollVote v) {
    return new PollVote(item(v.poll()), user(v.user()), v.option(), v.at());
  }

  Subscription subscription(Subscription s) {
    return new Subscription(user(s.user()), community(s.community()), s.level(), s.delivery());
  }

  Guidelines guidelines(Guidelines g) {
    return new Guidelines(community(g.community()), g.version(), g.text(), user(g.author()), g.publishedAt());
  }

  GuidelinesAcceptance acceptance(GuidelinesAcceptance a) {
    return new GuidelinesAcceptance(community(a.community()), user(a.user()), a.version(), a.at());
  }

  /** The entry, to be appended (id 0), with its actor, community and the ids its subject names carried over. */
  AuditEntry audit(AuditEntry e) {
    return new AuditEntry(0, e.at(), e.actor().map(this::user), e.community().map(this::community), e.action(), subject(e),
        e.before(), e.after(), e.reason());
  }

  private String subject(AuditEntry e) {
    String subject = e.subject();
    return switch (e.action()) {
      case MEMBERSHIP_CHANGED, ROLE_CHANGED, GUIDELINES_ACCEPTED -> parsed(subject, UserId::of).map(u -> user(u).value()).orElse(subject);
      default -> {
        if (subject.startsWith(COMMUNITY)) {
          yield parsed(subject.substring(COMMUNITY.length()), CommunityId::of)
              .map(id -> COMMUNITY + community(id).value()).orElse(subject);
        } else if (subject.startsWith(ITEM)) {
          yield parsed(subject.substring(ITEM.length()), ItemId::of).map(id -> ITEM + item(id).value()).orElse(subject);
        } else if (subject.startsWith("reply ") && subject.contains(OF_ITEM)) {
          int of = subject.lastIndexOf(OF_ITEM);
          yield parsed(subject.substring(of + OF_ITEM.length()), ItemId::of)
              .map(id -> subject.substring(0, of) + OF_ITEM + item(id).value()).orElse(subject);
        }
        yield subject;
      }
    };
  }

  /** The id a subject names, or empty for a subject that names none as Convene writes ids: it is kept as it is. */
  private static <T> Optional<T> parsed(String text, Function<String, T> id) {
    try {
      return Optional.of(id.apply(text));
    } catch (ValidationException notAnId) {
      return Optional.empty();
    }
  }

  private String fresh(String kind, String old) {
    return UUID.nameUUIDFromBytes((salt + "/" + kind + "/" + old).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
