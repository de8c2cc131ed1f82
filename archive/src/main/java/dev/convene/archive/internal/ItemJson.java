package dev.convene.archive.internal;

import dev.convene.core.model.Announcement;
import dev.convene.core.model.Attachment;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOption;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/**
 * An item, one line of {@code items.jsonl}: what every item has, then what its type adds (a
 * discussion's replies, a document's attachments' metadata, a poll's options; its votes are lines of
 * {@code votes.jsonl}), as {@code schema/item.json} describes.
 */
final class ItemJson {
  private ItemJson() {}

  static void write(JsonGenerator g, Item item) {
    ItemHeader h = item.header();
    g.writeStartObject();
    g.writeStringProperty("type", item.type().name());
    g.writeStringProperty("id", h.id().value());
    g.writeStringProperty("community", h.community().value());
    g.writeStringProperty("author", h.author().value());
    g.writeStringProperty("title", h.title());
    g.writeStringProperty("language", h.language().toLanguageTag());
    g.writeStringProperty("visibility", h.visibility().name());
    g.writeStringProperty("reviewState", h.reviewState().name());
    Out.sorted(g, "concepts", h.concepts());
    g.writeStringProperty("created", h.created().toString());
    g.writeStringProperty("updated", h.updated().toString());
    g.writeNumberProperty("version", h.version());
    switch (item) {
      case Document d -> writeDocument(g, d);
      case Event e -> EventJson.write(g, e);
      case Announcement a -> {
        g.writeStringProperty("body", a.body());
        g.writeBooleanProperty("pinned", a.pinned());
        Out.optional(g, "expires", a.expires());
      }
      case Discussion d -> writeDiscussion(g, d);
      case Poll p -> writePoll(g, p);
    }
    g.writeEndObject();
  }

  private static void writeDocument(JsonGenerator g, Document d) {
    g.writeStringProperty("summary", d.summary());
    g.writeStringProperty("body", d.body());
    Out.strings(g, "authors", d.authors());
    Out.optional(g, "publisher", d.publisher());
    Out.optional(g, "publicationDate", d.publicationDate());
    Out.optional(g, "documentType", d.documentType());
    writeAttachments(g, d.attachments());
  }

  /** A document's or an event's attachments' metadata; their bytes are entries of their own. */
  static void writeAttachments(JsonGenerator g, List<Attachment> attachments) {
    g.writeArrayPropertyStart("attachments");
    for (Attachment a : attachments) {
      g.writeStartObject();
      g.writeStringProperty("fileName", a.fileName());
      g.writeStringProperty("mediaType", a.mediaType());
      g.writeNumberProperty("size", a.size());
      g.writeStringProperty("contentHash", a.contentHash());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeDiscussion(JsonGenerator g, Discussion d) {
    g.writeStringProperty("body", d.body());
    g.writeBooleanProperty("locked", d.locked());
    Out.sorted(g, "mentions", d.mentions());
    g.writeArrayPropertyStart("replies");
    for (Reply r : d.replies()) {
      g.writeStartObject();
      g.writeStringProperty("id", r.id().value());
      g.writeStringProperty("author", r.author().value());
      g.writeStringProperty("body", r.body());
      g.writeStringProperty("created", r.created().toString());
      g.writeBooleanProperty("hidden", r.hidden());
      Out.sorted(g, "mentions", r.mentions());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writePoll(JsonGenerator g, Poll p) {
    g.writeStringProperty("description", p.description());
    g.writeStringProperty("mode", p.mode().name());
    g.writeArrayPropertyStart("options");
    for (PollOption o : p.options()) {
      g.writeStartObject();
      g.writeStringProperty("id", o.id().value());
      g.writeStringProperty("text", o.text());
      Out.optional(g, "author", o.author());
      g.writeEndObject();
    }
    g.writeEndArray();
    Out.optional(g, "closes", p.closes());
    g.writeStringProperty("results", p.results().name());
  }

  /** The item as the archive holds it, at version 0. */
  static Item read(In in) {
    ItemHeader h = in.build(() -> new ItemHeader(ItemId.of(in.string("id")), CommunityId.of(in.string("community")),
        UserId.of(in.string("author")), in.string("title"), in.parsed("language", Locale::forLanguageTag),
        in.constant("visibility", Visibility.class), in.constant("reviewState", ReviewState.class),
        in.strings("concepts").stream().map(ConceptId::of).collect(Collectors.toSet()), in.instant("created"),
        in.instant("updated"), 0));
    return switch (in.constant("type", ItemType.class)) {
      case DOCUMENT -> in.build(() -> new Document(h, in.string("summary"), in.string("body"), in.strings("authors"),
          in.optString("publisher"), in.optParsed("publicationDate", LocalDate::parse),
          in.optString("documentType"), in.array("attachments").stream().map(ItemJson::attachment).toList()));
      case EVENT -> EventJson.read(h, in);
      case ANNOUNCEMENT -> in.build(() -> new Announcement(h, in.string("body"), in.bool("pinned"),
          in.optInstant("expires")));
      case DISCUSSION -> in.build(() -> new Discussion(h, in.string("body"), in.bool("locked"),
          in.array("replies").stream().map(ItemJson::reply).toList(), mentions(in)));
      case POLL -> in.build(() -> new Poll(h, in.string("description"), in.constant("mode", Poll.Mode.class),
          in.array("options").stream().map(ItemJson::option).toList(), in.optInstant("closes"),
          in.constant("results", Poll.ResultsVisibility.class)));
    };
  }

  static Attachment attachment(In in) {
    return in.build(() -> new Attachment(in.string("fileName"), in.string("mediaType"), in.number("size"),
        in.string("contentHash")));
  }

  private static PollOption option(In in) {
    return in.build(() -> new PollOption(PollOptionId.of(in.string("id")), in.string("text"),
        in.optString("author").map(UserId::of)));
  }

  private static Reply reply(In in) {
    return in.build(() -> new Reply(ReplyId.of(in.string("id")), UserId.of(in.string("author")), in.string("body"),
        in.instant("created"), in.bool("hidden"), mentions(in)));
  }

  /** The users a post mentions; an archive written before mentions were kept has none. */
  private static Set<UserId> mentions(In in) {
    return in.strings("mentions").stream().map(UserId::of).collect(Collectors.toSet());
  }
}
