package dev.convene.archive.internal;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Event;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.Recurrence;
import java.time.LocalDate;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/**
 * An event's own fields in an archive. Those that came with the calendar ({@code allDay}, {@code
 * recurrence}, {@code recording}, {@code slides}, {@code linkedCommunities}), with registration ({@code
 * capacity}) and with event attachments ({@code attachments}) are written only when set, so an
 * archive written before them still reads, and an event using none is written as before.
 */
final class EventJson {
  private EventJson() {}

  static void write(JsonGenerator g, Event e) {
    g.writeStringProperty("description", e.description());
    g.writeStringProperty("start", e.start().toString());
    g.writeStringProperty("end", e.end().toString());
    g.writeStringProperty("timeZone", e.timeZone().getId());
    Out.optional(g, "place", e.place());
    Out.optional(g, "onlineLink", e.onlineLink());
    g.writeBooleanProperty("webinar", e.webinar());
    if (e.allDay()) {
      g.writeBooleanProperty("allDay", true);
    }
    e.recurrence().ifPresent(r -> {
      g.writeObjectPropertyStart("recurrence");
      g.writeStringProperty("frequency", r.frequency().name());
      g.writeNumberProperty("interval", r.interval());
      r.count().ifPresent(n -> g.writeNumberProperty("count", n));
      Out.optional(g, "until", r.until());
      g.writeEndObject();
    });
    Out.optional(g, "recording", e.recording());
    Out.optional(g, "slides", e.slides());
    if (!e.linkedCommunities().isEmpty()) {
      Out.sorted(g, "linkedCommunities", e.linkedCommunities());
    }
    e.capacity().ifPresent(c -> g.writeNumberProperty("capacity", c));
    if (!e.attachments().isEmpty()) {
      ItemJson.writeAttachments(g, e.attachments());
    }
  }

  static Event read(ItemHeader h, In in) {
    return in.build(() -> new Event(h, in.string("description"), in.instant("start"), in.instant("end"),
        in.zone("timeZone"), in.optString("place"), in.optUri("onlineLink"), in.bool("webinar"), in.flag("allDay"),
        in.optObject("recurrence").map(EventJson::recurrence), in.optUri("recording"), in.optUri("slides"),
        in.strings("linkedCommunities").stream().map(CommunityId::of).collect(Collectors.toSet()),
        in.optNumber("capacity").map(EventJson::toInt),
        in.array("attachments").stream().map(ItemJson::attachment).toList()));
  }

  private static Recurrence recurrence(In in) {
    return in.build(() -> new Recurrence(in.constant("frequency", Recurrence.Frequency.class),
        toInt(in.number("interval")), in.optNumber("count").map(EventJson::toInt),
        in.optParsed("until", LocalDate::parse)));
  }

  /** A number as an int, one out of range kept out of range so that the model's check names it. */
  private static int toInt(long value) {
    return Math.clamp(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }
}
