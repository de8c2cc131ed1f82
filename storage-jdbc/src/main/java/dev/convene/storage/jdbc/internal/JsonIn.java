package dev.convene.storage.jdbc.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object being read, with accessors that say what each field must be. A body that does not
 * hold what its codec wrote fails with an {@link IllegalStateException} naming the field: it means
 * the row was changed outside Convene.
 */
final class JsonIn {
  private final Map<?, ?> fields;

  private JsonIn(Map<?, ?> fields) {
    this.fields = fields;
  }

  /** Reads a JSON object. */
  static JsonIn parse(String text) {
    return of(Json.parse(text), "body");
  }

  private static JsonIn of(@Nullable Object value, String key) {
    if (value instanceof Map<?, ?> map) {
      return new JsonIn(map);
    }
    throw malformed(key, "an object");
  }

  String string(String key) {
    return optional(key).orElseThrow(() -> malformed(key, "a string"));
  }

  Optional<String> optional(String key) {
    Object value = fields.get(key);
    if (value == null || value instanceof String) {
      return Optional.ofNullable((String) value);
    }
    throw malformed(key, "a string");
  }

  /** A string field read into a value, such as an id or an instant. */
  <T> T get(String key, Function<String, T> parse) {
    return parse.apply(string(key));
  }

  <E extends Enum<E>> E constant(String key, Class<E> type) {
    return Enum.valueOf(type, string(key));
  }

  long number(String key) {
    if (fields.get(key) instanceof Long number) {
      return number;
    }
    throw malformed(key, "a number");
  }

  boolean flag(String key) {
    if (fields.get(key) instanceof Boolean flag) {
      return flag;
    }
    throw malformed(key, "true or false");
  }

  JsonIn object(String key) {
    return of(fields.get(key), key);
  }

  List<JsonIn> objects(String key) {
    List<JsonIn> objects = new ArrayList<>();
    for (Object element : list(key)) {
      objects.add(of(element, key + "[]"));
    }
    return objects;
  }

  List<String> strings(String key) {
    List<String> strings = new ArrayList<>();
    for (Object element : list(key)) {
      if (!(element instanceof String text)) {
        throw malformed(key + "[]", "a string");
      }
      strings.add(text);
    }
    return strings;
  }

  /** The fields of this object whose values are strings, in order: a map of texts. */
  Map<String, String> texts() {
    Map<String, String> texts = new LinkedHashMap<>();
    fields.forEach((key, value) -> texts.put((String) key, optional((String) key).orElseThrow()));
    return texts;
  }

  /** The fields of this object, each a list of strings, in order. */
  Map<String, List<String>> lists() {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    fields.keySet().forEach(key -> lists.put((String) key, strings((String) key)));
    return lists;
  }

  private List<?> list(String key) {
    if (fields.get(key) instanceof List<?> list) {
      return list;
    }
    throw malformed(key, "an array");
  }

  private static IllegalStateException malformed(String key, String expected) {
    return new IllegalStateException("A stored body is malformed: " + key + " is not " + expected
        + "; was the row changed outside Convene?");
  }
}
