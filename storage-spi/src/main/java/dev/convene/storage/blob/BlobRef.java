package dev.convene.storage.blob;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Attachment;

/**
 * A stored blob, as {@link BlobStore} describes it.
 *
 * @param contentHash the lower-case hex SHA-256 of its bytes, which is also its key
 * @param size its size in bytes
 * @param mediaType the media type it was first stored with, such as {@code application/pdf}
 */
public record BlobRef(String contentHash, long size, String mediaType) {
  /**
   * Validates the reference.
   *
   * @throws ValidationException if the hash or media type is missing or malformed, or the size negative
   */
  public BlobRef {
    BlobChecks.contentHash(contentHash);
    BlobChecks.mediaType(mediaType);
    if (size < 0) {
      throw new ValidationException("size", "non-negative", "must not be negative");
    }
  }

  /**
   * Describes this blob as an attachment with the given file name and this blob's media type.
   *
   * @param fileName the name to show and download the file under
   * @return the attachment, referring to this blob
   * @throws ValidationException if the file name is blank or longer than 255 characters
   */
  public Attachment attachment(String fileName) {
    return new Attachment(fileName, mediaType, size, contentHash);
  }
}
