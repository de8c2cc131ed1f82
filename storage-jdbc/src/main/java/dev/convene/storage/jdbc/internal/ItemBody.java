package dev.convene.storage.jdbc.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.convene.core.model.Poll;
import dev.convene.core.model.Recurrence;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The stored shape of an item: its type (the name of its {@link dev.convene.core.model.ItemType}), its
 * header and the fields of its type, replies included. Ids are written as their values.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ItemBody.DocumentBody.class, name = "DOCUMENT"),
    @JsonSubTypes.Type(value = ItemBody.EventBody.class, name = "EVENT"),
    @JsonSubTypes.Type(value = ItemBody.AnnouncementBody.class, name = "ANNOUNCEMENT"),
    @JsonSubTypes.Type(value = ItemBody.DiscussionBody.class, name = "DISCUSSION"),
    @JsonSubTypes.Type(value = ItemBody.PollBody.class, name = "POLL")})
sealed interface ItemBody {
  Header header();

  /** Every field of an item's header but the version, which has a column of its own. */
  record Header(String id, String community, String author, String title, String language, Visibility visibility,
      ReviewState reviewState, List<String> concepts, Instant created, Instant updated) {}

  record DocumentBody(Header header, String summary, String body, List<String> authors, Optional<String> publisher,
      Optional<LocalDate> publicationDate, Optional<String> documentType, List<AttachmentBody> attachments)
      implements ItemBody {}

  record AttachmentBody(String fileName, String mediaType, long size, String contentHash) {}

  /**
   * An event. The fields from {@code allDay} on came later: each is written only when set (an absent
   * one reads as unset), so an event that uses none of them is stored exactly as before.
   */
  record EventBody(Header header, String description, Instant start, Instant end, ZoneId timeZone,
      Optional<String> place, Optional<URI> onlineLink, boolean webinar, Optional<Boolean> allDay,
      Optional<RecurrenceBody> recurrence, Optional<URI> recording, Optional<URI> slides,
      Optional<List<String>> linkedCommunities, Optional<Integer> capacity,
      Optional<List<AttachmentBody>> attachments) implements ItemBody {}

  record RecurrenceBody(Recurrence.Frequency frequency, int interval, Optional<Integer> count,
      Optional<LocalDate> until) {}

  record AnnouncementBody(Header header, String body, boolean pinned, Optional<Instant> expires) implements ItemBody {}

  /** Mentions are left out when there are none, so bodies written before they were kept read the same. */
  record DiscussionBody(Header header, String body, boolean locked, List<ReplyBody> replies,
      Optional<List<String>> mentions) implements ItemBody {}

  /** A poll: its options (an idea with its author), in the order they were added; its votes have a table of their own. */
  record PollBody(Header header, String description, Poll.Mode mode, List<OptionBody> options,
      Optional<Instant> closes, Poll.ResultsVisibility results) implements ItemBody {}

  record OptionBody(String id, String text, Optional<String> author) {}

  record ReplyBody(String id, String author, String body, Instant created, boolean hidden,
      Optional<List<String>> mentions) {}
}
