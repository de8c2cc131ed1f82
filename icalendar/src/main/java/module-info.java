/**
 * Optional: events as iCalendar (RFC 5545), written through biweekly: one event, and feeds per
 * community and per person holding only what that person may see.
 */
module dev.convene.icalendar {
  requires transitive dev.convene.platform;
  requires net.sf.biweekly;
  requires static org.jspecify;

  exports dev.convene.icalendar;
}
