package dev.convene.archive.internal.person;

import dev.convene.archive.PersonalData;
import dev.convene.core.ConveneException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOption;
import dev.convene.core.model.Reply;
import dev.convene.core.model.UserId;
import dev.convene.platform.Convene;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.GuidelinesAcceptance;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Registration;
import dev.convene.storage.PollVote;
import dev.convene.storage.Report;
import dev.convene.storage.Subscription;
import dev.convene.storage.Transaction;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a person's export: one JSON object streamed to the output, section after section, each
 * listing read a page at a time in a read transaction of its own, so that no transaction stays open
 * while the output is written. What the one asking may see is {@link ExportView}'s to decide.
 */
public final class PersonExport {
  private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final int PAGE = 200;
  /** The reason an admin's export is audited with. */
  private static final String EXPORT_REASON = "EXPORT_PERSONAL_DATA";

  private final Convene convene;
  private final Actor actor;
  private final UserId user;
  private final ExportView view;
  /** The communities the export names, for its last section and for the audit of an admin's export. */
  private final Set<CommunityId> named = new TreeSet<>();

  public PersonExport(Convene convene, Actor actor, UserId user) {
    this.convene = convene;
    this.actor = actor;
    this.user = user;
    this.view = new ExportView(convene, actor, user);
  }

  /**
   * Writes the export to {@code out}, flushed and left open; a platform admin's export of someone
   * else is audited in every community it named, even when writing fails midway.
   *
   * @throws ConveneException if writing fails
   */
  public void write(OutputStream out) {
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringProperty("format", PersonalData.FORMAT);
      json.writeNumberProperty("version", PersonalData.VERSION);
      json.writeStringProperty("user", user.value());
      ItemJson.time(json, "exportedAt", convene.clock().instant());
      json.writeStringProperty("view", actor.is(user) && !view.full() ? "own" : "platform-admin");
      section(json, "memberships", () -> convene.storage().read(tx -> tx.memberships().ofUser(user)), this::membership);
      section(json, "subscriptions", () -> convene.storage().read(tx -> tx.subscriptions().forUser(user)),
          this::subscription);
      section(json, "guidelinesAcceptances", () -> convene.storage().read(tx -> tx.guidelines().forUser(user)),
          this::acceptance);
      paged(json, "items", (tx, page) -> tx.items().involving(user, page), this::item);
      paged(json, "replies", (tx, page) -> tx.items().involving(user, page), this::replies);
      section(json, "registrations", () -> convene.storage().read(tx -> tx.registrations().forUser(user)),
          this::registration);
      paged(json, "mentions", (tx, page) -> tx.items().involving(user, page), this::mentions);
      paged(json, "ideas", (tx, page) -> tx.items().involving(user, page), this::ideas);
      section(json, "votes", () -> convene.storage().read(tx -> tx.votes().forUser(user)), this::vote);
      section(json, "reports", () -> convene.storage().read(tx -> tx.reports().filedBy(user)), this::report);
      paged(json, "audit", (tx, page) -> tx.audit().about(user, page), this::audit);
      json.writeArrayPropertyStart("communities");
      named.forEach(id -> community(json, id));
      json.writeEndArray();
      json.writeEndObject();
    } catch (JacksonException e) {
      throw new ConveneException("personal-data.write-failed", Map.of(),
          "Cannot write the export of " + user + ": " + e.getOriginalMessage(), e);
    } finally {
      auditAdminExport();
    }
  }

  private <T> void section(JsonGenerator json, String name, Supplier<List<T>> rows,
      BiConsumer<JsonGenerator, T> writer) {
    json.writeArrayPropertyStart(name);
    rows.get().forEach(row -> writer.accept(json, row));
    json.writeEndArray();
  }

  private <T> void paged(JsonGenerator json, String name, BiFunction<Transaction, PageRequest, Page<T>> listing,
      BiConsumer<JsonGenerator, T> writer) {
    json.writeArrayPropertyStart(name);
    Optional<PageRequest> next = Optional.of(PageRequest.first(PAGE));
    while (next.isPresent()) {
      PageRequest request = next.get();
      Page<T> page = convene.storage().read(tx -> listing.apply(tx, request));
      page.items().forEach(row -> writer.accept(json, row));
      next = request.next(page);
    }
    json.writeEndArray();
  }

  private void membership(JsonGenerator json, Membership m) {
    named.add(m.community());
    json.writeStartObject();
    json.writeStringProperty("community", m.community().value());
    json.writeStringProperty("state", m.state().name());
    json.writeStringProperty("role", m.role().name());
    ItemJson.time(json, "since", m.since());
    ItemJson.optionalTime(json, "expiry", m.expiry());
    ItemJson.optional(json, "message", m.message());
    ItemJson.optional(json, "invitedBy", m.inviter().map(i -> view.person(Optional.of(i))));
    json.writeEndObject();
  }

  private void subscription(JsonGenerator json, Subscription s) {
    named.add(s.community());
    json.writeStartObject();
    json.writeStringProperty("community", s.community().value());
    json.writeStringProperty("level", s.level().name());
    json.writeStringProperty("delivery", s.delivery().name());
    json.writeEndObject();
  }

  private void acceptance(JsonGenerator json, GuidelinesAcceptance a) {
    named.add(a.community());
    json.writeStartObject();
    json.writeStringProperty("community", a.community().value());
    json.writeNumberProperty("version", a.version());
    ItemJson.time(json, "at", a.at());
    json.writeEndObject();
  }

  private void item(JsonGenerator json, Item item) {
    if (item.author().equals(user)) {
      named.add(item.community());
      ItemJson.item(json, item, user);
    }
  }

  /** The person's replies in discussions someone else started. */
  private void replies(JsonGenerator json, Item item) {
    if (item instanceof Discussion d && !d.author().equals(user)) {
      named.add(d.community());
      Optional<String> title = view.maySee(d) ? Optional.of(d.title()) : Optional.empty();
      for (Reply reply : d.replies()) {
        if (reply.author().equals(user)) {
          ItemJson.reply(json, reply, Optional.of(d), title);
        }
      }
    }
  }

  /**
   * One of the person's registrations: their own answer, always; the event's community and title
   * only when the asker may see the event now.
   */
  private void registration(JsonGenerator json, Registration r) {
    Optional<Item> event = convene.storage().read(tx -> tx.items().get(r.event())).filter(view::maySee);
    event.ifPresent(e -> named.add(e.community()));
    json.writeStartObject();
    json.writeStringProperty("event", r.event().value());
    ItemJson.optional(json, "community", event.map(e -> e.community().value()));
    ItemJson.optional(json, "eventTitle", event.map(Item::title));
    json.writeStringProperty("state", r.state().name());
    ItemJson.time(json, "since", r.at());
    json.writeEndObject();
  }

  /**
   * The posts that mention the person, as stored: a discussion's opening post or a reply, named by
   * ids, author and time, never by text. In the person's own view only posts they may see now are
   * listed (a discussion they may see, a reply not hidden), so a mention reveals nothing else.
   */
  private void mentions(JsonGenerator json, Item item) {
    if (!(item instanceof Discussion d)) {
      return;
    }
    boolean opening = d.mentions().contains(user);
    List<Reply> replies = d.replies().stream().filter(r -> r.mentions().contains(user)).toList();
    if (!opening && replies.isEmpty()) {
      return;
    }
    boolean seen = view.maySee(d);
    if (!seen && !view.full()) {
      return;
    }
    named.add(d.community());
    Optional<String> title = seen ? Optional.of(d.title()) : Optional.empty();
    if (opening) {
      mention(json, d, Optional.empty(), d.author(), d.created(), title);
    }
    replies.stream().filter(r -> view.full() || !r.hidden())
        .forEach(r -> mention(json, d, Optional.of(r), r.author(), r.created(), title));
  }

  private void mention(JsonGenerator json, Discussion d, Optional<Reply> reply, UserId by, Instant at,
      Optional<String> title) {
    json.writeStartObject();
    json.writeStringProperty("discussion", d.id().value());
    json.writeStringProperty("community", d.community().value());
    title.ifPresent(t -> json.writeStringProperty("discussionTitle", t));
    ItemJson.optional(json, "reply", reply.map(r -> r.id().value()));
    json.writeStringProperty("by", view.person(Optional.of(by)));
    ItemJson.time(json, "at", at);
    json.writeEndObject();
  }

  /** The person's ideas in polls someone else asked; the question only where the one asking may see it. */
  private void ideas(JsonGenerator json, Item item) {
    if (item instanceof Poll p && !p.author().equals(user)) {
      named.add(p.community());
      Optional<String> question = view.maySee(p) ? Optional.of(p.title()) : Optional.empty();
      for (PollOption option : p.options()) {
        if (option.author().filter(user::equals).isPresent()) {
          json.writeStartObject();
          json.writeStringProperty("poll", p.id().value());
          json.writeStringProperty("community", p.community().value());
          question.ifPresent(q -> json.writeStringProperty("question", q));
          json.writeStringProperty("id", option.id().value());
          json.writeStringProperty("text", option.text());
          json.writeEndObject();
        }
      }
    }
  }

  /**
   * One of the person's votes: the poll and the option they chose, with the question and the
   * option's text only where the one asking may see the poll.
   */
  private void vote(JsonGenerator json, PollVote vote) {
    Optional<Item> item = convene.storage().read(tx -> tx.items().get(vote.poll()));
    item.ifPresent(i -> named.add(i.community()));
    Optional<Poll> seen = item.filter(i -> i instanceof Poll && view.maySee(i)).map(Poll.class::cast);
    json.writeStartObject();
    json.writeStringProperty("poll", vote.poll().value());
    item.ifPresent(i -> json.writeStringProperty("community", i.community().value()));
    seen.ifPresent(p -> json.writeStringProperty("question", p.title()));
    json.writeStringProperty("option", vote.option().value());
    seen.flatMap(p -> p.option(vote.option()))
        .ifPresent(o -> json.writeStringProperty("optionText", o.text()));
    ItemJson.time(json, "at", vote.at());
    json.writeEndObject();
  }

  /**
   * A report the person filed: what it is about (withheld when the one asking may no longer see the
   * item), why, and what the moderators decided; never who decided.
   */
  private void report(JsonGenerator json, Report report) {
    named.add(report.community());
    Optional<Item> item = convene.storage().read(tx -> tx.items().get(report.item()));
    boolean shown = item.map(view::maySee).orElse(false);
    json.writeStartObject();
    json.writeStringProperty("id", report.id().value());
    json.writeStringProperty("community", report.community().value());
    json.writeStringProperty("target", shown ? report.reply().map(r -> "reply " + r + " of ").orElse("")
        + "item " + report.item() : ExportView.WITHHELD);
    json.writeStringProperty("reason", report.reason().name());
    json.writeStringProperty("text", report.text());
    ItemJson.time(json, "at", report.at());
    ItemJson.optional(json, "outcome", report.outcome().map(Enum::name));
    ItemJson.optionalTime(json, "closedAt", report.closedAt());
    json.writeEndObject();
  }

  private void audit(JsonGenerator json, AuditEntry entry) {
    entry.community().ifPresent(named::add);
    boolean subject = view.showsSubject(entry);
    json.writeStartObject();
    json.writeNumberProperty("id", entry.id());
    ItemJson.time(json, "at", entry.at());
    ItemJson.optional(json, "community", entry.community().map(CommunityId::value));
    json.writeStringProperty("action", entry.action().name());
    json.writeStringProperty("actor", view.person(entry.actor()));
    json.writeStringProperty("subject", subject ? entry.subject() : ExportView.WITHHELD);
    ItemJson.optional(json, "before", entry.before().map(s -> subject ? s : ExportView.WITHHELD));
    ItemJson.optional(json, "after", entry.after().map(s -> subject ? s : ExportView.WITHHELD));
    ItemJson.optional(json, "reason", entry.reason().map(s -> view.showsReason(entry) ? s : ExportView.WITHHELD));
    json.writeEndObject();
  }

  /** A community the export names: its slug and name if the one asking may see it, its id alone otherwise. */
  private void community(JsonGenerator json, CommunityId id) {
    Optional<Community> community = view.maySee(id) ? convene.storage().read(tx -> tx.communities().get(id))
        : Optional.empty();
    json.writeStartObject();
    json.writeStringProperty("id", id.value());
    community.ifPresent(c -> {
      json.writeStringProperty("slug", c.slug());
      json.writeStringProperty("name", c.name().resolve(c.defaultLanguage()).orElse(c.slug()));
    });
    json.writeEndObject();
  }

  private void auditAdminExport() {
    if (actor.is(user) || named.isEmpty()) {
      return;
    }
    convene.storage().useTransaction(tx -> named.forEach(community -> tx.audit().append(AuditEntry.of(
        convene.clock().instant(), actor.user(), community, AuditAction.PLATFORM_ADMIN_ACCESS, user.value())
        .withReason(EXPORT_REASON))));
  }
}
