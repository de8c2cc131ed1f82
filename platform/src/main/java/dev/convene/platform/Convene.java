package dev.convene.platform;

import dev.convene.core.event.DomainEvent;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Decision;
import dev.convene.core.policy.Reason;
import dev.convene.core.policy.PolicySettings;
import dev.convene.platform.internal.Access;
import dev.convene.platform.internal.BodyLimit;
import dev.convene.platform.internal.CacheFollower;
import dev.convene.platform.internal.Events;
import dev.convene.platform.internal.NotificationPreference;
import dev.convene.platform.internal.OutboxWorker;
import dev.convene.platform.internal.Platform;
import dev.convene.platform.internal.PolicyCache;
import dev.convene.platform.internal.RecipientCheck;
import dev.convene.platform.internal.Writes;
import dev.convene.search.SearchIndex;
import dev.convene.search.SearchIndexBuilder;
import dev.convene.search.SearchRequest;
import dev.convene.search.SearchResult;
import dev.convene.search.SuggestRequest;
import dev.convene.search.Suggestion;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.Storage;
import dev.convene.storage.blob.BlobStore;
import java.lang.ref.Cleaner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;

/**
 * Convene, embedded: communities, memberships, content, taxonomy, audit and notifications over one
 * store. Build it once with {@link #builder()} and share it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * Convene convene = Convene.builder()
 *     .storage(InMemoryStorage.create())
 *     .notificationSink(mySink)
 *     .build();
 * Community c = convene.communities().create(Actor.user("ada"), "water", b -> b.name("Water"));
 * }</pre>
 *
 * <p>Every service call takes the acting {@link Actor} and goes through {@link AccessPolicy}: what
 * the actor may not know exists is a {@link dev.convene.core.NotFoundException}, what they may see
 * but not do an {@link dev.convene.core.AccessDeniedException}.
 *
 * <p>{@code build()} starts a daemon thread that follows the store's change log, so that a community
 * or membership changed through another {@code Convene} on the same database (another node) counts
 * in this one's decisions within {@link Builder#cacheFollowInterval(Duration)}. With search
 * configured ({@link Builder#search(Directory)}), a second one keeps the index in step with the
 * store. Unless {@link Builder#outbox(OutboxSettings)} says otherwise, a third delivers the
 * notifications of committed changes from the store's outbox to the {@link NotificationSink}.
 * {@link #close()} stops them and closes the index; a {@code Convene} that is never closed stops its
 * cache follower and its sender once it is garbage, but keeps its index open.
 */
public final class Convene implements AutoCloseable {
  private static final Decision NOT_FOUND = new Decision(Decision.Outcome.NOT_FOUND, Reason.NOT_FOUND);
  private static final Cleaner FOLLOWERS = Cleaner.create();

  private final Platform platform;
  private final CommunityService communities;
  private final TaxonomyService taxonomy;
  private final AuditService audit;
  private final ContentService content;
  private final CalendarService calendar;
  private final RegistrationService registrations;
  private final GuidelinesService guidelines;
  private final PollService polls;
  private final ReportService reports;
  private final MembershipService memberships;
  private final NotificationService notifications;
  private final Optional<SearchIndex> search;
  private final Cleaner.Cleanable follower;

  private Convene(Platform platform, NotificationSink sink, NotificationPreference memberNotifications,
      Optional<SearchIndex> search, CacheFollower follower, RecipientCheck check, OutboxWorker outbox,
      ReportLimit reportLimit, BodyLimit bodyLimit) {
    this.platform = platform;
    this.search = search;
    // the threads hold the cache, the store and the sink, never this: once this is garbage, they stop
    this.follower = FOLLOWERS.register(this, () -> {
      follower.stop();
      outbox.stop();
    });
    this.communities = new CommunityService(platform);
    this.taxonomy = new TaxonomyService(platform);
    this.audit = new AuditService(platform);
    this.content = new ContentService(platform, bodyLimit);
    this.calendar = new CalendarService(platform);
    this.registrations = new RegistrationService(platform);
    this.guidelines = new GuidelinesService(platform);
    this.polls = new PollService(platform);
    this.reports = new ReportService(platform, reportLimit);
    this.memberships = new MembershipService(platform);
    this.notifications = new NotificationService(platform, sink, memberNotifications, check, outbox);
  }

  /**
   * Starts a builder; only the storage is required.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Communities: create, change, archive, list and show.
   *
   * @return the community service
   */
  public CommunityService communities() {
    return communities;
  }

  /**
   * The curated taxonomy: read by all, changed by platform admins and curators.
   *
   * @return the taxonomy service
   */
  public TaxonomyService taxonomy() {
    return taxonomy;
  }

  /**
   * Communities' audit logs, for their admins.
   *
   * @return the audit service
   */
  public AuditService audit() {
    return audit;
  }

  /**
   * Content: documents, events, announcements, discussions and polls, their review and their
   * replies.
   *
   * @return the content service
   */
  public ContentService content() {
    return content;
  }

  /**
   * The events calendar: the occurrences of the events the actor may see in a time window.
   *
   * @return the calendar service
   */
  public CalendarService calendar() {
    return calendar;
  }

  /**
   * Registration for events: who attends, who waits for a place, who declined.
   *
   * @return the registration service
   */
  public RegistrationService registrations() {
    return registrations;
  }

  /**
   * Community guidelines: published by admins, read by all who see the community, accepted by
   * members.
   *
   * @return the guidelines service
   */
  public GuidelinesService guidelines() {
    return guidelines;
  }

  /**
   * Polls: votes, members' ideas, one's own vote and the counts, as each poll's setting shows them.
   *
   * @return the poll service
   */
  public PollService polls() {
    return polls;
  }

  /**
   * Reports of items and replies to their moderators, and the moderators' queue and decisions.
   *
   * @return the report service
   */
  public ReportService reports() {
    return reports;
  }

  /**
   * Memberships: join, request, invite, decide, remove, block, change roles, list members.
   *
   * @return the membership service
   */
  public MembershipService memberships() {
    return memberships;
  }

  /**
   * Notifications: subscriptions, and the digests the host sends on a schedule.
   *
   * @return the notification service
   */
  public NotificationService notifications() {
    return notifications;
  }

  /**
   * What the policy answers for this actor, action and community now — for a host that shows or hides
   * a button. A community the actor may not know exists, or that does not exist, is {@code
   * NOT_FOUND} with the reason {@link Reason#NOT_FOUND} either way. Item and member actions need their
   * item or member (but for {@code INVITE} and {@code BLOCK_MEMBER}, which then mean "someone"): ask
   * the services instead, which decide as they act.
   *
   * @param actor who would act
   * @param action an action on the community, or {@code INVITE} or {@code BLOCK_MEMBER}
   * @param community the community's id
   * @return the decision, as the policy makes it now
   * @throws dev.convene.core.ValidationException if the action is about an item or another member
   */
  public Decision decide(Actor actor, Action action, CommunityId community) {
    Checks.required(actor, "actor");
    Checks.required(action, "action");
    Checks.required(community, "community");
    boolean anyone = action == Action.INVITE || action == Action.BLOCK_MEMBER; // "may I invite or block someone?"
    Checks.check(action.scope() == Action.Scope.COMMUNITY || anyone, "action", "community-action",
        "%s is about an item or a member; ask the service that performs it", action);
    Decision decision;
    try {
      decision = platform.access().decide(actor, action, platform.access().context(actor, community));
    } catch (dev.convene.core.NotFoundException e) {
      return NOT_FOUND;
    }
    // the reason of a NOT_FOUND would tell a hidden group from a missing one: say only "not found"
    return decision.outcome() == Decision.Outcome.NOT_FOUND ? NOT_FOUND : decision;
  }

  /**
   * The policy every call goes through, for a host that wants to ask it directly.
   *
   * @return the access policy
   */
  public AccessPolicy policy() {
    return platform.policy();
  }

  /**
   * The clock the platform reads.
   *
   * @return the clock
   */
  public Clock clock() {
    return platform.clock();
  }

  /**
   * The store.
   *
   * @return the store
   */
  public Storage storage() {
    return platform.storage();
  }

  /**
   * Where the bytes of attached files live, if the host configured a blob store ({@link
   * Builder#blobStore(BlobStore)}): for modules that move attachments in and out, such as archives.
   * Reading or writing it directly bypasses the policy; services that show attachments to people go
   * through {@link ContentService}.
   *
   * @return the blob store, or empty
   */
  public Optional<BlobStore> blobStore() {
    return platform.blobStore();
  }

  /**
   * Searches items and communities on behalf of {@code actor}: hits, totals and facet counts hold
   * only what the policy lets them see now. A write shows within a second; call {@link
   * #awaitSearchable(Duration)} after a write to be sure to find it.
   *
   * @param actor who searches
   * @param request what to search for, filters, sort and page
   * @return one page of hits with the total and the facets asked for
   * @throws dev.convene.core.InvalidQueryException if the text cannot be understood
   * @throws dev.convene.core.ConveneException if search was not configured
   */
  public SearchResult search(Actor actor, SearchRequest request) {
    return index().search(actor, request);
  }

  /**
   * Concept labels starting with what {@code actor} typed, in any language; with counts, only
   * concepts in use in what they may see.
   *
   * @param actor who asks
   * @param request the prefix, limit, schemes and display language
   * @return the suggestions, at most the request's limit
   * @throws dev.convene.core.ConveneException if search was not configured
   */
  public List<Suggestion> suggest(Actor actor, SuggestRequest request) {
    return index().suggest(actor, request);
  }

  /**
   * Waits until every change committed before this call is searchable: read-your-writes for a caller
   * that has just written.
   *
   * @param timeout how long to wait at most
   * @return false if {@code timeout} passed first
   * @throws dev.convene.core.ConveneException if search was not configured
   */
  public boolean awaitSearchable(Duration timeout) {
    return index().awaitCurrent(timeout);
  }

  /**
   * The search index, if search was configured: to rebuild it or read its statistics.
   *
   * @return the index, or empty
   */
  public Optional<SearchIndex> searchIndex() {
    return search;
  }

  /**
   * Refuses every write from now on (each throws a {@link dev.convene.core.ConveneException}), stops
   * following the store and closes the search index, if any. Reads still answer from the store, which
   * the caller closes. Idempotent.
   */
  @Override
  public void close() {
    platform.writes().close();
    follower.clean();
    search.ifPresent(SearchIndex::close);
  }

  private SearchIndex index() {
    return search.orElseThrow(() -> new dev.convene.core.ConveneException("search.not-configured", Map.of(),
        "search is not configured: set Convene.Builder#search(...)"));
  }

  /**
   * Configures a {@link Convene}. Defaults: the system clock in UTC, public content not curated, no
   * notification sink, notifications sent by a background thread ({@link OutboxSettings#defaults()}),
   * event listeners run on the calling thread, members who never chose hear what is
   * important at once, random UUIDs as ids, invitations that last 14 days, 10 reports an hour per user,
   * documents' bodies of at most 1,000,000 characters,
   * any signed-in user may create a community, a policy cache of 100,000 entries that forgets each entry after 5 minutes and
   * follows the change log every 200 ms.
   */
  public static final class Builder {
    /** The longest {@link #invitationTtl}: 100 years. */
    public static final long MAX_INVITATION_TTL_DAYS = 36_500;
    /** The default {@link #maxBodyLength}: 1,000,000 characters. */
    public static final int DEFAULT_MAX_BODY_LENGTH = 1_000_000;
    /** The highest {@link #maxBodyLength} a platform may set: 10,000,000 characters. */
    public static final int MAX_BODY_LENGTH_LIMIT = 10_000_000;

    private @Nullable Storage storage;
    private @Nullable BlobStore blobStore;
    private Clock clock = Clock.systemUTC();
    private PolicySettings policy = PolicySettings.defaults();
    private NotificationSink sink = NotificationSink.NONE;
    private Executor executor = Runnable::run;
    private OutboxSettings outbox = OutboxSettings.defaults();
    private Supplier<String> ids = () -> UUID.randomUUID().toString();
    private Duration invitationTtl = Duration.ofDays(14);
    private ReportLimit reportLimit = ReportLimit.defaults();
    private int maxBodyLength = DEFAULT_MAX_BODY_LENGTH;
    private Predicate<Actor> communityCreators = actor -> !actor.isAnonymous();
    private long cacheSize = 100_000;
    private Duration cacheTtl = Duration.ofMinutes(5);
    private Duration cacheFollowInterval = Duration.ofMillis(200);
    private final List<Consumer<DomainEvent>> eventListeners = new ArrayList<>();
    private @Nullable UnaryOperator<SearchIndexBuilder> search;
    private Function<UserId, Locale> languageOf = user -> Locale.ENGLISH;
    private NotificationPreference memberNotifications =
        new NotificationPreference(NotificationLevel.IMPORTANT, Delivery.IMMEDIATE);

    private Builder() {}

    /**
     * The store, the source of truth (required, set once).
     *
     * @param value the store
     * @return this builder
     */
    public Builder storage(Storage value) {
      Checks.check(storage == null, "storage", "set-once", "storage was already set to %s", storage == null ? "" : storage.name());
      this.storage = Checks.required(value, "storage");
      return this;
    }

    /**
     * Where the bytes of attached files live (optional, set once). Without one, the attachment calls
     * of {@link ContentService} fail with a {@link dev.convene.core.ConveneException} saying so.
     *
     * @param value the blob store
     * @return this builder
     */
    public Builder blobStore(BlobStore value) {
      Checks.check(blobStore == null, "blobStore", "set-once", "blobStore was already set to %s",
          blobStore == null ? "" : blobStore.name());
      this.blobStore = Checks.required(value, "blobStore");
      return this;
    }

    /**
     * The clock (tests pass a fixed one).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Checks.required(value, "clock");
      return this;
    }

    /**
     * The platform settings of the privacy policy, such as {@code curatePublicContent}.
     *
     * @param value the policy settings
     * @return this builder
     */
    public Builder policySettings(PolicySettings value) {
      this.policy = Checks.required(value, "policySettings");
      return this;
    }

    /**
     * Where notifications go.
     *
     * @param value the sink every notification is handed to
     * @return this builder
     */
    public Builder notificationSink(NotificationSink value) {
      this.sink = Checks.required(value, "notificationSink");
      return this;
    }

    /**
     * Where {@link #eventListener event listeners} run after a commit; the calling thread by default.
     * Notifications do not run here: the outbox's sender delivers them ({@link #outbox}).
     *
     * @param value the executor of event listeners
     * @return this builder
     */
    public Builder executor(Executor value) {
      this.executor = Checks.required(value, "executor");
      return this;
    }

    /**
     * How notifications leave the outbox: batch size, polling, lease, retries, and whether a
     * background thread sends them; {@link OutboxSettings#defaults()} unless set.
     *
     * @param value the outbox settings
     * @return this builder
     */
    public Builder outbox(OutboxSettings value) {
      this.outbox = Checks.required(value, "outbox");
      return this;
    }

    /**
     * How those who never chose hear from a community: active members as followers, and anyone of
     * what asks for their action or concerns them (an invitation); {@code IMPORTANT}, {@code
     * IMMEDIATE} by default. {@code NONE} leaves them silent until they subscribe.
     *
     * @param level how much they hear of
     * @param delivery when they hear of it: at once, or in a daily or weekly digest
     * @return this builder
     */
    public Builder memberNotifications(NotificationLevel level, Delivery delivery) {
      this.memberNotifications = new NotificationPreference(level, delivery);
      return this;
    }

    /**
     * The language each person reads their notifications in, as the host knows it (Convene keeps no
     * user profiles): the sender asks it for each recipient when it writes a notification's default
     * text ({@link Notification#summary()}) and the community's name in its parameters. Texts exist
     * in English, French and Spanish; any other language, a {@code null} answer, or a function that
     * throws, reads English. Everyone reads English unless this is set. It is called on the sender's
     * thread, inside its read-only transaction: keep it quick (a cached look-up).
     *
     * @param value the language of a user
     * @return this builder
     */
    public Builder languageOf(Function<UserId, Locale> value) {
      this.languageOf = Checks.required(value, "languageOf");
      return this;
    }

    /**
     * The source of new community and item ids.
     *
     * @param value supplies a new, unique id at each call
     * @return this builder
     */
    public Builder ids(Supplier<String> value) {
      this.ids = Checks.required(value, "ids");
      return this;
    }

    /**
     * How long an invitation lasts unless the inviter says otherwise; positive and at most {@value
     * #MAX_INVITATION_TTL_DAYS} days, so that an invitation's expiry stays in the years 1 to 9999.
     *
     * @param value the default lifetime of an invitation
     * @return this builder
     */
    public Builder invitationTtl(Duration value) {
      this.invitationTtl = positive(value, "invitationTtl");
      Checks.check(value.toDays() <= MAX_INVITATION_TTL_DAYS, "invitationTtl", "range",
          "must be at most %d days, not %s", MAX_INVITATION_TTL_DAYS, value);
      return this;
    }

    /**
     * How many reports one user may file in a period ({@link ReportService#file}); {@link
     * ReportLimit#defaults()}, 10 an hour, unless set.
     *
     * @param value the limit
     * @return this builder
     */
    public Builder reportLimit(ReportLimit value) {
      this.reportLimit = Checks.required(value, "reportLimit");
      return this;
    }

    /**
     * The most characters a document's body may have when it is created or edited through {@link
     * ContentService#create} and {@link ContentService#edit}; 1 to {@value #MAX_BODY_LENGTH_LIMIT},
     * {@value #DEFAULT_MAX_BODY_LENGTH} by default. A longer body is refused with a {@link
     * dev.convene.core.ValidationException} ({@code body}, {@code max-length}) naming the limit. Bodies
     * already stored are read whatever their length, and an edit may keep one as it is.
     *
     * @param value the most characters in a document's body
     * @return this builder
     * @throws dev.convene.core.ValidationException ({@code maxBodyLength}, {@code range}) if out of range
     */
    public Builder maxBodyLength(int value) {
      Checks.check(value >= 1 && value <= MAX_BODY_LENGTH_LIMIT, "maxBodyLength", "range",
          Map.of("min", 1, "max", MAX_BODY_LENGTH_LIMIT),
          "must be 1 to %d characters, not %d", MAX_BODY_LENGTH_LIMIT, value);
      this.maxBodyLength = value;
      return this;
    }

    /**
     * Who may create top-level communities; any signed-in user by default.
     *
     * @param value answers whether an actor may create a top-level community
     * @return this builder
     */
    public Builder communityCreators(Predicate<Actor> value) {
      this.communityCreators = Checks.required(value, "communityCreators");
      return this;
    }

    /**
     * How many communities and memberships the policy cache holds; at least 1.
     *
     * @param value the most entries in the cache
     * @return this builder
     */
    public Builder cacheSize(long value) {
      Checks.check(value >= 1, "cacheSize", "positive", "must be at least 1, not %d", value);
      this.cacheSize = value;
      return this;
    }

    /**
     * How long the policy cache keeps a community's settings or a membership before reading it again;
     * positive, 5 minutes by default. Changes made through this {@code Convene} and, within {@link
     * #cacheFollowInterval}, through any other on the same store are seen sooner; this bounds how long
     * an entry can outlive a change the follower did not see (see the platform guide, "Several nodes").
     *
     * @param value how long an entry is kept
     * @return this builder
     */
    public Builder cacheTtl(Duration value) {
      this.cacheTtl = positive(value, "cacheTtl");
      return this;
    }

    /**
     * How often the policy cache reads the store's change log to forget communities and memberships
     * changed through another {@code Convene} on the same store (another node); positive, 200 ms by
     * default. Such a change counts in this one's decisions within about this interval.
     *
     * @param value the time between two reads of the change log
     * @return this builder
     */
    public Builder cacheFollowInterval(Duration value) {
      this.cacheFollowInterval = positive(value, "cacheFollowInterval");
      return this;
    }

    /**
     * Adds a listener that receives every {@link DomainEvent} once its change has committed, in
     * order, on the {@link #executor}. Events carry ids, never content: a listener that shows
     * something asks the policy first. A listener's exception is logged and undoes nothing.
     *
     * @param listener the listener to add
     * @return this builder
     */
    public Builder eventListener(Consumer<DomainEvent> listener) {
      eventListeners.add(Checks.required(listener, "eventListener"));
      return this;
    }

    /**
     * Searches with an index kept in {@code directory}, which the caller closes (a {@code
     * ByteBuffersDirectory} in tests). Set once.
     *
     * @param directory the directory to keep the index in
     * @return this builder
     */
    public Builder search(Directory directory) {
      Checks.required(directory, "directory");
      return search(index -> index.directory(directory));
    }

    /**
     * Searches with an index kept in files under {@code path}. Set once.
     *
     * @param path the directory, on the file system, to keep the index in
     * @return this builder
     */
    public Builder search(Path path) {
      Checks.required(path, "path");
      return search(index -> index.path(path));
    }

    /**
     * Searches with an index that {@code configure} places (a directory or a path) and tunes; the
     * platform adds its store, policy and clock. Set once.
     *
     * @param configure sets the place and tuning of the index on the builder it is handed, and
     *     returns it
     * @return this builder
     */
    public Builder search(UnaryOperator<SearchIndexBuilder> configure) {
      Checks.check(search == null, "search", "set-once", "search was already configured");
      this.search = Checks.required(configure, "search");
      return this;
    }

    private static Duration positive(Duration value, String name) {
      Checks.required(value, name);
      Checks.check(!value.isNegative() && !value.isZero(), name, "positive", "must be positive, not %s", value);
      return value;
    }

    /**
     * Builds the platform, reading the store's change-log position, and starts the daemon threads that
     * follow the store.
     *
     * @return the platform, running
     * @throws dev.convene.core.ValidationException if no storage was set
     * @throws dev.convene.core.ConveneException if the store cannot be read
     */
    public Convene build() {
      Storage store = Checks.required(storage, "storage");
      PolicyCache cache = new PolicyCache(store, cacheSize, cacheTtl);
      // gaps in the change log are timed in real time, whatever clock the rules read
      CacheFollower follower = new CacheFollower(store, cache, cacheFollowInterval, Clock.systemUTC());
      AccessPolicy accessPolicy = AccessPolicy.of(policy);
      Access access = new Access(accessPolicy, cache, store, clock);
      Events events = new Events(executor);
      eventListeners.forEach(events::listen);
      Optional<SearchIndex> index = Optional.ofNullable(search).map(configure ->
          configure.apply(SearchIndex.builder()).storage(store).policy(accessPolicy).clock(clock).build());
      // a committed change wakes the follower at once; the poll catches writes that announce nothing
      index.ifPresent(i -> events.listen(event -> i.wake()));
      Platform platform = new Platform(store, clock, access, cache, new Writes(store, cache, events), events, ids,
          invitationTtl, communityCreators, Optional.ofNullable(blobStore));
      RecipientCheck check = new RecipientCheck(access, languageOf);
      // leases and retries are timed in real time, whatever clock the rules read
      OutboxWorker worker = new OutboxWorker(store, check, memberNotifications, sink, outbox, Clock.systemUTC());
      Convene convene = new Convene(platform, sink, memberNotifications, index, follower, check, worker,
          reportLimit, new BodyLimit(maxBodyLength));
      follower.start();
      worker.start();
      index.ifPresent(SearchIndex::start);
      return convene;
    }
  }
}
