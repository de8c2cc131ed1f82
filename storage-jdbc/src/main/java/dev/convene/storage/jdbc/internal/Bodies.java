package dev.convene.storage.jdbc.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON of the stored bodies: the codecs' body records written and read by one {@link JsonMapper}.
 * Enums are written by name, instants and dates as ISO-8601 text, and an absent {@code Optional} leaves
 * its field out. Reading is strict: every field but an optional one must be there with the type its
 * codec wrote, or the body is reported malformed, naming the field.
 */
final class Bodies {
  private static final JsonMapper MAPPER = JsonMapper.builder(
          JsonFactory.builder().characterEscapes(new SurrogateEscapes()).build())
      .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
      .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
      .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
      .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_ABSENT))
      // a field a later version added is left alone, as it always was
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
      .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
      // no number read as a string or the other way round, no fraction cut to a whole number
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .withCoercionConfig(LogicalType.Textual, text -> text
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .build();

  private Bodies() {}

  /** The JSON text of a body record. */
  static String write(Object body) {
    return MAPPER.writeValueAsString(body);
  }

  /**
   * Reads a body record.
   *
   * @throws IllegalStateException naming the field if the text does not hold what a codec wrote: the
   *     row was changed outside Convene. The message never quotes the body, which may be private.
   */
  static <T> T read(String text, Class<T> type) {
    try {
      return MAPPER.readValue(text, type);
    } catch (InvalidTypeIdException e) {
      throw malformed(field(e) + " has no known type", e);
    } catch (MismatchedInputException e) {
      // with no field to name, the text held another value than an object, or more than one value
      throw malformed(e.getPath().isEmpty() ? "the body is not one JSON object"
          : field(e) + " is not " + expected(e.getTargetType()), e);
    } catch (StreamReadException e) {
      TokenStreamLocation at = e.getLocation();
      throw malformed("the body cannot be parsed as JSON" + (at == null ? ""
          : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
    }
  }

  private static String field(JacksonException e) {
    String path = e.getPath().stream()
        .map(step -> step.getPropertyName() != null ? "." + step.getPropertyName() : "[" + step.getIndex() + "]")
        .collect(Collectors.joining());
    return path.isEmpty() ? "the body" : path.substring(path.startsWith(".") ? 1 : 0);
  }

  private static String expected(@Nullable Class<?> type) {
    if (type == null) {
      return "what its codec wrote";
    } else if (type == String.class) {
      return "a string";
    } else if (type == long.class || type == Long.class) {
      return "a whole number";
    } else if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    } else if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    } else if (type == Instant.class || type == LocalDate.class) {
      return "an ISO-8601 " + (type == Instant.class ? "instant" : "date");
    } else if (Collection.class.isAssignableFrom(type)) {
      return "an array";
    } else if (Map.class.isAssignableFrom(type) || type.isRecord() || type.isInterface()) {
      return "an object";
    }
    return "a " + type.getSimpleName();
  }

  private static IllegalStateException malformed(String problem, Exception cause) {
    return new IllegalStateException("A stored body is malformed: " + problem
        + "; was the row changed outside Convene?", cause);
  }

  /**
   * Writes surrogates as {@code \\u} escapes, as bodies always held them: a lone surrogate is kept
   * whatever the database's encoding (written raw, Jackson and the drivers would replace it with
   * {@code ?}), and every body is valid UTF-16 and UTF-8 text.
   */
  private static final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] asciiEscapes = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return asciiEscapes;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int c) {
      return Character.isSurrogate((char) c) ? new SerializedString(String.format("\\u%04x", c)) : null;
    }
  }
}
