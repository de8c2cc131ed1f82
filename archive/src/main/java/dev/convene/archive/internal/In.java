package dev.convene.archive.internal;

import dev.convene.core.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value of an archive being read, with where it is ({@code items.jsonl:12.header.title}), so
 * that every failure is a {@link ValidationException} naming the entry, the line and the field.
 */
final class In {
  private final JsonNode node;
  private final String where;

  In(JsonNode node, String where) {
    this.node = node;
    this.where = where;
  }

  /** Where this value is, as errors name it. */
  String where() {
    return where;
  }

  /** A failure about this value. */
  ValidationException invalid(String rule, String message) {
    return new ValidationException(where, rule, message);
  }

  /**
   * Builds a model value, naming this place in the model's own validation failures.
   *
   * @throws ValidationException with the field prefixed by {@link #where()}
   */
  <T> T build(Supplier<T> model) {
    try {
      return model.get();
    } catch (ValidationException e) {
      if (e.field().startsWith(where)) {
        throw e; // already names its place in the archive
      }
      Map<String, Object> more = new LinkedHashMap<>(e.arguments());
      more.remove("field"); // the new field replaces it
      throw new ValidationException(where + "." + e.field(), e.rule(), more, reason(e));
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new ValidationException(where, "value", e.getMessage());
    }
  }

  /** What a validation failure says, without the field and rule its message starts and ends with. */
  private static String reason(ValidationException e) {
    String message = e.getMessage();
    String prefix = e.field() + ": ";
    String suffix = " [" + e.rule() + "]";
    if (message.startsWith(prefix) && message.endsWith(suffix)) {
      return message.substring(prefix.length(), message.length() - suffix.length());
    }
    return message;
  }

  /** The required object property {@code name}. */
  In object(String name) {
    In value = required(name);
    if (!value.node.isObject()) {
      throw value.invalid("type", "must be an object");
    }
    return value;
  }

  /** This value as an object: it must be one. */
  In asObject() {
    if (!node.isObject()) {
      throw invalid("type", "must be an object");
    }
    return this;
  }

  /** The elements of the array property {@code name}; an absent one is empty. */
  List<In> array(String name) {
    if (!has(name)) {
      return List.of();
    }
    return required(name).elements();
  }

  /** The elements of this value, which must be an array. */
  List<In> elements() {
    if (!node.isArray()) {
      throw invalid("type", "must be a JSON array");
    }
    List<In> elements = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      elements.add(new In(node.get(i), where + "[" + i + "]"));
    }
    return elements;
  }

  /** The strings of the array property {@code name}; an absent one is empty. */
  List<String> strings(String name) {
    return array(name).stream().map(In::string).toList();
  }

  /** The object property {@code name} of strings by language tag; an absent one is empty. */
  Map<Locale, String> texts(String name) {
    if (!has(name)) {
      return Map.of();
    }
    In value = object(name);
    Map<Locale, String> texts = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : value.node.properties()) {
      In text = new In(entry.getValue(), value.where + "." + entry.getKey());
      texts.put(text.build(() -> Locale.forLanguageTag(entry.getKey())), text.string());
    }
    return texts;
  }

  /** The optional object property {@code name}. */
  Optional<In> optObject(String name) {
    return has(name) ? Optional.of(object(name)) : Optional.empty();
  }

  /** The optional boolean property {@code name}; an absent one is false. */
  boolean flag(String name) {
    return has(name) && bool(name);
  }

  /** The required string property {@code name}. */
  String string(String name) {
    return required(name).string();
  }

  /** The optional string property {@code name}. */
  Optional<String> optString(String name) {
    return has(name) ? Optional.of(string(name)) : Optional.empty();
  }

  /** This value as a string: it must be one. */
  String string() {
    if (!node.isString()) {
      throw invalid("type", "must be a string");
    }
    return node.stringValue();
  }

  /** The required boolean property {@code name}. */
  boolean bool(String name) {
    In value = required(name);
    if (!value.node.isBoolean()) {
      throw value.invalid("type", "must be true or false");
    }
    return value.node.booleanValue();
  }

  /** The required integer property {@code name}. */
  long number(String name) {
    In value = required(name);
    if (!value.node.isIntegralNumber() || !value.node.canConvertToLong()) {
      throw value.invalid("type", "must be an integer");
    }
    return value.node.longValue();
  }

  /** The optional integer property {@code name}. */
  Optional<Long> optNumber(String name) {
    return has(name) ? Optional.of(number(name)) : Optional.empty();
  }

  /** The required property {@code name}, converted by {@code parse}, whose failures name it. */
  <T> T parsed(String name, Function<String, T> parse) {
    In value = required(name);
    String text = value.string();
    return value.build(() -> parse.apply(text));
  }

  /** The optional property {@code name}, converted by {@code parse}. */
  <T> Optional<T> optParsed(String name, Function<String, T> parse) {
    return has(name) ? Optional.of(parsed(name, parse)) : Optional.empty();
  }

  /** The required enum property {@code name}. */
  <E extends Enum<E>> E constant(String name, Class<E> type) {
    In value = required(name);
    String text = value.string();
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw value.invalid("enum", "\"" + text + "\" is not one of " + List.of(type.getEnumConstants()));
    }
  }

  Instant instant(String name) {
    return parsed(name, Instant::parse);
  }

  Optional<Instant> optInstant(String name) {
    return optParsed(name, Instant::parse);
  }

  ZoneId zone(String name) {
    return parsed(name, ZoneId::of);
  }

  Optional<URI> optUri(String name) {
    return optParsed(name, In::uri);
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not a URI: " + e.getReason(), e);
    }
  }

  private boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  private In required(String name) {
    if (!node.isObject()) {
      throw invalid("type", "must be an object");
    }
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new ValidationException(where + "." + name, "required", "is required");
    }
    return new In(value, where + "." + name);
  }
}
