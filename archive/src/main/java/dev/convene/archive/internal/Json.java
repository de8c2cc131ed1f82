package dev.convene.archive.internal;

import dev.convene.core.ValidationException;
import java.io.OutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration of archives: generators that leave the zip stream open and separate
 * top-level values by a line break (JSON Lines), and a parser that refuses duplicate keys.
 */
final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .rootValueSeparator("\n")
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .build();

  private Json() {}

  /** A generator onto {@code out} that does not close it. */
  static JsonGenerator generator(OutputStream out) {
    return MAPPER.createGenerator(out);
  }

  /**
   * Parses one JSON value, {@code where} naming it in the error.
   *
   * @throws ValidationException ({@code where}, {@code json}) if the text is not JSON
   */
  static In parse(String text, String where) {
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new ValidationException(where, "json", "is empty");
      }
      return new In(node, where);
    } catch (JacksonException e) {
      throw new ValidationException(where, "json", "is not well-formed JSON: " + e.getOriginalMessage());
    }
  }
}
