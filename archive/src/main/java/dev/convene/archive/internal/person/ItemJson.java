package dev.convene.archive.internal.person;

import dev.convene.core.model.Announcement;
import dev.convene.core.model.Attachment;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOption;
import dev.convene.core.model.Reply;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** An item a person wrote, and a reply, as the export writes them. */
final class ItemJson {
  private ItemJson() {}

  /** The item in full, with the replies {@code user} wrote in it and no one else's. */
  static void item(JsonGenerator json, Item item, UserId user) {
    json.writeStartObject();
    json.writeStringProperty("id", item.id().value());
    json.writeStringProperty("community", item.community().value());
    json.writeStringProperty("type", item.type().name());
    json.writeStringProperty("title", item.title());
    json.writeStringProperty("language", item.language().toLanguageTag());
    json.writeStringProperty("visibility", item.visibility().name());
    json.writeStringProperty("reviewState", item.reviewState().name());
    json.writeArrayPropertyStart("concepts");
    item.concepts().stream().map(c -> c.value()).sorted().forEach(json::writeString);
    json.writeEndArray();
    time(json, "created", item.created());
    time(json, "updated", item.updated());
    switch (item) {
      case Document d -> document(json, d);
      case Event e -> event(json, e);
      case Announcement a -> {
        json.writeStringProperty("body", a.body());
        json.writeBooleanProperty("pinned", a.pinned());
        optionalTime(json, "expires", a.expires());
      }
      case Discussion d -> {
        json.writeStringProperty("body", d.body());
        json.writeBooleanProperty("locked", d.locked());
        json.writeArrayPropertyStart("replies");
        d.replies().stream().filter(r -> r.author().equals(user)).forEach(r -> reply(json, r, Optional.empty(), Optional.empty()));
        json.writeEndArray();
      }
      case Poll p -> poll(json, p, user);
    }
    json.writeEndObject();
  }

  /** A poll's question and options; who added an idea is named only where it is the person. */
  private static void poll(JsonGenerator json, Poll p, UserId user) {
    json.writeStringProperty("description", p.description());
    json.writeStringProperty("mode", p.mode().name());
    optionalTime(json, "closes", p.closes());
    json.writeStringProperty("results", p.results().name());
    json.writeArrayPropertyStart("options");
    for (PollOption o : p.options()) {
      json.writeStartObject();
      json.writeStringProperty("id", o.id().value());
      json.writeStringProperty("text", o.text());
      json.writeBooleanProperty("addedByYou", o.author().filter(user::equals).isPresent());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /**
   * A reply, with the discussion it is in when it is written apart from it: always its id and
   * community, its title only when {@code title} is given.
   */
  static void reply(JsonGenerator json, Reply reply, Optional<Discussion> in, Optional<String> title) {
    json.writeStartObject();
    in.ifPresent(d -> {
      json.writeStringProperty("discussion", d.id().value());
      json.writeStringProperty("community", d.community().value());
      title.ifPresent(t -> json.writeStringProperty("discussionTitle", t));
    });
    json.writeStringProperty("id", reply.id().value());
    json.writeStringProperty("body", reply.body());
    time(json, "created", reply.created());
    json.writeBooleanProperty("hidden", reply.hidden());
    json.writeEndObject();
  }

  private static void document(JsonGenerator json, Document d) {
    json.writeStringProperty("summary", d.summary());
    json.writeStringProperty("body", d.body());
    json.writeArrayPropertyStart("authors");
    d.authors().forEach(json::writeString);
    json.writeEndArray();
    optional(json, "publisher", d.publisher());
    optional(json, "publicationDate", d.publicationDate().map(Object::toString));
    optional(json, "documentType", d.documentType());
    attachments(json, d.attachments());
  }

  private static void attachments(JsonGenerator json, List<Attachment> attachments) {
    json.writeArrayPropertyStart("attachments");
    for (Attachment a : attachments) {
      json.writeStartObject();
      json.writeStringProperty("fileName", a.fileName());
      json.writeStringProperty("mediaType", a.mediaType());
      json.writeNumberProperty("size", a.size());
      json.writeStringProperty("contentHash", a.contentHash());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void event(JsonGenerator json, Event e) {
    json.writeStringProperty("description", e.description());
    time(json, "start", e.start());
    time(json, "end", e.end());
    json.writeStringProperty("timeZone", e.timeZone().getId());
    optional(json, "place", e.place());
    optional(json, "onlineLink", e.onlineLink().map(Object::toString));
    json.writeBooleanProperty("webinar", e.webinar());
    json.writeBooleanProperty("allDay", e.allDay());
    optional(json, "recurrence", e.recurrence().map(r -> r.frequency() + " every " + r.interval()
        + r.count().map(n -> ", " + n + " times").orElse("") + r.until().map(d -> ", until " + d).orElse("")));
    optional(json, "recording", e.recording().map(Object::toString));
    optional(json, "slides", e.slides().map(Object::toString));
    attachments(json, e.attachments());
  }

  /** A time as ISO-8601 in UTC. */
  static void time(JsonGenerator json, String name, Instant at) {
    json.writeStringProperty(name, at.toString());
  }

  /** A time, or null when absent. */
  static void optionalTime(JsonGenerator json, String name, Optional<Instant> at) {
    optional(json, name, at.map(Instant::toString));
  }

  /** A text, or null when absent. */
  static void optional(JsonGenerator json, String name, Optional<String> value) {
    if (value.isPresent()) {
      json.writeStringProperty(name, value.get());
    } else {
      json.writeNullProperty(name);
    }
  }
}
