package dev.convene.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One visitor of a test portal over HTTP: a cookie jar, signed in as someone on the demo list or no one. */
class HttpVisitor {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");

  private final TestPortal portal;
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();

  /** An anonymous visitor. */
  HttpVisitor(TestPortal portal) {
    this.portal = portal;
  }

  /** A visitor signed in as {@code key}. */
  HttpVisitor(TestPortal portal, String key) {
    this(portal);
    HttpResponse<String> signedIn = post("/signin", "csrf=" + token() + "&user=" + key + "&back=/");
    assertEquals(303, signedIn.statusCode());
    assertTrue(get("/").body().contains(DemoUser.byKey(key).orElseThrow().label().replace("'", "&#39;")),
        "signed in as " + key);
  }

  /** The session's form token, read from the sign-in page's forms. */
  String token() {
    return csrf(get("/signin").body());
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(portal.url(path))).GET().build());
  }

  /** Fetches {@code path} as bytes, for downloads and feeds. */
  HttpResponse<byte[]> bytes(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(portal.url(path))).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  HttpResponse<String> post(String path, String form) {
    return send(HttpRequest.newBuilder(URI.create(portal.url(path)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  /** Posts the form with the session's token added. */
  HttpResponse<String> submit(String path, String form) {
    return post(path, "csrf=" + token() + (form.isEmpty() ? "" : "&" + form));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    assertTrue(m.find(), "the page has a form with a token");
    return m.group(1);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
