package dev.convene.storage.blob;

import dev.convene.core.ValidationException;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The argument checks every blob store applies at its boundary, with the rule codes its Javadoc names. */
final class BlobChecks {
  /** As {@link dev.convene.core.model.Attachment} accepts, with RFC 6838's 127-character limits. */
  private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]{1,127}/[\\w.+-]{1,127}");
  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  private BlobChecks() {}

  /** Requires a value; absence is the {@code required} rule. */
  static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw new ValidationException(field, "required", "is required");
    }
    return value;
  }

  /** A lower-case hex SHA-256: the {@code sha-256} rule on field {@code contentHash}. */
  static String contentHash(@Nullable String hash) {
    required(hash, "contentHash");
    if (!SHA_256.matcher(hash).matches()) {
      throw new ValidationException("contentHash", "sha-256", "must be 64 lower-case hex digits");
    }
    return hash;
  }

  /** A media type such as {@code application/pdf}: the {@code media-type} rule on field {@code mediaType}. */
  static String mediaType(@Nullable String mediaType) {
    required(mediaType, "mediaType");
    if (!MEDIA_TYPE.matcher(mediaType).matches()) {
      throw new ValidationException("mediaType", "media-type",
          "\"" + mediaType + "\" is not a media type such as application/pdf");
    }
    return mediaType;
  }

  /** The {@code max-size} rule on field {@code content}, for content longer than {@code maxSize}. */
  static ValidationException tooLarge(long maxSize) {
    return new ValidationException("content", "max-size", Map.of("limit", maxSize),
        "must be at most " + maxSize + " bytes");
  }
}
