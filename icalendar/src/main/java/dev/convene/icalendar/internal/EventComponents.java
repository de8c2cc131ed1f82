package dev.convene.icalendar.internal;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Attachment;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import dev.convene.core.model.Event;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

/**
 * Adds events to a calendar as VEVENT components: the item id as UID (qualified by a domain, as RFC
 * 5545 asks of a globally unique id), its title, description, place and online link, and its start
 * and end in the event's time zone, named by its global (IANA) id, or its dates for an all-day
 * event, its recurrence as an RRULE, and its recording and slides as attachments by link.
 */
public final class EventComponents {
  private final String uidDomain;

  public EventComponents(String uidDomain) {
    this.uidDomain = uidDomain;
  }

  /** Adds {@code event} to {@code calendar}. */
  public void add(ICalendar calendar, Event event) {
    VEvent component = new VEvent();
    component.setUid(event.id().value() + "@" + uidDomain);
    component.setDateTimeStamp(Date.from(event.header().updated()));
    component.setCreated(Date.from(event.header().created()));
    component.setLastModified(Date.from(event.header().updated()));
    component.setSummary(event.title());
    if (!event.description().isEmpty()) {
      component.setDescription(event.description());
    }
    event.place().ifPresent(component::setLocation);
    event.onlineLink().ifPresent(link -> component.setUrl(link.toString()));
    if (event.webinar()) {
      component.addCategories("WEBINAR");
    }
    event.recording().ifPresent(link -> component.addAttachment(new Attachment(null, link.toString())));
    event.slides().ifPresent(link -> component.addAttachment(new Attachment(null, link.toString())));
    if (event.allDay()) {
      component.setDateStart(day(event.start(), event.timeZone()), false);
      component.setDateEnd(day(event.end(), event.timeZone()), false);
    } else {
      TimezoneAssignment zone = new TimezoneAssignment(TimeZone.getTimeZone(event.timeZone()),
          event.timeZone().getId());
      DateStart start = component.setDateStart(Date.from(event.start()), true);
      DateEnd end = component.setDateEnd(Date.from(event.end()), true);
      calendar.getTimezoneInfo().setTimezone(start, zone);
      calendar.getTimezoneInfo().setTimezone(end, zone);
    }
    event.recurrence().ifPresent(rule -> component.setRecurrenceRule(recurrence(rule, event)));
    calendar.addEvent(component);
  }

  /**
   * The rule as an RRULE. Its UNTIL takes the type of DTSTART (RFC 5545, 3.3.10): a date for an
   * all-day event, else the last instant of the until date in the event's zone, in UTC.
   */
  private static Recurrence recurrence(dev.convene.core.model.Recurrence rule, Event event) {
    Recurrence.Builder builder = new Recurrence.Builder(switch (rule.frequency()) {
      case WEEKLY -> Frequency.WEEKLY;
      case MONTHLY -> Frequency.MONTHLY;
    }).interval(rule.interval());
    rule.count().ifPresent(builder::count);
    rule.until().ifPresent(until -> {
      if (event.allDay()) {
        builder.until(day(until), false);
      } else {
        builder.until(Date.from(until.plusDays(1).atStartOfDay(event.timeZone()).toInstant().minusSeconds(1)), true);
      }
    });
    return builder.build();
  }

  /** The date, in the event's zone, of a midnight. */
  private static Date day(Instant midnight, ZoneId zone) {
    return day(midnight.atZone(zone).toLocalDate());
  }

  /** A date value: biweekly writes a date without time in the default time zone. */
  private static Date day(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
