package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.util.regex.Pattern;

/**
 * What Convene knows of an attached file; the bytes live in a blob store under {@code contentHash}.
 *
 * @param fileName the file's name as shown to readers
 * @param mediaType its media type, such as {@code application/pdf}
 * @param size its size in bytes
 * @param contentHash the lower-case hex SHA-256 of its bytes
 */
public record Attachment(String fileName, String mediaType, long size, String contentHash) {
  private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+");
  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  /** Validates the attachment. */
  public Attachment {
    Checks.text(fileName, "fileName", 255);
    Checks.required(mediaType, "mediaType");
    Checks.check(MEDIA_TYPE.matcher(mediaType).matches(), "mediaType", "media-type",
        "\"%s\" is not a media type such as application/pdf", mediaType);
    Checks.check(size >= 0, "size", "non-negative", "must not be negative");
    Checks.required(contentHash, "contentHash");
    Checks.check(SHA_256.matcher(contentHash).matches(), "contentHash", "sha-256",
        "must be 64 lower-case hex digits");
  }
}
