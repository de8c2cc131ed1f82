package dev.convene.portal;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Attachment;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Decision;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.platform.Convene;
import dev.convene.search.FacetDimension;
import dev.convene.search.FacetResult;
import dev.convene.search.FacetValue;
import dev.convene.search.HitKind;
import dev.convene.search.SearchHit;
import dev.convene.search.SearchRequestBuilder;
import dev.convene.search.SearchResult;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's web server: its pages (membership, review and report pages in classes of their own),
 * the demo sign-in, and the web hygiene every response gets. HTTP status follows Convene's exceptions: what is
 * missing and what is hidden get one identical 404 page.
 */
public final class PortalServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PortalServer.class);
  private static final String SESSION_COOKIE = "portal_session";
  private static final List<String> LANGUAGES = List.of("en", "fr", "es");
  private static final int DIRECTORY_PAGE = 5;
  private static final int SEARCH_PAGE = 5;
  private static final List<Map.Entry<String, FacetDimension>> FACETS = List.of(
      Map.entry("type", FacetDimension.TYPE), Map.entry("language", FacetDimension.LANGUAGE),
      Map.entry("community", FacetDimension.COMMUNITY));
  private static final String SESSION_KEY = "portal.session";

  /** The Content-Security-Policy of every response: nothing inline, nothing from elsewhere. */
  public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
      + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  final Convene convene;
  final Javalin app;
  private final Sessions sessions = new Sessions();
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  private PortalServer(Portal portal) {
    this.convene = portal.convene();
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
    });
    routes();
    InboxPages.register(this, portal.inbox());
    AuditPages.register(this);
    SuggestPages.register(this);
  }

  /**
   * Starts the server on {@code host} and {@code port} (0 for any free port).
   *
   * @return the running server, which the caller closes
   */
  public static PortalServer start(Portal portal, String host, int port) {
    PortalServer server = new PortalServer(portal);
    server.app.start(host, port);
    LOG.info("The portal listens on http://{}:{}/", host, server.port());
    return server;
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Stops the server; Convene stays open. */
  @Override
  public void close() {
    app.stop();
  }

  private void routes() {
    app.before(this::hygiene);
    app.get("/", this::directory);
    app.get("/style.css", ctx -> {
      try (InputStream css = PortalServer.class.getResourceAsStream("/static/style.css")) {
        ctx.contentType("text/css; charset=utf-8").result(css.readAllBytes());
      }
    });
    app.get("/signin", ctx -> render(ctx, "signin.jte", chrome(ctx, text(ctx).t("signin.heading"))));
    app.post("/signin", this::signIn);
    app.get("/c/{slug}", this::space);
    app.get("/d/{id}", this::document);
    app.get("/d/{id}/files/{hash}", this::download);
    app.get("/search", this::search);
    MembershipPages.register(app, this, convene);
    ReviewPages.register(app, this, convene);
    ReportPages.register(app, this, convene);
    new SectionPages(this, convene).register(app);

    app.exception(NotFoundException.class, (e, ctx) -> notFound(ctx));
    app.exception(AccessDeniedException.class, (e, ctx) -> problem(ctx, 403, e));
    app.exception(CsrfRefused.class, (e, ctx) -> problem(ctx, 403, text(ctx).t("problem.heading.access-denied"),
        text(ctx).t("problem.csrf")));
    app.exception(ConflictException.class, (e, ctx) -> problem(ctx, 409, e));
    // an InvalidQueryException is a ValidationException too, worded from its own code
    app.exception(ValidationException.class, (e, ctx) -> problem(ctx, 400, e));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
      problem(ctx, 500, text(ctx).t("problem.heading.failed"), text(ctx).t("error.failed"));
    });
    app.error(404, this::notFound);
  }

  // ---- hygiene ---------------------------------------------------------------------------------

  private void hygiene(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store");
    Sessions.Session session = sessions.find(ctx.cookie(SESSION_COOKIE)).orElse(null);
    if (session == null) {
      session = sessions.create();
      ctx.header("Set-Cookie", SESSION_COOKIE + "=" + session.id + "; Path=/; HttpOnly; SameSite=Lax");
    }
    ctx.attribute(SESSION_KEY, session);
    String lang = ctx.queryParam("lang");
    if (lang != null && LANGUAGES.contains(lang)) {
      session.lang = lang;
    }
    if (ctx.method() == HandlerType.POST) {
      String sent = ctx.formParam("csrf");
      if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
          session.csrf.getBytes(StandardCharsets.UTF_8))) {
        throw new CsrfRefused();
      }
    }
  }

  /** A form came without the session's token. */
  static final class CsrfRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CsrfRefused() {
      super("missing or wrong form token", null, false, false);
    }
  }

  private static Sessions.Session session(Context ctx) {
    return ctx.attribute(SESSION_KEY);
  }

  static Actor actor(Context ctx) {
    Sessions.Session session = session(ctx);
    return session == null ? Actor.anonymous() : session.user().actor();
  }

  static Locale language(Context ctx) {
    Sessions.Session session = session(ctx);
    return Locale.forLanguageTag(session == null ? "en" : session.lang);
  }

  /** The portal's words in the session's display language. */
  static PortalText text(Context ctx) {
    return PortalText.of(language(ctx));
  }

  Views.Chrome chrome(Context ctx, String title) {
    return chrome(ctx, title, ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
  }

  Views.Chrome chrome(Context ctx, String title, String here) {
    Sessions.Session session = session(ctx);
    if (session == null) { // a request refused before its session was read
      session = sessions.create();
    }
    return new Views.Chrome(title, session.user(), DemoUser.ALL, session.csrf, session.lang, here,
        PortalText.of(Locale.forLanguageTag(session.lang)));
  }

  void render(Context ctx, String template, Object page) {
    StringOutput out = new StringOutput();
    templates.render(template, page, out);
    ctx.html(out.toString());
  }

  private void notFound(Context ctx) {
    // one page for whatever is missing or hidden: worded from the code alone, which carries nothing else
    PortalText text = text(ctx);
    problem(ctx, 404, text.t("problem.heading.not-found"), text.t("error.not-found"));
  }

  /** The page that answers a refusal of Convene's (or the portal's), worded from its code. */
  void problem(Context ctx, int status, dev.convene.core.ConveneException e) {
    PortalText text = text(ctx);
    problem(ctx, status, text.errorHeading(e), text.error(e));
  }

  void problem(Context ctx, int status, String heading, String message) {
    ctx.status(status);
    // the same page whatever was asked for: nothing in it echoes the path
    Views.Chrome chrome = chrome(ctx, heading, "/");
    render(ctx, "problem.jte", new Views.Problem(chrome, status, heading, message));
  }

  // ---- sign-in ---------------------------------------------------------------------------------

  private void signIn(Context ctx) {
    String key = Optional.ofNullable(ctx.formParam("user")).orElse("");
    DemoUser user = DemoUser.byKey(key).orElseThrow(
        () -> new ValidationException("user", "known-user", "is not on the demo list"));
    session(ctx).userKey = user.key();
    String back = Optional.ofNullable(ctx.formParam("back")).orElse("/");
    // only a path of this portal: never another host ("//host", "/\\host"), which browsers would follow
    boolean local = back.startsWith("/") && !back.startsWith("//") && back.indexOf('\\') < 0
        && back.chars().noneMatch(Character::isISOControl);
    ctx.redirect(local ? back : "/", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  // ---- directory -------------------------------------------------------------------------------

  private void directory(Context ctx) {
    Actor actor = actor(ctx);
    Locale lang = language(ctx);
    PortalText words = text(ctx);
    Privacy privacy = parse(Privacy.class, "privacy", ctx.queryParam("privacy"));
    Purpose purpose = parse(Purpose.class, "purpose", ctx.queryParam("purpose"));
    Taxonomy taxonomy = convene.taxonomy().current().taxonomy();
    ConceptId theme = theme(taxonomy, ctx.queryParam("theme"));
    CommunityQuery query = CommunityQuery.all();
    if (privacy != null) {
      query = query.withPrivacies(privacy);
    }
    if (purpose != null) {
      query = query.withPurposes(purpose);
    }
    if (theme != null) {
      query = query.withConcept(theme);
    }
    String after = ctx.queryParam("after");
    PageRequest request = after == null || after.isEmpty() ? PageRequest.first(DIRECTORY_PAGE)
        : PageRequest.first(DIRECTORY_PAGE).after(after);
    Page<Community> page = convene.communities().list(actor, query, request);
    List<Views.CommunityRow> rows = page.items().stream().map(c -> new Views.CommunityRow(c.slug(),
        text(c.name(), lang, c.slug()), text(c.description(), lang, ""), words.label(c.privacy()),
        words.label(c.purpose())))
        .toList();
    String p = privacy == null ? "" : privacy.name();
    String u = purpose == null ? "" : purpose.name();
    String t = theme == null ? "" : theme.value();
    List<Views.Choice> privacies = new ArrayList<>();
    privacies.add(new Views.Choice(words.t("directory.any"), directoryLink("", u, t, ""), privacy == null));
    for (Privacy each : Privacy.values()) {
      privacies.add(new Views.Choice(words.label(each), directoryLink(each.name(), u, t, ""), each == privacy));
    }
    List<Views.Choice> purposes = new ArrayList<>();
    purposes.add(new Views.Choice(words.t("directory.any"), directoryLink(p, "", t, ""), purpose == null));
    for (Purpose each : Purpose.values()) {
      purposes.add(new Views.Choice(words.label(each), directoryLink(p, each.name(), t, ""), each == purpose));
    }
    List<Views.Choice> themes = new ArrayList<>();
    themes.add(new Views.Choice(words.t("directory.any"), directoryLink(p, u, "", ""), theme == null));
    for (ConceptId each : themesOf(actor, theme)) {
      themes.add(new Views.Choice(taxonomy.label(each, lang).orElse(each.value()), directoryLink(p, u, each.value(), ""),
          each.equals(theme)));
    }
    String next = page.next().map(cursor -> directoryLink(p, u, t, cursor)).orElse("");
    String first = after == null || after.isEmpty() ? "" : directoryLink(p, u, t, "");
    render(ctx, "directory.jte", new Views.Directory(chrome(ctx, words.t("directory.heading")), rows, privacies,
        purposes, themes, next, first));
  }

  private static String directoryLink(String privacy, String purpose, String theme, String after) {
    return Links.of("/", List.of(Map.entry("privacy", privacy), Map.entry("purpose", purpose),
        Map.entry("theme", theme), Map.entry("after", after)));
  }

  private static ConceptId theme(Taxonomy taxonomy, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      ConceptId id = ConceptId.of(value);
      if (taxonomy.concept(id).isPresent()) {
        return id;
      }
    } catch (ValidationException e) {
      // a malformed id is no more a listed choice than an unknown one
    }
    throw new ValidationException("theme", "known-value", "is not one of the listed choices");
  }

  /**
   * The themes to filter by: those of the communities the person may see, so that no choice tells
   * of a community hidden from them.
   */
  private List<ConceptId> themesOf(Actor actor, ConceptId selected) {
    java.util.Set<ConceptId> themes = new java.util.TreeSet<>(java.util.Comparator.comparing(ConceptId::value));
    if (selected != null) {
      themes.add(selected);
    }
    PageRequest request = PageRequest.first(100);
    while (true) {
      Page<Community> page = convene.communities().list(actor, CommunityQuery.all(), request);
      page.items().forEach(c -> themes.addAll(c.concepts()));
      if (page.next().isEmpty()) {
        return List.copyOf(themes);
      }
      request = PageRequest.first(100).after(page.next().get());
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(field, "known-value", "is not one of the listed choices");
    }
  }

  // ---- a community's space ---------------------------------------------------------------------

  private void space(Context ctx) {
    Actor actor = actor(ctx);
    Locale lang = language(ctx);
    PortalText words = text(ctx);
    Community community = convene.communities().bySlug(actor, ctx.pathParam("slug"));
    List<Views.DocumentRow> documents = new ArrayList<>();
    try {
      for (Item item : convene.content().list(actor, community.id(), ItemQuery.all().withTypes(ItemType.DOCUMENT),
          PageRequest.first(50)).items()) {
        documents.add(new Views.DocumentRow(item.id().value(), item.title(),
            item.header().language().getDisplayLanguage(lang), words.label(item.header().visibility())));
      }
    } catch (AccessDeniedException e) {
      // the profile is visible, the documents are for members: the list stays empty
    }
    String action = "";
    if (allowed(actor, Action.JOIN, community.id())) {
      action = "join";
    } else if (allowed(actor, Action.REQUEST_MEMBERSHIP, community.id())) {
      action = "request";
    }
    String standing = "";
    if (!actor.isAnonymous()) {
      standing = convene.memberships().membership(actor, community.id()).map(m -> standing(words, m)).orElse("");
    }
    String name = text(community.name(), lang, community.slug());
    render(ctx, "space.jte", new Views.Space(chrome(ctx, name), community.slug(), name,
        text(community.description(), lang, ""), text(community.branding().welcome(), lang, ""),
        words.label(community.privacy()), words.label(community.purpose()), documents, action, standing,
        SectionPages.overview(convene, actor, community, words), ReviewPages.reviews(convene, actor, community)));
  }

  /** The person's standing in a community, as a sentence of the display language. */
  static String standing(PortalText words, Membership membership) {
    return switch (membership.state()) {
      case ACTIVE -> switch (membership.role()) {
        case MEMBER -> words.t("standing.member");
        case MODERATOR -> words.t("standing.moderator");
        case ADMIN -> words.t("standing.admin");
      };
      case REQUESTED -> words.t("standing.requested");
      case INVITED -> words.t("standing.invited");
      case BLOCKED -> words.t("standing.blocked");
    };
  }

  boolean allowed(Actor actor, Action action, CommunityId community) {
    Decision decision = convene.decide(actor, action, community);
    return decision.isAllowed() && !decision.isPlatformAdminOverride();
  }

  // ---- documents -------------------------------------------------------------------------------

  Document documentOf(Context ctx) {
    Item item = convene.content().get(actor(ctx), ItemId.of(ctx.pathParam("id")));
    if (!(item instanceof Document document)) {
      throw new NotFoundException("not found");
    }
    return document;
  }

  private void document(Context ctx) {
    Actor actor = actor(ctx);
    Locale lang = language(ctx);
    Document document = documentOf(ctx);
    Community community = convene.communities().get(actor, document.header().community());
    List<Views.AttachmentRow> files = document.attachments().stream().map(a -> new Views.AttachmentRow(
        a.fileName(), a.mediaType(), a.size(), "/d/" + Links.encode(document.id().value()) + "/files/" + a.contentHash()))
        .toList();
    render(ctx, "document.jte", new Views.DocumentPage(chrome(ctx, document.title()), community.slug(),
        text(community.name(), lang, community.slug()), document.title(), document.summary(), document.body(),
        document.header().language().getDisplayLanguage(lang), text(ctx).label(document.header().visibility()), files));
  }

  private void download(Context ctx) {
    Document document = documentOf(ctx);
    String hash = ctx.pathParam("hash");
    Attachment attachment = document.attachments().stream().filter(a -> a.contentHash().equals(hash)).findFirst()
        .orElseThrow(() -> new NotFoundException("not found"));
    InputStream content = convene.content().openAttachment(actor(ctx), document.id(), hash);
    ctx.header("Content-Disposition", contentDisposition(attachment.fileName()));
    ctx.header("Content-Length", Long.toString(attachment.size()));
    ctx.contentType(attachment.mediaType());
    ctx.result(content);
  }

  /**
   * An attachment's Content-Disposition: a plain ASCII name for old clients, and the exact name
   * encoded as RFC 8187 says.
   */
  static String contentDisposition(String fileName) {
    StringBuilder ascii = new StringBuilder();
    for (char c : fileName.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
    }
    StringBuilder encoded = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", (int) c));
      }
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  // ---- search ----------------------------------------------------------------------------------

  private void search(Context ctx) {
    Actor actor = actor(ctx);
    Locale lang = language(ctx);
    PortalText words = text(ctx);
    String query = Optional.ofNullable(ctx.queryParam("q")).orElse("");
    String after = Optional.ofNullable(ctx.queryParam("after")).orElse("");
    List<Map.Entry<String, FacetDimension>> dimensions = searchFacets();
    Map<String, List<String>> drills = new HashMap<>();
    for (Map.Entry<String, FacetDimension> facet : dimensions) {
      drills.put(facet.getKey(), ctx.queryParams(facet.getKey()));
    }
    SearchRequestBuilder request = dev.convene.search.SearchRequest.builder().text(query).pageSize(SEARCH_PAGE)
        .facets(dimensions.stream().map(Map.Entry::getValue).toArray(FacetDimension[]::new)).displayLanguage(lang);
    for (Map.Entry<String, FacetDimension> facet : dimensions) {
      List<String> values = drills.get(facet.getKey());
      if (!values.isEmpty()) {
        request.drillDown(facet.getValue(), values.toArray(String[]::new));
      }
    }
    if (!after.isEmpty()) {
      request.after(after);
    }
    SearchResult result;
    try {
      result = convene.search(actor, request.build());
    } catch (ValidationException e) { // an InvalidQueryException too, on the field "text"
      ctx.status(400);
      render(ctx, "search.jte", new Views.Search(chrome(ctx, words.t("search.heading")), query, words.error(e), 0,
          List.of(), List.of(), ""));
      return;
    }
    Map<CommunityId, Community> communities = new HashMap<>();
    List<Views.Hit> hits = new ArrayList<>();
    for (SearchHit hit : result.hits()) {
      Community community = communities.computeIfAbsent(hit.community(), id -> convene.communities().get(actor, id));
      String url = hit.kind() == HitKind.ITEM ? "/d/" + Links.encode(hit.item().orElseThrow().value())
          : "/c/" + Links.encode(community.slug());
      hits.add(new Views.Hit(hit.title(), url, hit.itemType().map(words::label).orElse(words.label(HitKind.COMMUNITY)),
          text(community.name(), lang, community.slug()), segments(hit.snippet())));
    }
    List<Views.Facet> facets = new ArrayList<>();
    // Convene counts each facet sideways: its own selection does not narrow its counts, so the other
    // values stay offered beside the chosen one; a chosen value no hit carries any more stays listed,
    // so that it can be unchosen
    for (Map.Entry<String, FacetDimension> facet : dimensions) {
      List<FacetValue> shown = new ArrayList<>(result.facet(facet.getValue()).map(FacetResult::values)
          .orElse(List.of()));
      for (String chosen : drills.get(facet.getKey())) {
        if (shown.stream().noneMatch(v -> v.value().equals(chosen))) {
          shown.add(new FacetValue(chosen, chosen, 0, List.of()));
        }
      }
      if (shown.isEmpty()) {
        continue;
      }
      List<Views.Choice> choices = new ArrayList<>();
      for (FacetValue value : shown) {
        boolean selected = drills.get(facet.getKey()).contains(value.value());
        Map<String, List<String>> toggled = new HashMap<>(drills);
        List<String> values = new ArrayList<>(drills.get(facet.getKey()));
        if (selected) {
          values.remove(value.value());
        } else {
          values.add(value.value());
        }
        toggled.put(facet.getKey(), values);
        choices.add(new Views.Choice(value.label() + " (" + value.count() + ")", searchLink(dimensions, query, toggled, ""),
            selected));
      }
      facets.add(new Views.Facet(facetName(words, facet.getKey()), choices));
    }
    String next = result.nextCursor().map(cursor -> searchLink(dimensions, query, drills, cursor)).orElse("");
    render(ctx, "search.jte", new Views.Search(chrome(ctx, words.t("search.heading")), query, "", result.total(), hits,
        facets, next));
  }

  private static String facetName(PortalText words, String facet) {
    return switch (facet) {
      case "type" -> words.t("search.facet.type");
      case "language" -> words.t("search.facet.language");
      case "community" -> words.t("search.facet.community");
      default -> words.t("search.facet.theme");
    };
  }

  /** The facets of the search page: type, language, community, and the themes of the taxonomy's first scheme. */
  private List<Map.Entry<String, FacetDimension>> searchFacets() {
    List<Map.Entry<String, FacetDimension>> dimensions = new ArrayList<>(FACETS);
    convene.taxonomy().current().taxonomy().schemes().stream().findFirst()
        .ifPresent(scheme -> dimensions.add(Map.entry("theme", FacetDimension.concepts(scheme.id()))));
    return dimensions;
  }

  private static String searchLink(List<Map.Entry<String, FacetDimension>> dimensions, String query,
      Map<String, List<String>> drills, String after) {
    List<Map.Entry<String, String>> params = new ArrayList<>();
    params.add(Map.entry("q", query));
    for (Map.Entry<String, FacetDimension> facet : dimensions) {
      for (String value : drills.get(facet.getKey())) {
        params.add(Map.entry(facet.getKey(), value));
      }
    }
    params.add(Map.entry("after", after));
    return Links.of("/search", params);
  }

  /**
   * A snippet's runs of text: Convene gives it as escaped HTML with {@code <mark>} around the words
   * that matched; the runs are unescaped here so that the template escapes them again itself.
   */
  static List<Views.Segment> segments(String snippet) {
    List<Views.Segment> out = new ArrayList<>();
    String rest = snippet;
    while (!rest.isEmpty()) {
      int open = rest.indexOf("<mark>");
      if (open < 0) {
        out.add(new Views.Segment(unescape(rest), false));
        break;
      }
      if (open > 0) {
        out.add(new Views.Segment(unescape(rest.substring(0, open)), false));
      }
      int close = rest.indexOf("</mark>", open);
      if (close < 0) {
        out.add(new Views.Segment(unescape(rest.substring(open + 6)), true));
        break;
      }
      out.add(new Views.Segment(unescape(rest.substring(open + 6, close)), true));
      rest = rest.substring(close + 7);
    }
    return out;
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
        .replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
  }

  // ---- words -----------------------------------------------------------------------------------

  static String text(LocalizedText text, Locale lang, String fallback) {
    return text.resolve(lang).orElse(fallback);
  }
}
