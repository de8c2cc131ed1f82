package dev.convene.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites entries of an archive, to break it in one chosen way. */
final class Zips {
  private Zips() {}

  /**
   * A copy of {@code archive} with each entry named in {@code changes} replaced by what its function
   * returns for its bytes, or left out when that is null.
   */
  static byte[] rewrite(byte[] archive, Map<String, UnaryOperator<byte[]>> changes) {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
        ZipOutputStream out = new ZipOutputStream(copy)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        UnaryOperator<byte[]> change = changes.getOrDefault(entry.getName(), UnaryOperator.identity());
        byte[] changed = change.apply(bytes);
        if (changed != null) {
          out.putNextEntry(new ZipEntry(entry.getName()));
          out.write(changed);
          out.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return copy.toByteArray();
  }

  /** A change of an entry's text. */
  static UnaryOperator<byte[]> text(UnaryOperator<String> change) {
    return bytes -> change.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A change that leaves the entry out. */
  static UnaryOperator<byte[]> removed() {
    return bytes -> null;
  }
}
