package dev.convene.storage.jdbc.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON object being written, field by field in order. Enums are written by name, typed ids and
 * other values by {@code toString()}, and an absent {@link Optional} leaves its field out.
 */
final class JsonOut {
  private final Map<String, Object> fields = new LinkedHashMap<>();

  JsonOut put(String key, Object value) {
    fields.put(key, plain(value));
    return this;
  }

  JsonOut put(String key, Optional<?> value) {
    value.ifPresent(v -> put(key, v));
    return this;
  }

  /** The fields, as {@link Json#write} takes them. */
  Map<String, Object> fields() {
    return fields;
  }

  /** The object's JSON text. */
  String text() {
    return Json.write(fields);
  }

  private static Object plain(Object value) {
    return switch (value) {
      case JsonOut object -> object.fields();
      case String text -> text;
      case Long number -> number;
      case Integer number -> number;
      case Boolean flag -> flag;
      case Map<?, ?> map -> map;
      case List<?> list -> list.stream().map(JsonOut::plain).toList();
      case Enum<?> constant -> constant.name();
      default -> value.toString();
    };
  }
}
