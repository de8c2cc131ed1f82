/**
 * iCalendar export: {@link dev.convene.icalendar.ICalendarFeeds} writes one event, a community's
 * feed or a person's feed, each holding only what the person asking may see.
 */
@NullMarked
package dev.convene.icalendar;

import org.jspecify.annotations.NullMarked;
