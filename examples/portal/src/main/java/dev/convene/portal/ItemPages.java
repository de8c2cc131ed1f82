package dev.convene.portal;

import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Announcement;
import dev.convene.core.model.Attachment;
import dev.convene.core.model.Community;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.Recurrence;
import dev.convene.core.model.Section;
import dev.convene.core.policy.Action;
import dev.convene.icalendar.ICalendarFeeds;
import dev.convene.platform.Convene;
import dev.convene.platform.PollResults;
import dev.convene.storage.PollVote;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The pages of events, announcements, discussions and polls ({@code /i/{id}}; documents keep {@code
 * /d/{id}}), the files of events, and the two forms that change them: a reply and a vote. A form is
 * shown only when the policy lets the person contribute; the service decides again as it acts.
 */
final class ItemPages {
  private final PortalServer server;
  private final Convene convene;
  private final ICalendarFeeds feeds;

  ItemPages(PortalServer server, Convene convene, ICalendarFeeds feeds) {
    this.server = server;
    this.convene = convene;
    this.feeds = feeds;
  }

  void register(Javalin app) {
    app.get("/i/{id}", ctx -> show(ctx, "", ""));
    app.get("/i/{id}/event.ics", this::eventFeed);
    app.get("/i/{id}/files/{hash}", this::download);
    app.post("/i/{id}/reply", this::reply);
    app.post("/i/{id}/vote", this::vote);
  }

  private Item item(Context ctx) {
    return convene.content().get(PortalServer.actor(ctx), ItemId.of(ctx.pathParam("id")));
  }

  private void show(Context ctx, String error, String draft) {
    Actor actor = PortalServer.actor(ctx);
    PortalText words = PortalServer.text(ctx);
    Locale lang = words.locale();
    Item item = item(ctx);
    if (item instanceof Document) {
      ctx.redirect("/d/" + Links.encode(item.id().value()), HttpStatus.SEE_OTHER);
      return;
    }
    Community community = convene.communities().get(actor, item.community());
    Section section = switch (item) {
      case Event e -> Section.EVENTS;
      case Announcement a -> Section.ANNOUNCEMENTS;
      case Discussion d -> Section.DISCUSSIONS;
      case Poll p -> Section.POLLS;
      case Document d -> Section.DOCUMENTS;
    };
    String base = "/c/" + Links.encode(community.slug());
    String self = "/i/" + Links.encode(item.id().value());
    SectionViews.ItemHead head = new SectionViews.ItemHead(self, community.slug(),
        PortalServer.text(community.name(), lang, community.slug()), base + "/" + SectionPages.key(section),
        SectionPages.heading(words, section), item.title(), item.language().getDisplayLanguage(lang),
        words.label(item.visibility()));
    Views.Chrome chrome = server.chrome(ctx, item.title(), self);
    switch (item) {
      case Event e -> server.render(ctx, "event.jte", new SectionViews.EventPage(chrome, head, e.description(),
          SectionPages.when(e.start(), e.timeZone(), lang) + " – " + SectionPages.when(e.end(), e.timeZone(), lang),
          e.timeZone().getId(), e.recurrence().map(r -> repeats(words, r)).orElse(""), e.place().orElse(""),
          e.onlineLink().map(Object::toString).orElse(""), e.attachments().stream().map(a -> new Views.AttachmentRow(
              a.fileName(), a.mediaType(), a.size(), self + "/files/" + a.contentHash())).toList(),
          self + "/event.ics"));
      case Announcement a -> server.render(ctx, "announcement.jte", new SectionViews.AnnouncementPage(chrome, head,
          a.body(), a.pinned(), a.expires().map(t -> SectionPages.when(t, SectionPages.UTC, lang)).orElse("")));
      case Discussion d -> {
        List<SectionViews.ReplyRow> replies = d.replies().stream().filter(r -> !r.hidden())
            .map(r -> new SectionViews.ReplyRow(r.author().value(),
                SectionPages.when(r.created(), SectionPages.UTC, lang), r.body(),
                actor.isAnonymous() ? "" : self + "/replies/" + Links.encode(r.id().value()) + "/report")).toList();
        boolean canReply = !d.locked() && contributes(actor, community, Action.START_DISCUSSION);
        server.render(ctx, "discussion.jte", new SectionViews.DiscussionPage(chrome, head, d.body(), replies, canReply,
            d.locked(), error, draft));
      }
      case Poll p -> poll(ctx, chrome, head, p, community, error, words);
      case Document d -> throw new NotFoundException("not found");
    }
  }

  private void poll(Context ctx, Views.Chrome chrome, SectionViews.ItemHead head, Poll poll, Community community,
      String error, PortalText words) {
    Actor actor = PortalServer.actor(ctx);
    boolean closed = poll.isClosed(convene.clock().instant());
    String mine = convene.polls().myVote(actor, poll.id()).map(PollVote::option).map(PollOptionId::value).orElse("");
    Optional<PollResults> results = convene.polls().resultsIfVisible(actor, poll.id());
    Map<String, Integer> counts = results.map(r -> r.options().stream().collect(Collectors.toMap(
        c -> c.option().id().value(), PollResults.OptionCount::votes))).orElse(Map.of());
    List<SectionViews.OptionRow> options = poll.options().stream().map(o -> new SectionViews.OptionRow(
        o.id().value(), o.text(), o.id().value().equals(mine), counts.getOrDefault(o.id().value(), 0))).toList();
    String hidden = results.isPresent() ? "" : switch (poll.results()) {
      case AFTER_VOTING -> words.t("poll.hidden.after-voting");
      case AFTER_CLOSING -> words.t("poll.hidden.after-closing");
      case ALWAYS -> "";
    };
    boolean canVote = !closed && contributes(actor, community, Action.CREATE_POLL);
    server.render(ctx, "poll.jte", new SectionViews.PollPage(chrome, head, poll.description(), options, canVote,
        closed, results.isPresent(), results.map(PollResults::voters).orElse(0), hidden, error));
  }

  /**
   * Whether the person may contribute to this section of the community. The policy answers for
   * communities; for an item, the service decides as it acts, so a refused form still says why.
   */
  private boolean contributes(Actor actor, Community community, Action action) {
    return server.allowed(actor, action, community.id());
  }

  private void reply(Context ctx) {
    Item item = item(ctx);
    String body = Optional.ofNullable(ctx.formParam("body")).map(String::strip).orElse("");
    try {
      convene.content().reply(PortalServer.actor(ctx), item.id(), body);
    } catch (ValidationException e) {
      ctx.status(400);
      show(ctx, PortalServer.text(ctx).error(e), body);
      return;
    }
    ctx.redirect("/i/" + Links.encode(item.id().value()) + "#replies", HttpStatus.SEE_OTHER);
  }

  private void vote(Context ctx) {
    Item item = item(ctx);
    String option = Optional.ofNullable(ctx.formParam("option")).orElse("");
    try {
      if (option.isBlank()) {
        throw new ValidationException("option", "required", "choose one of the options");
      }
      convene.polls().vote(PortalServer.actor(ctx), item.id(), PollOptionId.of(option));
    } catch (ValidationException e) {
      ctx.status(400);
      show(ctx, PortalServer.text(ctx).error(e), "");
      return;
    }
    ctx.redirect("/i/" + Links.encode(item.id().value()), HttpStatus.SEE_OTHER);
  }

  private void eventFeed(Context ctx) {
    Item item = item(ctx);
    if (!(item instanceof Event)) {
      throw new NotFoundException("not found");
    }
    ctx.header("Content-Disposition", PortalServer.contentDisposition("event.ics"));
    ctx.contentType("text/calendar; charset=utf-8").result(feeds.event(PortalServer.actor(ctx), item.id()));
  }

  private void download(Context ctx) {
    Item item = item(ctx);
    String hash = ctx.pathParam("hash");
    Attachment attachment = item.attachments().stream().filter(a -> a.contentHash().equals(hash)).findFirst()
        .orElseThrow(() -> new NotFoundException("not found"));
    InputStream content = convene.content().openAttachment(PortalServer.actor(ctx), item.id(), hash);
    ctx.header("Content-Disposition", PortalServer.contentDisposition(attachment.fileName()));
    ctx.header("Content-Length", Long.toString(attachment.size()));
    ctx.contentType(attachment.mediaType());
    ctx.result(content);
  }

  /** A recurrence in words: its rhythm, then how many times or until when. */
  private static String repeats(PortalText words, Recurrence recurrence) {
    String every = recurrence.frequency() == Recurrence.Frequency.WEEKLY
        ? words.t("event.every.weeks", recurrence.interval()) : words.t("event.every.months", recurrence.interval());
    return recurrence.count().map(n -> words.t("event.repeats.times", every, n))
        .or(() -> recurrence.until().map(d -> words.t("event.repeats.until", every,
            java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(words.locale()).format(d))))
        .orElse(every);
  }
}
