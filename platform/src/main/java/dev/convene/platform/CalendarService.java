package dev.convene.platform;

import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Event;
import dev.convene.core.policy.Action;
import dev.convene.platform.internal.Access;
import dev.convene.platform.internal.EventOccurrences;
import dev.convene.platform.internal.ItemAccess;
import dev.convene.platform.internal.Platform;
import dev.convene.platform.internal.VisibleEvents;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The events calendar: the occurrences of the events an actor may see within a {@linkplain
 * CalendarWindow window}, in one community or across every community, ordered by start (then by
 * event id), a page at a time.
 *
 * <p>An event is listed exactly when the actor may read it with {@link ContentService#get}: what
 * they may not see is skipped as if absent, never counted, and no cursor points at it. The events
 * are shown as that call shows them, so an online or webinar link reaches only those who may see the
 * event.
 */
public final class CalendarService {
  private static final Comparator<Occurrence> ORDER = Comparator.comparing(Occurrence::start)
      .thenComparing(o -> o.event().id().value());

  private final Platform platform;
  private final VisibleEvents events;

  CalendarService(Platform platform) {
    this.platform = platform;
    this.events = new VisibleEvents(platform, new ItemAccess(platform));
  }

  /**
   * The occurrences in the window of the events the actor may see, ordered by start, a page at a
   * time. A page holds fewer rows than asked only when it is the last.
   *
   * @param actor who looks; only the events they may see are listed
   * @param window the period, and the community if only one's events are wanted
   * @param page the cursor and size of the page
   * @return the page of occurrences
   * @throws NotFoundException if the window names a community the actor may not know exists
   * @throws ValidationException if the cursor is not one this listing gave out ({@code after},
   *     {@code cursor})
   */
  public Page<Occurrence> list(Actor actor, CalendarWindow window, PageRequest page) {
    Checks.required(actor, "actor");
    Checks.required(window, "window");
    Checks.required(page, "page");
    Optional<Cursor> after = page.after().map(Cursor::parse);
    requireCommunity(actor, window);
    return page(events.of(actor, window.community()), window, page, after);
  }

  /**
   * The occurrences in the window of the webinars of the window's community and of those linked to
   * it from other communities, that the actor may see, ordered by start, a page at a time. A linked
   * webinar is seen as in its own community: being a member of the community it is linked to shows
   * nothing more.
   *
   * @param actor who looks; only the webinars they may see are listed
   * @param window the period, and the community whose webinars to list
   * @param page the cursor and size of the page
   * @return the page of occurrences
   * @throws NotFoundException if the actor may not know the window's community exists
   * @throws ValidationException if the window names no community ({@code window}, {@code community}),
   *     or the cursor is not one this listing gave out ({@code after}, {@code cursor})
   */
  public Page<Occurrence> webinars(Actor actor, CalendarWindow window, PageRequest page) {
    Checks.required(actor, "actor");
    Checks.required(window, "window");
    Checks.required(page, "page");
    Checks.check(window.community().isPresent(), "window", "community", "webinars are listed for a community");
    Optional<Cursor> after = page.after().map(Cursor::parse);
    requireCommunity(actor, window);
    CommunityId community = window.community().get();
    List<Event> webinars = events.of(actor, Optional.empty()).stream()
        .filter(e -> e.webinar() && (e.community().equals(community) || e.linkedCommunities().contains(community)))
        .toList();
    return page(webinars, window, page, after);
  }

  private static Page<Occurrence> page(List<Event> events, CalendarWindow window, PageRequest page,
      Optional<Cursor> after) {
    List<Occurrence> kept = events.stream()
        .flatMap(event -> occurrences(event, window).stream())
        .filter(o -> after.map(cursor -> cursor.before(o)).orElse(true))
        .sorted(ORDER)
        .limit(page.limit() + 1L)
        .toList();
    if (kept.size() <= page.limit()) {
      return new Page<>(kept, Optional.empty());
    }
    List<Occurrence> rows = kept.subList(0, page.limit());
    return new Page<>(rows, Optional.of(Cursor.of(rows.getLast()).toString()));
  }

  /**
   * The events the actor may see that take place at least once in the window, once each, ordered by
   * their first occurrence there (then by id): what a calendar feed holds.
   *
   * @param actor who looks; only the events they may see are listed
   * @param window the period, and the community if only one's events are wanted
   * @return the events, possibly none
   * @throws NotFoundException if the window names a community the actor may not know exists
   */
  public List<Event> events(Actor actor, CalendarWindow window) {
    Checks.required(actor, "actor");
    Checks.required(window, "window");
    requireCommunity(actor, window);
    return events.of(actor, window.community()).stream()
        .flatMap(event -> occurrences(event, window).stream().limit(1))
        .sorted(ORDER)
        .map(Occurrence::event)
        .toList();
  }

  private void requireCommunity(Actor actor, CalendarWindow window) {
    window.community().ifPresent(id -> platform.access().require(actor, Action.VIEW_COMMUNITY,
        platform.access().context(actor, id), Access.what(id)));
  }

  private static List<Occurrence> occurrences(Event event, CalendarWindow window) {
    return EventOccurrences.of(event, window::overlaps, window.to()).stream()
        .map(slot -> new Occurrence(event, slot.start(), slot.end())).toList();
  }

  /** The sort key of the last row of a page: its start and its event's id. */
  private record Cursor(Instant start, String event) {
    static Cursor of(Occurrence row) {
      return new Cursor(row.start(), row.event().id().value());
    }

    static Cursor parse(String text) {
      int bar = text.indexOf('|');
      try {
        Checks.check(bar > 0, "after", "cursor", "not a cursor of the calendar");
        return new Cursor(Instant.parse(text.substring(0, bar)), text.substring(bar + 1));
      } catch (DateTimeParseException e) {
        throw new ValidationException("after", "cursor", "not a cursor of the calendar");
      }
    }

    /** Whether {@code row} comes after this key. */
    boolean before(Occurrence row) {
      int byStart = row.start().compareTo(start);
      return byStart > 0 || byStart == 0 && row.event().id().value().compareTo(event) > 0;
    }

    @Override
    public String toString() {
      return start + "|" + event;
    }
  }
}
