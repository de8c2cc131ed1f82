package dev.convene.storage.blob;

import java.nio.file.Path;

/**
 * Where a {@link FileSystemBlobStore} keeps what: the blob with hash {@code abcd…} at {@code
 * root/ab/cd/abcd…}, its media type beside it in {@code abcd….media-type}, and files being written in
 * {@code root/incoming}. Two levels of 256 directories keep every directory small.
 *
 * @param root the store's root directory, absolute and normalized
 */
record BlobLayout(Path root) {
  /** The name of the staging directory; it cannot clash with the two-hex-digit directories. */
  static final String INCOMING = "incoming";

  /** The suffix of the file that holds a blob's media type. */
  static final String MEDIA_TYPE_SUFFIX = ".media-type";

  /** The staging directory, where temporary files are written before they move into place. */
  Path incoming() {
    return root.resolve(INCOMING);
  }

  /** The blob file for a valid lower-case hex SHA-256. */
  Path blob(String contentHash) {
    return root.resolve(contentHash.substring(0, 2)).resolve(contentHash.substring(2, 4)).resolve(contentHash);
  }

  /** The file that holds the media type of the blob with this hash. */
  Path mediaType(String contentHash) {
    return blob(contentHash).resolveSibling(contentHash + MEDIA_TYPE_SUFFIX);
  }
}
