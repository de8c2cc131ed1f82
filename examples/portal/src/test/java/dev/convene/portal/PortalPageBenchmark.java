package dev.convene.portal;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Visibility;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A measured macro run of the started portal: simulated users, each with its own cookie jar, signed in
 * as several demo people and reading in English, French and Spanish, browse the directory, spaces and
 * documents and search with and without facets for a fixed time; then, in the same run, the same
 * users fetch the style sheet, a static answer that goes through the same server, session and
 * headers but renders nothing, as the baseline. It prints requests per second and page times (p50,
 * p90, p99) per kind of page and for the baseline.
 *
 * <p>Run it with {@code mvn -o -q -pl examples/portal -am -Pportal-bench -DskipTests verify}; the
 * options are system properties passed through the profile: {@code bench.users} (50), {@code
 * bench.seconds} (60), {@code bench.baselineSeconds} (20), {@code bench.warmupSeconds} (10), {@code
 * bench.docs} (300 added to the seeded world), {@code bench.seed} (42).
 */
public final class PortalPageBenchmark {
  private static final List<String> PEOPLE = List.of("anonymous", "olga", "mia", "mo", "ada");
  private static final List<String> LANGUAGES = List.of("en", "fr", "es");
  private static final Map<String, List<String>> WORDS = Map.of(
      "en", List.of("report", "library", "study", "budget"),
      "fr", List.of("rapport", "bibliothèque", "étude", "budget"),
      "es", List.of("informe", "biblioteca", "estudio", "presupuesto"));
  private static final List<String> SPACES = List.of(SeedWorld.LIBRARY, "climate-lab", "pension-reform");

  private PortalPageBenchmark() {}

  /**
   * Runs the benchmark and prints its report.
   *
   * @param args none; options are system properties
   * @throws Exception if the portal cannot start or a user fails to finish
   */
  public static void main(String[] args) throws Exception {
    int users = Integer.getInteger("bench.users", 50);
    int seconds = Integer.getInteger("bench.seconds", 60);
    int baselineSeconds = Integer.getInteger("bench.baselineSeconds", 20);
    int warmup = Integer.getInteger("bench.warmupSeconds", 10);
    int docs = Integer.getInteger("bench.docs", 300);
    long seed = Long.getLong("bench.seed", 42L);
    Path folder = Files.createTempDirectory("portal-bench");
    System.out.printf("Portal page benchmark: %d users, %d s of pages after %d s of warm-up, %d s of baseline,"
        + " %d extra documents, seed %d, %d processors, Java %s%n", users, seconds, warmup, baselineSeconds, docs,
        seed, Runtime.getRuntime().availableProcessors(), Runtime.version());
    try (TestPortal portal = new TestPortal(folder)) {
      List<String> documents = seed(portal, docs, seed);
      run(portal, users, warmup, seed, documents, false);
      double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      Result pages = run(portal, users, seconds, seed + 1, documents, false);
      double loadBetween = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      Result baseline = run(portal, users, baselineSeconds, seed + 2, documents, true);
      double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      System.out.printf("%nOne-minute load average: %.1f before the pages, %.1f after them, %.1f after the baseline%n",
          loadBefore, loadBetween, loadAfter);
      System.out.println();
      System.out.println("| requests | count | errors | per second | p50 ms | p90 ms | p99 ms | max ms |");
      System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
      pages.byKind.forEach((kind, times) -> System.out.println(row(kind, times, pages.errors(kind), seconds)));
      System.out.println(row("**all pages**", pages.all(), pages.errors(""), seconds));
      System.out.println(row("baseline: /style.css", baseline.all(), baseline.errors(""), baselineSeconds));
      if (!pages.errors.isEmpty() || !baseline.errors.isEmpty()) {
        System.out.println();
        System.out.println("Answers other than 200, by request and status: " + pages.errors + " " + baseline.errors);
      }
      double p50 = percentile(pages.all(), 50) / percentile(baseline.all(), 50);
      double rate = (pages.all().length / (double) seconds) / (baseline.all().length / (double) baselineSeconds);
      System.out.printf("%nPages against the baseline: p50 %.1f times the static answer's, %.2f times its rate%n",
          p50, rate);
    }
  }

  /** Adds public documents in three languages and returns the ids of every document anyone may read. */
  private static List<String> seed(TestPortal portal, int docs, long seed) {
    Convene convene = portal.portal.convene();
    Actor ada = portal.actor("ada");
    SplittableRandom random = new SplittableRandom(seed);
    List<Community> communities = List.of(convene.communities().bySlug(ada, SeedWorld.LIBRARY),
        convene.communities().bySlug(ada, "climate-lab"));
    for (int i = 0; i < docs; i++) {
      String lang = LANGUAGES.get(i % 3);
      List<String> words = WORDS.get(lang);
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 60; w++) {
        body.append(words.get(random.nextInt(words.size()))).append(w % 9 == 8 ? ". " : " ");
      }
      String title = words.get(i % words.size()) + " " + words.get((i / 4) % words.size()) + " " + i;
      Item item = convene.content().create(ada, communities.get(i % 2).id(),
          ItemDraft.document(title, Locale.forLanguageTag(lang), i % 5 == 0 ? Visibility.MEMBERS : Visibility.PUBLIC)
              .summary(body.substring(0, 120)).body(body.toString()));
      convene.content().submitOrPublish(ada, item.id());
    }
    convene.awaitSearchable(Duration.ofSeconds(120));
    List<String> ids = new ArrayList<>();
    for (Community c : communities) {
      convene.content().list(Actor.anonymous(), c.id(),
          dev.convene.storage.ItemQuery.all().withTypes(dev.convene.core.model.ItemType.DOCUMENT),
          dev.convene.storage.PageRequest.first(1_000)).items().forEach(item -> ids.add(item.id().value()));
    }
    return List.copyOf(ids);
  }

  /**
   * The latencies of one run, per kind of request, in nanoseconds, and the answers other than 200,
   * counted by kind of request and status ({@code "space 404"}).
   */
  private record Result(Map<String, long[]> byKind, Map<String, AtomicLong> errors) {
    long[] all() {
      return byKind.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
    }

    /** The answers other than 200 to requests of {@code kind}, or to all requests if it is empty. */
    long errors(String kind) {
      return errors.entrySet().stream().filter(e -> kind.isEmpty() || e.getKey().startsWith(kind + " "))
          .mapToLong(e -> e.getValue().get()).sum();
    }
  }

  private static Result run(TestPortal portal, int users, int seconds, long seed, List<String> documents,
      boolean baseline) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    Map<String, AtomicLong> errors = new ConcurrentSkipListMap<>();
    List<Future<Map<String, List<Long>>>> futures = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int u = 0; u < users; u++) {
        int user = u;
        futures.add(threads.submit(() -> browse(portal, user, end, new SplittableRandom(seed * 1_000 + user),
            documents, baseline, errors)));
      }
      Map<String, List<Long>> merged = new TreeMap<>();
      for (Future<Map<String, List<Long>>> f : futures) {
        f.get().forEach((kind, times) -> merged.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(times));
      }
      Map<String, long[]> byKind = new TreeMap<>();
      merged.forEach((kind, times) -> byKind.put(kind, times.stream().mapToLong(Long::longValue).sorted().toArray()));
      return new Result(byKind, errors);
    }
  }

  private static Map<String, List<Long>> browse(TestPortal portal, int user, long end, SplittableRandom random,
      List<String> documents, boolean baseline, Map<String, AtomicLong> errors) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String person = PEOPLE.get(user % PEOPLE.size());
    String lang = LANGUAGES.get(user % LANGUAGES.size());
    String page = get(http, portal, "/signin?lang=" + lang).body();
    if (!person.equals("anonymous")) {
      int at = page.indexOf("name=\"csrf\" value=\"") + 19;
      String csrf = page.substring(at, page.indexOf('"', at));
      http.send(HttpRequest.newBuilder(URI.create(portal.url("/signin")))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf + "&user=" + person + "&back=/")).build(),
          HttpResponse.BodyHandlers.discarding());
    }
    List<String> words = WORDS.get(lang);
    Map<String, List<Long>> times = new TreeMap<>();
    while (System.nanoTime() < end) {
      String kind;
      String path;
      if (baseline) {
        kind = "static";
        path = "/style.css";
      } else {
        String raw = words.get(random.nextInt(words.size()));
        String word = URLEncoder.encode(raw, StandardCharsets.UTF_8);
        switch (random.nextInt(6)) {
          case 0 -> {
            kind = "directory";
            path = random.nextBoolean() ? "/" : "/?privacy=PUBLIC";
          }
          case 1 -> {
            kind = "space";
            path = "/c/" + SPACES.get(random.nextInt(SPACES.size()));
          }
          case 2 -> {
            kind = "document";
            path = "/d/" + documents.get(random.nextInt(documents.size()));
          }
          case 3 -> {
            kind = "search";
            path = "/search?q=" + word;
          }
          case 4 -> {
            kind = "search with facets";
            path = "/search?q=" + word + "&language=" + lang + (random.nextBoolean() ? "&type=DOCUMENT" : "");
          }
          default -> {
            kind = "suggestions";
            path = "/search/suggest?q=" + URLEncoder.encode(raw.substring(0, Math.min(4, raw.length())),
                StandardCharsets.UTF_8);
          }
        }
      }
      long start = System.nanoTime();
      HttpResponse<String> response = get(http, portal, path);
      long took = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        errors.computeIfAbsent(kind + " " + response.statusCode(), k -> new AtomicLong()).incrementAndGet();
      }
      times.computeIfAbsent(kind, k -> new ArrayList<>()).add(took);
    }
    return times;
  }

  private static HttpResponse<String> get(HttpClient http, TestPortal portal, String path)
      throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(portal.url(path))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private static String row(String kind, long[] sorted, long errors, int seconds) {
    return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |", kind, sorted.length,
        errors, sorted.length / (double) seconds, percentile(sorted, 50), percentile(sorted, 90),
        percentile(sorted, 99), percentile(sorted, 100));
  }
}
