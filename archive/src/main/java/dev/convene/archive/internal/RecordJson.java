package dev.convene.archive.internal;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Delivery;
import dev.convene.storage.Guidelines;
import dev.convene.storage.GuidelinesAcceptance;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.Registration;
import dev.convene.storage.PollVote;
import dev.convene.storage.Subscription;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * The settings and records around a community: lines of {@code subscriptions.jsonl}, {@code
 * audit.jsonl}, {@code guidelines.jsonl}, {@code guidelines-acceptances.jsonl}, {@code
 * registrations.jsonl} and {@code votes.jsonl}.
 */
final class RecordJson {
  private RecordJson() {}

  static void write(JsonGenerator g, Subscription s) {
    g.writeStartObject();
    g.writeStringProperty("user", s.user().value());
    g.writeStringProperty("community", s.community().value());
    g.writeStringProperty("level", s.level().name());
    g.writeStringProperty("delivery", s.delivery().name());
    g.writeEndObject();
  }

  static Subscription subscription(In in) {
    return in.build(() -> new Subscription(UserId.of(in.string("user")), CommunityId.of(in.string("community")),
        in.constant("level", NotificationLevel.class), in.constant("delivery", Delivery.class)));
  }

  static void write(JsonGenerator g, Registration r) {
    g.writeStartObject();
    g.writeStringProperty("event", r.event().value());
    g.writeStringProperty("user", r.user().value());
    g.writeStringProperty("state", r.state().name());
    g.writeStringProperty("at", r.at().toString());
    g.writeEndObject();
  }

  static Registration registration(In in) {
    return in.build(() -> new Registration(ItemId.of(in.string("event")), UserId.of(in.string("user")),
        in.constant("state", Registration.State.class), in.instant("at")));
  }

  static void write(JsonGenerator g, PollVote v) {
    g.writeStartObject();
    g.writeStringProperty("poll", v.poll().value());
    g.writeStringProperty("user", v.user().value());
    g.writeStringProperty("option", v.option().value());
    g.writeStringProperty("at", v.at().toString());
    g.writeEndObject();
  }

  static PollVote vote(In in) {
    return in.build(() -> new PollVote(ItemId.of(in.string("poll")), UserId.of(in.string("user")),
        PollOptionId.of(in.string("option")), in.instant("at")));
  }

  static void write(JsonGenerator g, AuditEntry e) {
    g.writeStartObject();
    g.writeNumberProperty("id", e.id());
    g.writeStringProperty("at", e.at().toString());
    Out.optional(g, "actor", e.actor());
    // a community's log holds only its own entries, never platform-wide ones
    g.writeStringProperty("community", e.community().orElseThrow().value());
    g.writeStringProperty("action", e.action().name());
    g.writeStringProperty("subject", e.subject());
    Out.optional(g, "before", e.before());
    Out.optional(g, "after", e.after());
    Out.optional(g, "reason", e.reason());
    g.writeEndObject();
  }

  /** The entry with the id it had in the exporting store, which orders the entries of a log. */
  static AuditEntry audit(In in) {
    return in.build(() -> new AuditEntry(in.number("id"), in.instant("at"), in.optString("actor").map(UserId::of),
        Optional.of(CommunityId.of(in.string("community"))), in.constant("action", AuditAction.class), in.string("subject"),
        in.optString("before"), in.optString("after"), in.optString("reason")));
  }

  static void write(JsonGenerator g, Guidelines v) {
    g.writeStartObject();
    g.writeStringProperty("community", v.community().value());
    g.writeNumberProperty("version", v.version());
    Out.texts(g, "text", v.text());
    g.writeStringProperty("author", v.author().value());
    g.writeStringProperty("publishedAt", v.publishedAt().toString());
    g.writeEndObject();
  }

  static Guidelines guidelines(In in) {
    return in.build(() -> new Guidelines(CommunityId.of(in.string("community")), version(in),
        LocalizedText.forField("text", in.texts("text")), UserId.of(in.string("author")), in.instant("publishedAt")));
  }

  static void write(JsonGenerator g, GuidelinesAcceptance a) {
    g.writeStartObject();
    g.writeStringProperty("community", a.community().value());
    g.writeStringProperty("user", a.user().value());
    g.writeNumberProperty("version", a.version());
    g.writeStringProperty("at", a.at().toString());
    g.writeEndObject();
  }

  static GuidelinesAcceptance acceptance(In in) {
    return in.build(() -> new GuidelinesAcceptance(CommunityId.of(in.string("community")),
        UserId.of(in.string("user")), version(in), in.instant("at")));
  }

  private static int version(In in) {
    long version = in.number("version");
    if (version < 1 || version > Integer.MAX_VALUE) {
      throw in.invalid("range", "a guidelines version is from 1 to " + Integer.MAX_VALUE);
    }
    return (int) version;
  }
}
