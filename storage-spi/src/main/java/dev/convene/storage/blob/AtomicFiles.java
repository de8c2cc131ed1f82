package dev.convene.storage.blob;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file operations that let a file appear only complete: write a temporary file, force it to the
 * disk, then rename it into place atomically. Temporary files live in one staging directory on the
 * same file system as their targets, since an atomic rename cannot cross file systems.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /** Creates an empty temporary file in {@code directory}, readable and writable by its owner only. */
  static Path createTempFile(Path directory) throws IOException {
    return Files.createTempFile(directory, "blob-", ".tmp");
  }

  /** Writes {@code bytes} to {@code target} through a temporary file in {@code staging}. */
  static void write(Path target, byte[] bytes, Path staging) throws IOException {
    Path temp = createTempFile(staging);
    try {
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      move(temp, target);
    } catch (IOException | RuntimeException | Error e) {
      discard(temp, e);
      throw e;
    }
  }

  /** Renames {@code source} to {@code target} atomically, replacing {@code target} if it exists. */
  static void move(Path source, Path target) throws IOException {
    Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    syncDirectory(target.getParent());
  }

  /** Deletes {@code file} if it exists; a failure to do so is added to {@code failure} as suppressed. */
  static void discard(Path file, Throwable failure) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Forces a directory's entries to the disk, so that a rename into it survives a power cut. */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some platforms (Windows) cannot open a directory. The rename is atomic there all the same; only
      // its durability across a power cut is left to the file system, so this is no reason to fail.
    }
  }
}
