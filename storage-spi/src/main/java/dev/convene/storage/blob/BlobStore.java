package dev.convene.storage.blob;

import dev.convene.core.ConveneException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Stores the bytes of attachment files, addressed by their content: a blob's key is the lower-case hex
 * SHA-256 of its bytes, so the same bytes stored twice get the same hash and are kept once.
 *
 * <p><b>Media types.</b> A blob keeps the media type it was first stored with. Storing the same bytes
 * again with another media type stores nothing and returns the blob as it is, first media type
 * included. Each {@link dev.convene.core.model.Attachment} carries its own media type, so two
 * attachments with the same bytes may still be shown with different types.
 *
 * <p><b>Arguments.</b> A content hash must be 64 lower-case hex digits ({@link ValidationException}
 * with field {@code contentHash}, rule {@code sha-256}); a media type must look like {@code
 * application/pdf}, without parameters (field {@code mediaType}, rule {@code media-type}); a missing
 * argument breaks the rule {@code required}. Failures of the underlying storage are {@link
 * ConveneException}s that wrap the cause.
 *
 * <p>Implementations are thread-safe, and a reader never sees a blob that is not completely stored.
 * {@link #delete} is meant for collecting blobs that no attachment refers to any more; deleting a blob
 * while the same bytes are being stored elsewhere may remove them from under that caller.
 */
public interface BlobStore {
  /**
   * A short, stable name for this kind of store, such as {@code "file-system"}, for logs and
   * settings.
   *
   * @return the store's name
   */
  String name();

  /**
   * Reads {@code content} to its end and stores it, unless a blob with the same bytes already exists.
   * The content is streamed, never held in memory as a whole, and the stream is not closed. When this
   * method fails, nothing of the content is stored.
   *
   * @param content the bytes to store
   * @param mediaType the content's media type, such as {@code application/pdf}
   * @return the stored blob; its media type is the one the bytes were first stored with
   * @throws ValidationException if the media type is malformed, or (field {@code content}, rule {@code
   *     max-size}) the content is longer than {@link #maxSize()}
   * @throws ConveneException if reading the content or writing to the storage fails
   */
  BlobRef put(InputStream content, String mediaType);

  /**
   * Opens a stored blob for reading. The caller closes the stream. A blob deleted while it is being
   * read may still be read to its end, or may fail with an {@link java.io.IOException} from the stream.
   *
   * @param contentHash the blob's lower-case hex SHA-256
   * @return a stream of the blob's bytes
   * @throws NotFoundException if no blob has this hash
   * @throws ValidationException if the hash is malformed
   * @throws ConveneException if the storage fails
   */
  InputStream open(String contentHash);

  /**
   * Looks up a stored blob.
   *
   * @param contentHash the blob's lower-case hex SHA-256
   * @return the blob, or empty if no blob has this hash
   * @throws ValidationException if the hash is malformed
   * @throws ConveneException if the storage fails
   */
  Optional<BlobRef> find(String contentHash);

  /**
   * Deletes a stored blob.
   *
   * @param contentHash the blob's lower-case hex SHA-256
   * @return whether a blob was deleted; {@code false} if none had this hash
   * @throws ValidationException if the hash is malformed
   * @throws ConveneException if the storage fails
   */
  boolean delete(String contentHash);

  /**
   * The largest blob, in bytes, that {@link #put} accepts; a blob of exactly this size is accepted.
   *
   * @return the largest size accepted, in bytes
   */
  long maxSize();
}
