package dev.convene.portal;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.search.HitKind;
import dev.convene.search.SearchHit;
import dev.convene.search.SearchRequest;
import dev.convene.search.SuggestRequest;
import dev.convene.search.Suggestion;
import io.javalin.http.Context;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * Suggestions as the person types in the search box: a JSON endpoint and the small script that shows
 * them under the box. The search page works without the script. Both sources are Convene's, and both
 * see only what the actor may see: concepts in use in documents the actor may read (with their
 * counts), and the titles of the first hits of a prefix search.
 */
final class SuggestPages {
  /** The most suggestions of each source. */
  static final int LIMIT = 5;
  /** The longest prefix looked at; the rest is ignored. */
  static final int MAX_PREFIX = 100;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final PortalServer server;

  private SuggestPages(PortalServer server) {
    this.server = server;
  }

  /** Adds the suggestion endpoint and its script to the server. */
  static void register(PortalServer server) {
    SuggestPages pages = new SuggestPages(server);
    server.app.get("/search/suggest", pages::suggest);
    server.app.get("/suggest.js", ctx -> {
      try (InputStream script = SuggestPages.class.getResourceAsStream("/static/suggest.js")) {
        ctx.contentType("text/javascript; charset=utf-8").result(script.readAllBytes());
      }
    });
  }

  private void suggest(Context ctx) {
    Actor actor = PortalServer.actor(ctx);
    Locale lang = PortalServer.language(ctx);
    String typed = ctx.queryParam("q");
    List<String> words = words(typed == null ? "" : typed);
    List<Map<String, String>> out = new ArrayList<>();
    if (!words.isEmpty()) {
      String prefix = String.join(" ", words);
      for (Suggestion s : server.convene.suggest(actor, SuggestRequest.of(prefix).withLimit(LIMIT).withCounts(true)
          .withDisplayLanguage(lang))) {
        out.add(entry("concept", s.label(), Links.of("/search", List.of(Map.entry("q", s.label())))));
      }
      Set<String> titles = new LinkedHashSet<>();
      try {
        for (SearchHit hit : server.convene.search(actor, SearchRequest.builder().text(prefix + "*").pageSize(LIMIT)
            .snippets(false).displayLanguage(lang).build()).hits()) {
          if (hit.kind() == HitKind.ITEM && titles.add(hit.title())) {
            out.add(entry("title", hit.title(), Links.of("/search", List.of(Map.entry("q", hit.title())))));
          }
        }
      } catch (ValidationException e) {
        // a prefix the query parser refuses suggests no title; the concepts above still stand
      }
    }
    ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(Map.of("suggestions", out)));
  }

  private static Map<String, String> entry(String kind, String text, String url) {
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put("kind", kind);
    entry.put("text", text);
    entry.put("url", url);
    return entry;
  }

  /**
   * The words of what was typed, letters and digits only, so that nothing typed is read as query
   * syntax; empty when there is none.
   */
  static List<String> words(String typed) {
    String cut = typed.length() > MAX_PREFIX ? typed.substring(0, MAX_PREFIX) : typed;
    List<String> words = new ArrayList<>();
    for (String word : cut.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
