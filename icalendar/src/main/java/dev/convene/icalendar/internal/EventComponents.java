package dev.convene.icalendar.internal;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import dev.convene.core.model.Event;
import java.util.Date;
import java.util.TimeZone;

/**
 * Adds events to a calendar as VEVENT components: the item id as UID (qualified by a domain, as RFC
 * 5545 asks of a globally unique id), its title, description, place and online link, and its start
 * and end in the event's time zone, named by its global (IANA) id.
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
    TimezoneAssignment zone = new TimezoneAssignment(TimeZone.getTimeZone(event.timeZone()), event.timeZone().getId());
    DateStart start = component.setDateStart(Date.from(event.start()), true);
    DateEnd end = component.setDateEnd(Date.from(event.end()), true);
    calendar.getTimezoneInfo().setTimezone(start, zone);
    calendar.getTimezoneInfo().setTimezone(end, zone);
    calendar.addEvent(component);
  }
}
