package dev.convene.storage.jdbc.internal;

import dev.convene.core.model.Announcement;
import dev.convene.core.model.Attachment;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An {@link Item} as a JSON body: its type, its header but for the version (a column of its own) and
 * the fields of its type, replies included. Instants are written in full (ISO-8601), so an item
 * reads back equal to the item written, to the nanosecond.
 */
final class ItemCodec {
  private ItemCodec() {}

  static String encode(Item item) {
    JsonOut out = new JsonOut().put("type", item.type()).put("header", header(item.header()));
    switch (item) {
      case Document d -> out.put("summary", d.summary()).put("body", d.body()).put("authors", d.authors())
          .put("publisher", d.publisher()).put("publicationDate", d.publicationDate())
          .put("documentType", d.documentType())
          .put("attachments", d.attachments().stream().map(ItemCodec::attachment).toList());
      case Event e -> out.put("description", e.description()).put("start", e.start()).put("end", e.end())
          .put("timeZone", e.timeZone().getId()).put("place", e.place()).put("onlineLink", e.onlineLink())
          .put("webinar", e.webinar());
      case Announcement a -> out.put("body", a.body()).put("pinned", a.pinned()).put("expires", a.expires());
      case Discussion d -> out.put("body", d.body()).put("locked", d.locked())
          .put("replies", d.replies().stream().map(ItemCodec::reply).toList());
    }
    return out.text();
  }

  static Item decode(String body, long version) {
    JsonIn in = JsonIn.parse(body);
    ItemHeader header = header(in.object("header"), version);
    return switch (in.constant("type", ItemType.class)) {
      case DOCUMENT -> new Document(header, in.string("summary"), in.string("body"), in.strings("authors"),
          in.optional("publisher"), in.optional("publicationDate").map(LocalDate::parse), in.optional("documentType"),
          in.objects("attachments").stream().map(ItemCodec::attachment).toList());
      case EVENT -> new Event(header, in.string("description"), in.get("start", Instant::parse),
          in.get("end", Instant::parse), in.get("timeZone", ZoneId::of), in.optional("place"),
          in.optional("onlineLink").map(URI::create), in.flag("webinar"));
      case ANNOUNCEMENT -> new Announcement(header, in.string("body"), in.flag("pinned"),
          in.optional("expires").map(Instant::parse));
      case DISCUSSION -> new Discussion(header, in.string("body"), in.flag("locked"),
          in.objects("replies").stream().map(ItemCodec::reply).toList());
    };
  }

  private static JsonOut header(ItemHeader h) {
    return new JsonOut().put("id", h.id()).put("community", h.community()).put("author", h.author())
        .put("title", h.title()).put("language", Values.tag(h.language())).put("visibility", h.visibility())
        .put("reviewState", h.reviewState()).put("concepts", Values.sorted(h.concepts()))
        .put("created", h.created()).put("updated", h.updated());
  }

  private static ItemHeader header(JsonIn in, long version) {
    return new ItemHeader(in.get("id", ItemId::of), in.get("community", CommunityId::of), in.get("author", UserId::of),
        in.string("title"), in.get("language", Values::language), in.constant("visibility", Visibility.class),
        in.constant("reviewState", ReviewState.class), Values.concepts(in.strings("concepts")),
        in.get("created", Instant::parse), in.get("updated", Instant::parse), version);
  }

  private static JsonOut attachment(Attachment a) {
    return new JsonOut().put("fileName", a.fileName()).put("mediaType", a.mediaType()).put("size", a.size())
        .put("contentHash", a.contentHash());
  }

  private static Attachment attachment(JsonIn in) {
    return new Attachment(in.string("fileName"), in.string("mediaType"), in.number("size"), in.string("contentHash"));
  }

  private static JsonOut reply(Reply r) {
    return new JsonOut().put("id", r.id()).put("author", r.author()).put("body", r.body()).put("created", r.created())
        .put("hidden", r.hidden());
  }

  private static Reply reply(JsonIn in) {
    return new Reply(in.get("id", ReplyId::of), in.get("author", UserId::of), in.string("body"),
        in.get("created", Instant::parse), in.flag("hidden"));
  }
}
