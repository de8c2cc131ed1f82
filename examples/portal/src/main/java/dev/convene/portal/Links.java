package dev.convene.portal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the portal's own links: a path with its query parameters, each encoded. */
final class Links {
  private Links() {}

  /** The path with these parameters, in their order; empty values are left out. */
  static String of(String path, List<Map.Entry<String, String>> params) {
    StringBuilder out = new StringBuilder(path);
    char sep = '?';
    for (Map.Entry<String, String> p : params) {
      if (p.getValue() == null || p.getValue().isEmpty()) {
        continue;
      }
      out.append(sep).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
      sep = '&';
    }
    return out.toString();
  }

  /** The link with the parameter {@code name} set to {@code value}, replacing any it had. */
  static String withParam(String link, String name, String value) {
    int q = link.indexOf('?');
    String path = q < 0 ? link : link.substring(0, q);
    List<Map.Entry<String, String>> params = new ArrayList<>();
    if (q >= 0) {
      for (String pair : link.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        if (!key.equals(name) && !key.isEmpty()) {
          params.add(Map.entry(key, eq < 0 ? "" : decode(pair.substring(eq + 1))));
        }
      }
    }
    params.add(Map.entry(name, value));
    return of(path, params);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
