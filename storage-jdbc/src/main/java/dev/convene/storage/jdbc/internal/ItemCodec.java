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
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOption;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.Recurrence;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import dev.convene.storage.jdbc.internal.ItemBody.AnnouncementBody;
import dev.convene.storage.jdbc.internal.ItemBody.AttachmentBody;
import dev.convene.storage.jdbc.internal.ItemBody.DiscussionBody;
import dev.convene.storage.jdbc.internal.ItemBody.DocumentBody;
import dev.convene.storage.jdbc.internal.ItemBody.EventBody;
import dev.convene.storage.jdbc.internal.ItemBody.Header;
import dev.convene.storage.jdbc.internal.ItemBody.OptionBody;
import dev.convene.storage.jdbc.internal.ItemBody.PollBody;
import dev.convene.storage.jdbc.internal.ItemBody.RecurrenceBody;
import dev.convene.storage.jdbc.internal.ItemBody.ReplyBody;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An {@link Item} as a JSON body, in the shape of {@link ItemBody}. Instants are written in full
 * (ISO-8601), so an item reads back equal to the item written, to the nanosecond.
 */
final class ItemCodec {
  private ItemCodec() {}

  static String encode(Item item) {
    Header h = header(item.header());
    return Bodies.write(switch (item) {
      case Document d -> new DocumentBody(h, d.summary(), d.body(), d.authors(), d.publisher(), d.publicationDate(),
          d.documentType(), d.attachments().stream().map(ItemCodec::attachment).toList());
      case Event e -> new EventBody(h, e.description(), e.start(), e.end(), e.timeZone(), e.place(), e.onlineLink(),
          e.webinar(), Optional.of(true).filter(t -> e.allDay()), e.recurrence().map(ItemCodec::recurrence),
          e.recording(), e.slides(), Optional.of(Values.sorted(ids(e.linkedCommunities()))).filter(l -> !l.isEmpty()),
          e.capacity(), Optional.of(e.attachments().stream().map(ItemCodec::attachment).toList())
              .filter(l -> !l.isEmpty()));
      case Announcement a -> new AnnouncementBody(h, a.body(), a.pinned(), a.expires());
      case Discussion d -> new DiscussionBody(h, d.body(), d.locked(),
          d.replies().stream().map(ItemCodec::reply).toList(), mentions(d.mentions()));
      case Poll p -> new PollBody(h, p.description(), p.mode(), p.options().stream().map(ItemCodec::option).toList(),
          p.closes(), p.results());
    });
  }

  static Item decode(String text, long version) {
    ItemBody body = Bodies.read(text, ItemBody.class);
    ItemHeader h = header(body.header(), version);
    return switch (body) {
      case DocumentBody d -> new Document(h, d.summary(), d.body(), d.authors(), d.publisher(), d.publicationDate(),
          d.documentType(), d.attachments().stream().map(ItemCodec::attachment).toList());
      case EventBody e -> new Event(h, e.description(), e.start(), e.end(), e.timeZone(), e.place(), e.onlineLink(),
          e.webinar(), e.allDay().orElse(false), e.recurrence().map(ItemCodec::recurrence), e.recording(), e.slides(),
          e.linkedCommunities().orElse(List.of()).stream().map(CommunityId::of).collect(Collectors.toSet()),
          e.capacity(), e.attachments().orElse(List.of()).stream().map(ItemCodec::attachment).toList());
      case AnnouncementBody a -> new Announcement(h, a.body(), a.pinned(), a.expires());
      case DiscussionBody d -> new Discussion(h, d.body(), d.locked(),
          d.replies().stream().map(ItemCodec::reply).toList(), mentions(d.mentions()));
      case PollBody p -> new Poll(h, p.description(), p.mode(), p.options().stream().map(ItemCodec::option).toList(),
          p.closes(), p.results());
    };
  }

  private static Header header(ItemHeader h) {
    return new Header(h.id().value(), h.community().value(), h.author().value(), h.title(), Values.tag(h.language()),
        h.visibility(), h.reviewState(), Values.sorted(h.concepts()), h.created(), h.updated());
  }

  private static ItemHeader header(Header h, long version) {
    return new ItemHeader(ItemId.of(h.id()), CommunityId.of(h.community()), UserId.of(h.author()), h.title(),
        Values.language(h.language()), h.visibility(), h.reviewState(), Values.concepts(h.concepts()), h.created(),
        h.updated(), version);
  }

  private static RecurrenceBody recurrence(Recurrence r) {
    return new RecurrenceBody(r.frequency(), r.interval(), r.count(), r.until());
  }

  private static Recurrence recurrence(RecurrenceBody r) {
    return new Recurrence(r.frequency(), r.interval(), r.count(), r.until());
  }

  private static Set<String> ids(Set<CommunityId> communities) {
    return communities.stream().map(CommunityId::value).collect(Collectors.toSet());
  }

  private static AttachmentBody attachment(Attachment a) {
    return new AttachmentBody(a.fileName(), a.mediaType(), a.size(), a.contentHash());
  }

  private static Attachment attachment(AttachmentBody a) {
    return new Attachment(a.fileName(), a.mediaType(), a.size(), a.contentHash());
  }

  private static ReplyBody reply(Reply r) {
    return new ReplyBody(r.id().value(), r.author().value(), r.body(), r.created(), r.hidden(),
        mentions(r.mentions()));
  }

  private static Reply reply(ReplyBody r) {
    return new Reply(ReplyId.of(r.id()), UserId.of(r.author()), r.body(), r.created(), r.hidden(),
        mentions(r.mentions()));
  }

  private static OptionBody option(PollOption o) {
    return new OptionBody(o.id().value(), o.text(), o.author().map(UserId::value));
  }

  private static PollOption option(OptionBody o) {
    return new PollOption(PollOptionId.of(o.id()), o.text(), o.author().map(UserId::of));
  }

  /** The mentioned users' ids in user order, or nothing when there are none. */
  private static Optional<List<String>> mentions(Set<UserId> users) {
    return Optional.of(users.stream().map(UserId::value).sorted().toList()).filter(l -> !l.isEmpty());
  }

  private static Set<UserId> mentions(Optional<List<String>> ids) {
    return ids.orElse(List.of()).stream().map(UserId::of).collect(Collectors.toSet());
  }
}
