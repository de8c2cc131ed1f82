package dev.convene.icalendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.property.Method;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.icalendar.internal.EventComponents;
import dev.convene.platform.CalendarWindow;
import dev.convene.platform.Convene;
import java.util.List;

/**
 * Events as iCalendar (RFC 5545) text, written through biweekly: one event, the feed of a community
 * and the feed of a person. Each holds exactly what the actor may see, as {@link
 * dev.convene.platform.CalendarService#events} and {@link dev.convene.platform.ContentService#get}
 * show it: an event they may not see is absent from a feed, and asked for alone it is not found, as
 * an id that does not exist is.
 *
 * <p>An event's UID is its item id at the domain given here, so a calendar application that
 * subscribes to a feed updates an event in place when it changes. Times are written in the event's
 * time zone, named by its global IANA id ({@code TZID=/Europe/Paris}).
 */
public final class ICalendarFeeds {
  private static final String PRODUCT_ID = "-//Convene//Convene events//EN";

  private final Convene convene;
  private final EventComponents components;

  private ICalendarFeeds(Convene convene, String uidDomain) {
    this.convene = convene;
    this.components = new EventComponents(uidDomain);
  }

  /**
   * Feeds of the platform's events.
   *
   * @param convene the platform whose events to publish
   * @param uidDomain the domain that qualifies every event's UID, such as {@code events.example.org}
   * @return the feeds
   * @throws ValidationException if an argument is missing, or the domain is blank, holds anything
   *     but letters, digits, dots and hyphens, or is longer than 255 characters ({@code uidDomain},
   *     {@code domain})
   */
  public static ICalendarFeeds create(Convene convene, String uidDomain) {
    Checks.required(convene, "convene");
    Checks.text(uidDomain, "uidDomain", 255);
    Checks.check(uidDomain.matches("[A-Za-z0-9.-]+"), "uidDomain", "domain",
        "must be a domain name such as events.example.org");
    return new ICalendarFeeds(convene, uidDomain);
  }

  /**
   * One event as a calendar of one VEVENT.
   *
   * @param actor who reads
   * @param id the event's id
   * @return the calendar, as iCalendar text
   * @throws NotFoundException if there is no such item, or the actor may not see it
   * @throws ValidationException if the item is not an event ({@code id}, {@code event})
   */
  public String event(Actor actor, ItemId id) {
    Item item = convene.content().get(actor, id);
    if (!(item instanceof Event event)) {
      throw new ValidationException("id", "event", "item " + id + " is not an event");
    }
    return write(List.of(event));
  }

  /**
   * Every event of the community that the actor may see.
   *
   * @param actor who reads
   * @param community the community's id
   * @return the calendar, as iCalendar text
   * @throws NotFoundException if the actor may not know the community exists
   */
  public String community(Actor actor, CommunityId community) {
    Checks.required(community, "community");
    return feed(actor, everything().in(community));
  }

  /**
   * Every event of every community that the actor may see.
   *
   * @param actor who reads
   * @return the calendar, as iCalendar text
   */
  public String person(Actor actor) {
    return feed(actor, everything());
  }

  private String feed(Actor actor, CalendarWindow window) {
    return write(convene.calendar().events(actor, window));
  }

  private static CalendarWindow everything() {
    return CalendarWindow.past(Checks.MAX_INSTANT);
  }

  private String write(List<Event> events) {
    ICalendar calendar = new ICalendar();
    calendar.setProductId(PRODUCT_ID);
    calendar.setMethod(Method.publish());
    events.forEach(event -> components.add(calendar, event));
    return Biweekly.write(calendar).go();
  }
}
