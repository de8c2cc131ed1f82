package dev.convene.portal;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Announcement;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.Section;
import dev.convene.icalendar.ICalendarFeeds;
import dev.convene.platform.CalendarWindow;
import dev.convene.platform.Convene;
import dev.convene.platform.Occurrence;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A community's sections: the part of its space that shows them, each section's own page (the
 * events calendar, announcements, discussions, polls, working groups), its colours as a stylesheet
 * and its calendar as an iCalendar feed. Only the sections the community switched on are shown; what
 * the person may not see is never listed, as Convene's listings leave it out.
 */
final class SectionPages {
  private static final int SHORT_LIST = 5;
  private static final int PAGE = 20;
  private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?");

  /** Where times without a zone of their own (posts, replies) are shown: named "UTC", not "Z". */
  static final java.time.ZoneId UTC = java.time.ZoneId.of("UTC");

  private final PortalServer server;
  private final Convene convene;
  private final ICalendarFeeds feeds;

  SectionPages(PortalServer server, Convene convene) {
    this.server = server;
    this.convene = convene;
    this.feeds = ICalendarFeeds.create(convene, "portal.convene.example");
  }

  /** Adds the section pages, and the item pages, to {@code app}. */
  void register(Javalin app) {
    app.get("/c/{slug}/brand.css", this::brand);
    app.get("/c/{slug}/calendar.ics", this::feed);
    // one route per section, never "/c/{slug}/{any}", which would take the paths of other pages
    for (Section section : Section.values()) {
      if (section != Section.DOCUMENTS) {
        app.get("/c/{slug}/" + key(section), ctx -> section(ctx, section));
      }
    }
    new ItemPages(server, convene, feeds).register(app);
  }

  /** The sections part of the space of {@code community}, as {@code actor} may see it. */
  static SectionViews.Overview overview(Convene convene, Actor actor, Community community, PortalText words) {
    Locale lang = words.locale();
    String guidelines = "";
    int version = 0;
    var current = convene.guidelines().current(actor, community.id());
    if (current.isPresent()) {
      guidelines = current.get().text().resolve(lang).orElse("");
      version = current.get().version();
    }
    String base = "/c/" + Links.encode(community.slug());
    List<SectionViews.Block> blocks = new ArrayList<>();
    for (Section section : Section.values()) {
      if (section == Section.DOCUMENTS || !community.sections().contains(section)) {
        continue;
      }
      List<SectionViews.Row> rows = switch (section) {
        // each event once, by its next occurrence: a weekly event would fill a short list alone
        case EVENTS -> convene.calendar().events(actor, CalendarWindow.upcoming(convene.clock().instant())
            .in(community.id())).stream().limit(SHORT_LIST).map(e -> new SectionViews.Row(
                "/i/" + Links.encode(e.id().value()), e.title(), when(e.start(), e.timeZone(), lang),
                e.language().getDisplayLanguage(lang), words.label(e.visibility()), false)).toList();
        case WORKING_GROUPS -> groups(convene, actor, community, words).stream().limit(SHORT_LIST).toList();
        default -> items(convene, actor, community, typeOf(section), null, SHORT_LIST, words).items();
      };
      blocks.add(new SectionViews.Block(key(section), heading(words, section), rows, words.t("section.empty"),
          base + "/" + key(section)));
    }
    boolean branded = community.branding().primaryColour().isPresent()
        || community.branding().accentColour().isPresent();
    String feed = community.sections().contains(Section.EVENTS) ? base + "/calendar.ics" : "";
    return new SectionViews.Overview(community.slug(), branded, guidelines, version, feed, blocks);
  }

  private void section(Context ctx, Section section) {
    Actor actor = PortalServer.actor(ctx);
    PortalText words = PortalServer.text(ctx);
    Locale lang = words.locale();
    Community community = convene.communities().bySlug(actor, ctx.pathParam("slug"));
    if (!community.sections().contains(section)) {
      throw new NotFoundException("not found");
    }
    String name = PortalServer.text(community.name(), lang, community.slug());
    String base = "/c/" + Links.encode(community.slug()) + "/" + key(section);
    String after = Optional.ofNullable(ctx.queryParam("after")).orElse("");
    List<SectionViews.Block> blocks = new ArrayList<>();
    String feed = "";
    switch (section) {
      case EVENTS -> {
        Instant now = convene.clock().instant();
        String past = Optional.ofNullable(ctx.queryParam("past")).orElse("");
        Page<SectionViews.Row> upcoming = occurrences(convene, actor, CalendarWindow.upcoming(now).in(community.id()),
            after, PAGE, words);
        Page<SectionViews.Row> before = occurrences(convene, actor, CalendarWindow.past(now).in(community.id()),
            past, PAGE, words);
        blocks.add(new SectionViews.Block("upcoming", words.t("section.upcoming"), upcoming.items(),
            words.t("section.upcoming.empty"),
            upcoming.next().map(c -> Links.of(base, List.of(java.util.Map.entry("after", c)))).orElse("")));
        blocks.add(new SectionViews.Block("past", words.t("section.past"), before.items(),
            words.t("section.past.empty"),
            before.next().map(c -> Links.of(base, List.of(java.util.Map.entry("past", c)))).orElse("")));
        feed = "/c/" + Links.encode(community.slug()) + "/calendar.ics";
      }
      case WORKING_GROUPS -> blocks.add(new SectionViews.Block(key(section), heading(words, section),
          groups(convene, actor, community, words), words.t("section.empty"), ""));
      default -> {
        Page<SectionViews.Row> page = items(convene, actor, community, typeOf(section), after, PAGE, words);
        blocks.add(new SectionViews.Block(key(section), heading(words, section), page.items(), words.t("section.empty"),
            page.next().map(c -> Links.of(base, List.of(java.util.Map.entry("after", c)))).orElse("")));
      }
    }
    server.render(ctx, "section.jte", new SectionViews.SectionPage(server.chrome(ctx,
        words.t("section.title", heading(words, section), name)), community.slug(), name, heading(words, section),
        blocks, feed));
  }

  /** The community's colours as a stylesheet, so that no page carries an inline style. */
  private void brand(Context ctx) {
    Community community = convene.communities().bySlug(PortalServer.actor(ctx), ctx.pathParam("slug"));
    StringBuilder css = new StringBuilder();
    // the model accepts hex colours only; checked again here because the text goes into CSS unescaped
    community.branding().primaryColour().filter(c -> HEX.matcher(c).matches()).ifPresent(c -> css
        .append("header { background: ").append(c).append("; }\nh1 { color: ").append(c).append("; }\n"));
    community.branding().accentColour().filter(c -> HEX.matcher(c).matches()).ifPresent(c -> css
        .append(".welcome, .guidelines { border-left-color: ").append(c).append("; }\n"));
    ctx.contentType("text/css; charset=utf-8").result(css.toString());
  }

  private void feed(Context ctx) {
    Community community = convene.communities().bySlug(PortalServer.actor(ctx), ctx.pathParam("slug"));
    if (!community.sections().contains(Section.EVENTS)) {
      throw new NotFoundException("not found");
    }
    ctx.header("Content-Disposition", PortalServer.contentDisposition(community.slug() + ".ics"));
    ctx.contentType("text/calendar; charset=utf-8").result(feeds.community(PortalServer.actor(ctx), community.id()));
  }

  private static Page<SectionViews.Row> occurrences(Convene convene, Actor actor, CalendarWindow window,
      String after, int size, PortalText words) {
    Locale lang = words.locale();
    PageRequest request = after == null || after.isEmpty() ? PageRequest.first(size)
        : PageRequest.first(size).after(after);
    Page<Occurrence> page = convene.calendar().list(actor, window, request);
    List<SectionViews.Row> rows = page.items().stream().map(o -> new SectionViews.Row(
        "/i/" + Links.encode(o.event().id().value()), o.event().title(),
        when(o.start(), o.event().timeZone(), lang), o.event().language().getDisplayLanguage(lang),
        words.label(o.event().visibility()), false)).toList();
    return new Page<>(rows, page.next());
  }

  private static Page<SectionViews.Row> items(Convene convene, Actor actor, Community community, ItemType type,
      String after, int size, PortalText words) {
    Locale lang = words.locale();
    PageRequest request = after == null || after.isEmpty() ? PageRequest.first(size)
        : PageRequest.first(size).after(after);
    Page<Item> page = convene.content().list(actor, community.id(), ItemQuery.all().withTypes(type), request);
    List<SectionViews.Row> rows = page.items().stream().map(i -> new SectionViews.Row(
        "/i/" + Links.encode(i.id().value()), i.title(), when(i.created(), UTC, lang),
        i.language().getDisplayLanguage(lang), words.label(i.visibility()),
        i instanceof Announcement a && a.pinned())).toList();
    return new Page<>(rows, page.next());
  }

  private static List<SectionViews.Row> groups(Convene convene, Actor actor, Community community,
      PortalText words) {
    return convene.communities().workingGroups(actor, community.id()).stream().map(g -> new SectionViews.Row(
        "/c/" + Links.encode(g.slug()), PortalServer.text(g.name(), words.locale(), g.slug()), "", "",
        words.label(g.privacy()), false)).toList();
  }

  /** A time as lived in {@code zone}, in the display language, with the zone's name. */
  static String when(Instant time, java.time.ZoneId zone, Locale lang) {
    ZonedDateTime local = time.atZone(zone);
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(lang)
        .format(local) + " (" + zone.getId() + ")";
  }

  static String key(Section section) {
    return switch (section) {
      case DOCUMENTS -> "documents";
      case EVENTS -> "events";
      case ANNOUNCEMENTS -> "announcements";
      case DISCUSSIONS -> "discussions";
      case POLLS -> "polls";
      case WORKING_GROUPS -> "groups";
    };
  }

  static String heading(PortalText words, Section section) {
    return switch (section) {
      case DOCUMENTS -> words.t("section.documents");
      case EVENTS -> words.t("section.events");
      case ANNOUNCEMENTS -> words.t("section.announcements");
      case DISCUSSIONS -> words.t("section.discussions");
      case POLLS -> words.t("section.polls");
      case WORKING_GROUPS -> words.t("section.groups");
    };
  }

  private static ItemType typeOf(Section section) {
    return switch (section) {
      case EVENTS -> ItemType.EVENT;
      case ANNOUNCEMENTS -> ItemType.ANNOUNCEMENT;
      case DISCUSSIONS -> ItemType.DISCUSSION;
      case POLLS -> ItemType.POLL;
      case DOCUMENTS, WORKING_GROUPS -> ItemType.DOCUMENT;
    };
  }
}
