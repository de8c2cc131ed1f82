package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import dev.convene.core.internal.FileNames;
import java.util.regex.Pattern;

/**
 * What Convene knows of an attached file; the bytes live in a blob store under {@code contentHash}.
 *
 * <p>The file name is made safe as the attachment is created, whoever gives it: it is one plain name,
 * never a path. {@code ../../etc/passwd} becomes {@code passwd}, {@code C:\Users\ada\report.pdf}
 * becomes {@code report.pdf}; control and format characters (NUL, bidirectional overrides) are
 * removed, leading and trailing dots and white space trimmed, and the characters Windows forbids
 * replaced by {@code _}. A name with nothing left is refused.
 *
 * @param fileName the file's name as shown to readers, made safe as described above
 * @param mediaType its media type, such as {@code application/pdf}
 * @param size its size in bytes
 * @param contentHash the lower-case hex SHA-256 of its bytes
 */
public record Attachment(String fileName, String mediaType, long size, String contentHash) {
  private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+");
  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Validates the attachment and makes its file name safe.
   *
   * @throws dev.convene.core.ValidationException naming the field: {@code fileName} with rule {@code
   *     file-name} if nothing is left of the name, {@code max-length} if it is longer than 255
   *     characters; {@code mediaType}, {@code size} or {@code contentHash} if malformed
   */
  public Attachment {
    fileName = FileNames.clean(fileName, "fileName");
    Checks.required(mediaType, "mediaType");
    Checks.check(MEDIA_TYPE.matcher(mediaType).matches(), "mediaType", "media-type",
        "\"%s\" is not a media type such as application/pdf", mediaType);
    Checks.check(size >= 0, "size", "non-negative", "must not be negative");
    Checks.required(contentHash, "contentHash");
    Checks.check(SHA_256.matcher(contentHash).matches(), "contentHash", "sha-256",
        "must be 64 lower-case hex digits");
  }
}
