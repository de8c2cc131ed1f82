package dev.convene.storage.jdbc.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The little JSON the store's bodies need: objects (kept in insertion order), arrays, strings,
 * whole numbers ({@code long}), booleans and null. Surrogates and control characters are written as
 * {@code \\u} escapes, so that any Java string, even one with a lone surrogate, reads back equal
 * whatever the database's encoding.
 */
final class Json {
  private Json() {}

  /** The JSON text of {@code value}: a map with string keys, a list, a string, a number, a boolean or null. */
  static String write(@Nullable Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(@Nullable Object value, StringBuilder out) {
    switch (value) {
      case null -> out.append("null");
      case String text -> string(text, out);
      case Long number -> out.append(number.longValue());
      case Integer number -> out.append(number.intValue());
      case Boolean flag -> out.append(flag.booleanValue());
      case Map<?, ?> map -> {
        out.append('{');
        String separator = "";
        for (Map.Entry<?, ?> field : map.entrySet()) {
          out.append(separator);
          string((String) field.getKey(), out);
          out.append(':');
          write(field.getValue(), out);
          separator = ",";
        }
        out.append('}');
      }
      case List<?> list -> {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          out.append(i == 0 ? "" : ",");
          write(list.get(i), out);
        }
        out.append(']');
      }
      default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * Parses JSON text written by {@link #write}.
   *
   * @throws IllegalArgumentException if the text is not such JSON
   */
  static @Nullable Object parse(String text) {
    Parser parser = new Parser(text);
    Object value = parser.value();
    parser.skipSpace();
    if (parser.at < text.length()) {
      throw parser.error("end of text");
    }
    return value;
  }

  private static final class Parser {
    private final String text;
    private int at;

    Parser(String text) {
      this.text = text;
    }

    @Nullable Object value() {
      skipSpace();
      if (at >= text.length()) {
        throw error("a value");
      }
      char c = text.charAt(at);
      return switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> literal("true", Boolean.TRUE);
        case 'f' -> literal("false", Boolean.FALSE);
        case 'n' -> literal("null", null);
        default -> number();
      };
    }

    private Map<String, @Nullable Object> object() {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      at++;
      skipSpace();
      if (peek('}')) {
        return map;
      }
      do {
        skipSpace();
        String key = string();
        skipSpace();
        expect(':');
        map.put(key, value());
        skipSpace();
      } while (peek(','));
      expect('}');
      return map;
    }

    private List<@Nullable Object> array() {
      List<@Nullable Object> list = new ArrayList<>();
      at++;
      skipSpace();
      if (peek(']')) {
        return list;
      }
      do {
        list.add(value());
        skipSpace();
      } while (peek(','));
      expect(']');
      return list;
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (at < text.length() && text.charAt(at) != '"') {
        char c = text.charAt(at++);
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char escaped = text.charAt(at++);
        switch (escaped) {
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          default -> out.append(escaped);
        }
      }
      expect('"');
      return out.toString();
    }

    private Long number() {
      int start = at;
      if (peek('-')) {
        start = at - 1;
      }
      while (at < text.length() && Character.isDigit(text.charAt(at))) {
        at++;
      }
      if (at == start || text.substring(start, at).equals("-")) {
        throw error("a value");
      }
      return Long.parseLong(text.substring(start, at));
    }

    private @Nullable Object literal(String word, @Nullable Object value) {
      if (!text.startsWith(word, at)) {
        throw error(word);
      }
      at += word.length();
      return value;
    }

    void skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private boolean peek(char c) {
      if (at < text.length() && text.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw error("'" + c + "'");
      }
    }

    IllegalArgumentException error(String expected) {
      return new IllegalArgumentException("malformed JSON: expected " + expected + " at offset " + at);
    }
  }
}
