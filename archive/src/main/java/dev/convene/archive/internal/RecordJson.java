package dev.convene.archive.internal;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.PollVote;
import dev.convene.storage.Subscription;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * The settings and records around a community: lines of {@code subscriptions.jsonl}, {@code
 * votes.jsonl} and {@code audit.jsonl}.
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
}
