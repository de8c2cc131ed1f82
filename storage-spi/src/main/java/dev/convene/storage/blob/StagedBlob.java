package dev.convene.storage.blob;

import dev.convene.core.ConveneException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Content streamed into a temporary file, hashed and counted on the way, and forced to the disk. Only a
 * completely written file becomes a staged blob: any failure deletes the temporary file first.
 *
 * @param file the temporary file, which the caller moves into place or discards
 * @param contentHash the lower-case hex SHA-256 of the content
 * @param size the content's size in bytes
 */
record StagedBlob(Path file, String contentHash, long size) {
  private static final int BUFFER_SIZE = 64 * 1024;

  /**
   * Streams {@code content} into a new temporary file in {@code directory}; stops reading as soon as
   * the content is longer than {@code maxSize}.
   */
  static StagedBlob write(InputStream content, Path directory, long maxSize) {
    Path file;
    try {
      file = AtomicFiles.createTempFile(directory);
    } catch (IOException e) {
      throw new ConveneException("blob-store.write-failed", Map.of(), "could not create a temporary file for the blob",
          e);
    }
    try {
      return copy(content, file, maxSize);
    } catch (RuntimeException | Error e) {
      AtomicFiles.discard(file, e);
      throw e;
    }
  }

  private static StagedBlob copy(InputStream content, Path file, long maxSize) {
    MessageDigest sha256 = sha256();
    byte[] buffer = new byte[BUFFER_SIZE];
    long size = 0;
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
      for (int n = read(content, buffer); n >= 0; n = read(content, buffer)) {
        size += n;
        if (size > maxSize) {
          throw BlobChecks.tooLarge(maxSize);
        }
        sha256.update(buffer, 0, n);
        ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
        while (chunk.hasRemaining()) {
          out.write(chunk);
        }
      }
      out.force(true);
    } catch (IOException e) {
      throw new ConveneException("blob-store.write-failed", Map.of(), "could not write the blob's temporary file", e);
    }
    return new StagedBlob(file, HexFormat.of().formatHex(sha256.digest()), size);
  }

  private static int read(InputStream content, byte[] buffer) {
    try {
      return content.read(buffer);
    } catch (IOException e) {
      throw new ConveneException("blob-store.content-unreadable", Map.of(), "could not read the content to store", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256, so this cannot happen on a conforming runtime.
      throw new IllegalStateException("this Java runtime has no SHA-256", e);
    }
  }
}
