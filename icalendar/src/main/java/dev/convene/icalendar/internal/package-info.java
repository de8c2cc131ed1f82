/** How an event becomes an iCalendar component. */
@NullMarked
package dev.convene.icalendar.internal;

import org.jspecify.annotations.NullMarked;
