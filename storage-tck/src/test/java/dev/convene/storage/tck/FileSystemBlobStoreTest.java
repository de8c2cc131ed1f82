package dev.convene.storage.tck;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ValidationException;
import dev.convene.storage.blob.BlobRef;
import dev.convene.storage.blob.BlobStore;
import dev.convene.storage.blob.FileSystemBlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest extends BlobStoreContract {
  /** A blob at {@code ab/cd/abcd…}, or its media-type file beside it. */
  private static final Pattern STORED = Pattern.compile(
      "(?<a>[0-9a-f]{2})/(?<b>[0-9a-f]{2})/(?<hash>\\k<a>\\k<b>[0-9a-f]{60})(?<type>\\.media-type)?");

  @TempDir
  Path root;

  @Override
  protected BlobStore createBlobStore(long maxSize) {
    return FileSystemBlobStore.builder().root(root).maxSize(maxSize).build();
  }

  /** Only complete blobs, each with its media-type file, in the layout; nothing being written. */
  @Override
  protected void assertNothingLeftBehind() {
    assertEquals(List.of(), list(root.resolve("incoming")), "temporary files");
    for (Path file : files()) {
      String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
      Matcher stored = STORED.matcher(relative);
      assertTrue(stored.matches(), () -> "unexpected file " + relative);
      Path partner = file.resolveSibling(stored.group("hash") + (stored.group("type") == null ? ".media-type" : ""));
      assertTrue(Files.isRegularFile(partner), () -> relative + " is alone");
    }
  }

  @Nested
  @DisplayName("File layout")
  class Layout {
    @Test
    @DisplayName("a blob lives at root/ab/cd/<hash>, its media type beside it, and nothing else is left")
    void layout() throws IOException {
      createBlobStore(LIMIT).put(new ByteArrayInputStream("abc".getBytes(US_ASCII)), "text/plain");
      Path directory = root.resolve("ba").resolve("78");
      assertArrayEquals("abc".getBytes(US_ASCII), Files.readAllBytes(directory.resolve(ABC_SHA_256)));
      assertEquals("text/plain", Files.readString(directory.resolve(ABC_SHA_256 + ".media-type"), US_ASCII));
      assertEquals(List.of(directory.resolve(ABC_SHA_256), directory.resolve(ABC_SHA_256 + ".media-type")), files());
    }

    @Test
    @DisplayName("content is written to a temporary file in root/incoming while it is read")
    void staging() {
      BlobStore store = createBlobStore(LIMIT);
      InputStream content = new ByteArrayInputStream("abc".getBytes(US_ASCII)) {
        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
          assertEquals(1, list(root.resolve("incoming")).size(), "one temporary file while reading");
          return super.read(buffer, offset, length);
        }
      };
      store.put(content, "text/plain");
      assertEquals(List.of(), list(root.resolve("incoming")));
    }

    @Test
    @DisplayName("a new store on the same root finds the blobs stored before")
    void reopen() {
      BlobRef ref = createBlobStore(LIMIT).put(new ByteArrayInputStream(new byte[] {1, 2, 3}), "image/png");
      assertEquals(Optional.of(ref), FileSystemBlobStore.create(root).find(ref.contentHash()));
    }
  }

  @Nested
  @DisplayName("Settings")
  class Settings {
    @Test
    @DisplayName("create uses a 100 MiB limit, creates the root with its parents and is named file-system")
    void defaults() {
      FileSystemBlobStore store = FileSystemBlobStore.create(root.resolve("a/b"));
      assertEquals(100L * 1024 * 1024, store.maxSize());
      assertEquals("file-system", store.name());
      assertTrue(Files.isDirectory(root.resolve("a/b/incoming")));
    }

    @Test
    @DisplayName("building without a root fails, naming the root")
    void rootRequired() {
      assertRule("root", "required", () -> FileSystemBlobStore.builder().maxSize(10).build());
    }

    @Test
    @DisplayName("a root that is a file is rejected")
    void rootIsFile() throws IOException {
      Path file = Files.writeString(root.resolve("file"), "x");
      assertRule("root", "directory", () -> FileSystemBlobStore.create(file));
    }

    @Test
    @DisplayName("a maximum size that is not positive is rejected at once")
    void maxSizePositive() {
      assertRule("maxSize", "positive", () -> FileSystemBlobStore.builder().maxSize(0));
      assertRule("maxSize", "positive", () -> FileSystemBlobStore.builder().maxSize(-1));
    }

    @Test
    @DisplayName("setting the root or the maximum size again to another value is rejected at once, naming it")
    void setOnce() {
      FileSystemBlobStore.Builder builder = FileSystemBlobStore.builder().root(root).maxSize(10);
      builder.root(root).maxSize(10);
      ValidationException e = assertRule("root", "already-set", () -> builder.root(root.resolve("other")));
      assertTrue(e.getMessage().contains(root.toString()), e.getMessage());
      e = assertRule("maxSize", "already-set", () -> builder.maxSize(11));
      assertTrue(e.getMessage().contains("10"), e.getMessage());
      assertEquals(10, builder.build().maxSize());
    }
  }

  private List<Path> files() {
    try (Stream<Path> tree = Files.walk(root)) {
      return tree.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
