package dev.convene.platform;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.Announcement;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.Recurrence;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.Mentions;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOption;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.Reply;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.storage.internal.Args;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a new item will hold, before {@link ContentService#create} stores it as a draft: the author,
 * id, times and review state come from the platform, everything else from here.
 *
 * <pre>{@code
 * ItemDraft.document("Pensions in 2030", Locale.ENGLISH, Visibility.PUBLIC)
 *     .summary("Where the reform stands.")
 *     .authors("A. Lovelace")
 *     .concepts(ConceptId.of("social-protection"));
 * ItemDraft.event("Annual meeting", Locale.ENGLISH, Visibility.MEMBERS, start, end, ZoneId.of("Europe/Paris"))
 *     .onlineLink(URI.create("https://example.org/meet"));
 * ItemDraft.discussion("Which indicators?", Locale.ENGLISH, Visibility.MEMBERS, "Let us agree on ...");
 * ItemDraft.poll("Where shall we meet?", Locale.ENGLISH, Visibility.MEMBERS, Poll.Mode.OPTIONS)
 *     .options("Geneva", "Lyon")
 *     .closes(Instant.parse("2026-06-30T18:00:00Z"));
 * }</pre>
 *
 * <p>Each setter checks its value at once and throws a {@link dev.convene.core.ValidationException}
 * naming the field; the concepts are checked against the taxonomy when the item is created. A draft
 * is a builder: not thread-safe, and meant to be used once.
 */
public abstract sealed class ItemDraft
    permits ItemDraft.DocumentDraft, ItemDraft.EventDraft, ItemDraft.AnnouncementDraft, ItemDraft.DiscussionDraft,
    ItemDraft.PollDraft {
  private final String title;
  private final Locale language;
  private final Visibility visibility;
  private Set<ConceptId> concepts = Set.of();

  private ItemDraft(String title, Locale language, Visibility visibility) {
    this.title = Checks.text(title, "title", ItemHeader.MAX_TITLE_LENGTH);
    this.language = Checks.language(language, "language");
    this.visibility = Checks.required(visibility, "visibility");
  }

  /**
   * A document; its summary, body and credits are empty until set.
   *
   * @param title the document's title
   * @param language the language it is written in
   * @param visibility who it is for
   * @return the draft
   */
  public static DocumentDraft document(String title, Locale language, Visibility visibility) {
    return new DocumentDraft(title, language, visibility);
  }

  /**
   * An event from {@code start} to {@code end}, shown in {@code timeZone}.
   *
   * @param title the event's title
   * @param language the language it is described in
   * @param visibility who it is for
   * @param start when it starts
   * @param end when it ends, not before {@code start}
   * @param timeZone the time zone its times are shown in
   * @return the draft
   * @throws dev.convene.core.ValidationException if a value is missing, a time is not in the years 1
   *     to 9999 ({@code start} or {@code end}, {@code range}), or the event ends before it starts
   */
  public static EventDraft event(String title, Locale language, Visibility visibility, Instant start, Instant end,
      ZoneId timeZone) {
    return new EventDraft(title, language, visibility, start, end, timeZone);
  }

  /**
   * An announcement saying {@code body}; posted by moderators and admins by default.
   *
   * @param title the announcement's title
   * @param language the language it is written in
   * @param visibility who it is for
   * @param body what it says
   * @return the draft
   */
  public static AnnouncementDraft announcement(String title, Locale language, Visibility visibility, String body) {
    return new AnnouncementDraft(title, language, visibility, body);
  }

  /**
   * A discussion opened by {@code body}.
   *
   * @param title the discussion's title
   * @param language the language it is written in
   * @param visibility who it is for
   * @param body the opening post's text
   * @return the draft
   */
  public static DiscussionDraft discussion(String title, Locale language, Visibility visibility, String body) {
    return new DiscussionDraft(title, language, visibility, body);
  }

  /**
   * A poll asking {@code question} (its title): with {@link Poll.Mode#OPTIONS}, the options set with
   * {@link PollDraft#options} are the only answers (at least two); with {@link Poll.Mode#IDEAS},
   * members add ideas once it is published, and the options set here, if any, open the list.
   *
   * @param question what the poll asks
   * @param language the language it is written in
   * @param visibility who it is for
   * @param mode whether members may add ideas to the options
   * @return the draft
   */
  public static PollDraft poll(String question, Locale language, Visibility visibility, Poll.Mode mode) {
    return new PollDraft(question, language, visibility, mode);
  }

  /**
   * The type of item this draft creates.
   *
   * @return the item type
   */
  public abstract ItemType type();

  /**
   * The title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The language the item is written in.
   *
   * @return the language
   */
  public Locale language() {
    return language;
  }

  /**
   * Who the item declares it is for.
   *
   * @return the declared visibility
   */
  public Visibility visibility() {
    return visibility;
  }

  /**
   * The concepts the item will be tagged with.
   *
   * @return the concepts' ids, possibly none
   */
  public Set<ConceptId> concepts() {
    return concepts;
  }

  /**
   * Tags the item with exactly these concepts (none by default).
   *
   * @param values the concepts' ids
   * @return this draft
   */
  public abstract ItemDraft concepts(ConceptId... values);

  final void setConcepts(ConceptId[] values) {
    concepts = Set.copyOf(Checks.noNulls(Arrays.asList(Checks.required(values, "concepts")), "concepts"));
  }

  /** The item this draft becomes under {@code header}, which holds everything the platform sets. */
  abstract Item toItem(ItemHeader header);

  /** A document in the documents section. */
  public static final class DocumentDraft extends ItemDraft {
    private String summary = "";
    private String body = "";
    private List<String> authors = List.of();
    private Optional<String> publisher = Optional.empty();
    private Optional<LocalDate> publicationDate = Optional.empty();
    private Optional<String> documentType = Optional.empty();

    private DocumentDraft(String title, Locale language, Visibility visibility) {
      super(title, language, visibility);
    }

    @Override
    public ItemType type() {
      return ItemType.DOCUMENT;
    }

    @Override
    public DocumentDraft concepts(ConceptId... values) {
      setConcepts(values);
      return this;
    }

    /**
     * The abstract.
     *
     * @param value the abstract
     * @return this draft
     */
    public DocumentDraft summary(String value) {
      this.summary = Checks.required(value, "summary");
      return this;
    }

    /**
     * The full text; {@link ContentService#create} refuses one longer than the platform's limit
     * ({@link Convene.Builder#maxBodyLength}, 1,000,000 characters by default).
     *
     * @param value the full text
     * @return this draft
     */
    public DocumentDraft body(String value) {
      this.body = Checks.required(value, "body");
      return this;
    }

    /**
     * The authors as credited: people or organisations, not user ids.
     *
     * @param values the authors, in the order credited
     * @return this draft
     */
    public DocumentDraft authors(String... values) {
      List<String> credited = List.copyOf(Checks.noNulls(Arrays.asList(Checks.required(values, "authors")), "authors"));
      credited.forEach(a -> Checks.text(a, "authors[]", 500));
      this.authors = credited;
      return this;
    }

    /**
     * The publisher.
     *
     * @param value the publisher
     * @return this draft
     */
    public DocumentDraft publisher(String value) {
      this.publisher = Optional.of(Checks.text(value, "publisher", 500));
      return this;
    }

    /**
     * When the document was published.
     *
     * @param value the date of publication
     * @return this draft
     * @throws dev.convene.core.ValidationException if the date is missing or not in the years 1 to
     *     9999 ({@code publicationDate}, {@code range})
     */
    public DocumentDraft publicationDate(LocalDate value) {
      this.publicationDate = Optional.of(Checks.date(value, "publicationDate"));
      return this;
    }

    /**
     * The kind of document, such as "Working paper" or "Policy brief".
     *
     * @param value the kind of document
     * @return this draft
     */
    public DocumentDraft documentType(String value) {
      this.documentType = Optional.of(Checks.text(value, "documentType", 200));
      return this;
    }

    @Override
    Item toItem(ItemHeader header) {
      return new Document(header, summary, body, authors, publisher, publicationDate, documentType, List.of());
    }
  }

  /** An event: a meeting, a conference, a webinar. */
  public static final class EventDraft extends ItemDraft {
    private final Instant start;
    private final Instant end;
    private final ZoneId timeZone;
    private String description = "";
    private Optional<String> place = Optional.empty();
    private Optional<URI> onlineLink = Optional.empty();
    private boolean webinar;
    private boolean allDay;
    private Optional<Recurrence> recurrence = Optional.empty();
    private Set<CommunityId> linkedCommunities = Set.of();
    private Optional<Integer> capacity = Optional.empty();

    private EventDraft(String title, Locale language, Visibility visibility, Instant start, Instant end,
        ZoneId timeZone) {
      super(title, language, visibility);
      this.start = Checks.instant(start, "start");
      this.end = Checks.instant(end, "end");
      Checks.check(!end.isBefore(start), "end", "not-before-start", "an event cannot end before it starts");
      this.timeZone = Checks.required(timeZone, "timeZone");
    }

    @Override
    public ItemType type() {
      return ItemType.EVENT;
    }

    @Override
    public EventDraft concepts(ConceptId... values) {
      setConcepts(values);
      return this;
    }

    /**
     * What the event is about.
     *
     * @param value the description
     * @return this draft
     */
    public EventDraft description(String value) {
      this.description = Checks.required(value, "description");
      return this;
    }

    /**
     * Where it happens.
     *
     * @param value the place
     * @return this draft
     */
    public EventDraft place(String value) {
      this.place = Optional.of(Checks.text(value, "place", 500));
      return this;
    }

    /**
     * Where to join online: an absolute link.
     *
     * @param value the link to join by
     * @return this draft
     */
    public EventDraft onlineLink(URI value) {
      Checks.check(Checks.required(value, "onlineLink").isAbsolute(), "onlineLink", "absolute-uri",
          "must be an absolute link such as https://example.org/meet");
      this.onlineLink = Optional.of(value);
      return this;
    }

    /**
     * Whether it is a webinar (not by default).
     *
     * @param value {@code true} for a webinar
     * @return this draft
     */
    public EventDraft webinar(boolean value) {
      this.webinar = value;
      return this;
    }

    /**
     * Whether it takes whole days (not by default): its start and end must then be midnights in its
     * time zone, its end the one after its last day, or creating it fails ({@code start}, {@code
     * all-day}).
     *
     * @param value {@code true} for an all-day event
     * @return this draft
     */
    public EventDraft allDay(boolean value) {
      this.allDay = value;
      return this;
    }

    /**
     * How it repeats; its first occurrence is its start to its end.
     *
     * @param value the recurrence
     * @return this draft
     */
    public EventDraft recurrence(Recurrence value) {
      this.recurrence = Optional.of(Checks.required(value, "recurrence"));
      return this;
    }

    /**
     * Other communities that list it among their webinars; its own community may not be one of them
     * ({@code linkedCommunities}, {@code other-community}, when it is created).
     *
     * @param values the other communities' ids
     * @return this draft
     */
    public EventDraft linkedCommunities(CommunityId... values) {
      this.linkedCommunities = Args.setOf("linkedCommunities", values);
      return this;
    }

    /**
     * How many may attend (no limit by default): 1 to {@value Event#MAX_CAPACITY}, or creating it
     * fails ({@code capacity}, {@code range}). Those who register once it is full wait for a place.
     *
     * @param value the most participants
     * @return this draft
     */
    public EventDraft capacity(int value) {
      this.capacity = Optional.of(value);
      return this;
    }

    @Override
    Item toItem(ItemHeader header) {
      return new Event(header, description, start, end, timeZone, place, onlineLink, webinar, allDay, recurrence,
          Optional.empty(), Optional.empty(), linkedCommunities, capacity, List.of());
    }
  }

  /** News from a community's moderators or admins. */
  public static final class AnnouncementDraft extends ItemDraft {
    private final String body;
    private boolean pinned;
    private Optional<Instant> expires = Optional.empty();

    private AnnouncementDraft(String title, Locale language, Visibility visibility, String body) {
      super(title, language, visibility);
      this.body = Checks.required(body, "body");
    }

    @Override
    public ItemType type() {
      return ItemType.ANNOUNCEMENT;
    }

    @Override
    public AnnouncementDraft concepts(ConceptId... values) {
      setConcepts(values);
      return this;
    }

    /**
     * Whether it stays at the top of the list (not by default).
     *
     * @param value {@code true} to pin the announcement
     * @return this draft
     */
    public AnnouncementDraft pinned(boolean value) {
      this.pinned = value;
      return this;
    }

    /**
     * When it stops being shown.
     *
     * @param value the time it stops being shown
     * @return this draft
     * @throws dev.convene.core.ValidationException if the time is missing or not in the years 1 to
     *     9999 ({@code expires}, {@code range})
     */
    public AnnouncementDraft expires(Instant value) {
      this.expires = Optional.of(Checks.instant(value, "expires"));
      return this;
    }

    @Override
    Item toItem(ItemHeader header) {
      return new Announcement(header, body, pinned, expires);
    }
  }

  /** A conversation, opened by its first post; replies come later through {@link ContentService#reply}. */
  public static final class DiscussionDraft extends ItemDraft {
    private final String body;
    private Set<UserId> mentions = Set.of();

    private DiscussionDraft(String title, Locale language, Visibility visibility, String body) {
      super(title, language, visibility);
      this.body = Checks.text(body, "body", Reply.MAX_BODY_LENGTH);
    }

    @Override
    public ItemType type() {
      return ItemType.DISCUSSION;
    }

    @Override
    public DiscussionDraft concepts(ConceptId... values) {
      setConcepts(values);
      return this;
    }

    /**
     * Mentions exactly these users in the opening post (none by default). The caller names them, for
     * example from the {@code @user} tokens its editor recognised; the body is never read for them.
     * Each is told of the discussion when it is published, if they may see it then.
     *
     * @param values the users mentioned
     * @return this draft
     * @throws dev.convene.core.ValidationException if a value is null or there are more than {@link
     *     Mentions#MAX}
     */
    public DiscussionDraft mentions(UserId... values) {
      mentions = Mentions.checked(Set.copyOf(Checks.noNulls(Arrays.asList(Checks.required(values, "mentions")),
          "mentions")));
      return this;
    }

    /**
     * The users the opening post mentions.
     *
     * @return the users, possibly none
     */
    public Set<UserId> mentions() {
      return mentions;
    }

    @Override
    Item toItem(ItemHeader header) {
      return new Discussion(header, body, false, List.of(), mentions);
    }
  }

  /**
   * A poll: its question is the title; votes, ideas and results come later through {@link
   * PollService}.
   */
  public static final class PollDraft extends ItemDraft {
    private final Poll.Mode mode;
    private String description = "";
    private List<String> options = List.of();
    private Optional<Instant> closes = Optional.empty();
    private Poll.ResultsVisibility results = Poll.ResultsVisibility.ALWAYS;

    private PollDraft(String question, Locale language, Visibility visibility, Poll.Mode mode) {
      super(question, language, visibility);
      this.mode = Checks.required(mode, "mode");
    }

    @Override
    public ItemType type() {
      return ItemType.POLL;
    }

    @Override
    public PollDraft concepts(ConceptId... values) {
      setConcepts(values);
      return this;
    }

    /**
     * More about the question (empty by default).
     *
     * @param value the description
     * @return this draft
     */
    public PollDraft description(String value) {
      Checks.required(value, "description");
      Checks.check(value.length() <= Poll.MAX_DESCRIPTION_LENGTH, "description", "max-length",
          Map.of("limit", Poll.MAX_DESCRIPTION_LENGTH), "must be at most %s characters", Poll.MAX_DESCRIPTION_LENGTH);
      this.description = value;
      return this;
    }

    /**
     * The options, in the order shown, numbered from {@code "1"}, without surrounding space (none by
     * default). A poll with fixed
     * options needs at least two, or creating it fails ({@code options}, {@code at-least-two}).
     *
     * @param values the options' texts
     * @return this draft
     * @throws dev.convene.core.ValidationException if a text is blank or longer than {@value
     *     PollOption#MAX_TEXT_LENGTH} characters ({@code options[]}), two say the same ignoring case
     *     ({@code options}, {@code unique-text}), or there are more than {@value Poll#MAX_OPTIONS}
     */
    public PollDraft options(String... values) {
      List<String> texts = List.copyOf(Checks.noNulls(Arrays.asList(Checks.required(values, "options")), "options"));
      texts = texts.stream().map(t -> Checks.text(t, "options[]", PollOption.MAX_TEXT_LENGTH).strip()).toList();
      Checks.check(texts.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).distinct().count() == texts.size(),
          "options", "unique-text", "two options say the same");
      Checks.check(texts.size() <= Poll.MAX_OPTIONS, "options", "max-count", Map.of("limit", Poll.MAX_OPTIONS),
          "a poll has at most %s options",
          Poll.MAX_OPTIONS);
      this.options = texts;
      return this;
    }

    /**
     * When voting and adding ideas end (never by default); it must be after the poll's creation, or
     * creating it fails ({@code closes}, {@code future}).
     *
     * @param value the time voting ends
     * @return this draft
     * @throws dev.convene.core.ValidationException if the time is missing or not in the years 1 to
     *     9999 ({@code closes}, {@code range})
     */
    public PollDraft closes(Instant value) {
      this.closes = Optional.of(Checks.instant(value, "closes"));
      return this;
    }

    /**
     * Who sees the counts, and when ({@link Poll.ResultsVisibility#ALWAYS} by default).
     *
     * @param value when the counts are shown
     * @return this draft
     */
    public PollDraft results(Poll.ResultsVisibility value) {
      this.results = Checks.required(value, "results");
      return this;
    }

    @Override
    Item toItem(ItemHeader header) {
      closes.ifPresent(c -> Checks.check(c.isAfter(header.created()), "closes", "future",
          "a poll closes after it is created"));
      List<PollOption> numbered = new ArrayList<>();
      for (String text : options) {
        numbered.add(PollOption.fixed(PollOptionId.of(String.valueOf(numbered.size() + 1)), text));
      }
      return new Poll(header, description, mode, numbered, closes, results);
    }
  }
}
