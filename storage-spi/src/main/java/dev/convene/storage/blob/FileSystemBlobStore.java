package dev.convene.storage.blob;

import static java.nio.charset.StandardCharsets.US_ASCII;

import dev.convene.core.ConveneException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link BlobStore}: one file per blob under a root directory, at {@code root/ab/cd/<hash>}
 * for a hash that starts {@code abcd}, with its media type in a small file beside it ({@code
 * <hash>.media-type}).
 *
 * <p>A put streams the content into a temporary file in {@code root/incoming}, hashing and counting as it
 * goes, forces it to the disk and renames it into place atomically; if the blob already exists, the
 * temporary file is discarded. The media-type file is written the same way, and before the blob, so a
 * blob that can be seen always has its media type. A put that fails, or whose content is too large,
 * leaves no file behind. Readers therefore never see a partial blob, and concurrent puts of the same
 * bytes are safe: they race only to rename identical content into place.
 *
 * <p>Within one store, committing and deleting the same hash never interleave, so the first media type
 * stored for some bytes is the one kept. Several processes may share one root (on shared storage that
 * renames atomically); they then still never see partial blobs, but two of them storing the same bytes
 * with different media types at the same moment may keep either type. Directories are never removed,
 * and a temporary file left in {@code incoming} by a crashed process may be deleted while no put is
 * running. Files are created readable and writable by their owner only, where the file system has POSIX
 * permissions. Instances are thread-safe.
 */
public final class FileSystemBlobStore implements BlobStore {
  /** The default {@link #maxSize()}: 100 MiB. */
  public static final long DEFAULT_MAX_SIZE = 100L * 1024 * 1024;

  private static final int LOCK_STRIPES = 64;

  private final BlobLayout layout;
  private final long maxSize;
  private final HashLocks locks = new HashLocks(LOCK_STRIPES);

  private FileSystemBlobStore(BlobLayout layout, long maxSize) {
    this.layout = layout;
    this.maxSize = maxSize;
  }

  /**
   * A store under {@code root} that accepts blobs up to {@link #DEFAULT_MAX_SIZE}; the directory is
   * created if it does not exist.
   *
   * @param root the directory to keep the blobs in
   * @return the store
   * @throws ValidationException if {@code root} is missing or is not a directory
   * @throws ConveneException if the directory cannot be created
   */
  public static FileSystemBlobStore create(Path root) {
    return builder().root(root).build();
  }

  /**
   * A builder, for settings other than the defaults.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns {@code "file-system"}. */
  @Override
  public String name() {
    return "file-system";
  }

  /**
   * {@inheritDoc}
   *
   * <p>The content is staged in {@code root/incoming} and renamed into place once complete.
   */
  @Override
  public BlobRef put(InputStream content, String mediaType) {
    BlobChecks.required(content, "content");
    String type = BlobChecks.mediaType(mediaType);
    StagedBlob staged = StagedBlob.write(content, layout.incoming(), maxSize);
    try {
      return locks.withLock(staged.contentHash(), () -> commit(staged, type));
    } catch (RuntimeException | Error e) {
      AtomicFiles.discard(staged.file(), e);
      throw e;
    }
  }

  private BlobRef commit(StagedBlob staged, String mediaType) {
    String hash = staged.contentHash();
    Path blob = layout.blob(hash);
    Optional<String> stored = Files.exists(blob) ? readMediaType(hash) : Optional.empty();
    try {
      if (stored.isPresent()) {
        Files.delete(staged.file());
        return new BlobRef(hash, staged.size(), stored.get());
      }
      Files.createDirectories(blob.getParent());
      Path typeFile = layout.mediaType(hash);
      AtomicFiles.write(typeFile, mediaType.getBytes(US_ASCII), layout.incoming());
      try {
        AtomicFiles.move(staged.file(), blob);
      } catch (IOException | RuntimeException | Error e) {
        AtomicFiles.discard(typeFile, e);
        throw e;
      }
      return new BlobRef(hash, staged.size(), mediaType);
    } catch (IOException e) {
      throw new ConveneException("blob-store.write-failed", Map.of(), "could not move the blob into place", e);
    }
  }

  /** {@inheritDoc} The stream is not buffered. */
  @Override
  public InputStream open(String contentHash) {
    String hash = BlobChecks.contentHash(contentHash);
    try {
      return Files.newInputStream(layout.blob(hash));
    } catch (NoSuchFileException e) {
      throw notFound(hash);
    } catch (IOException e) {
      throw new ConveneException("blob-store.read-failed", Map.of(), "could not open the blob file", e);
    }
  }

  /** {@inheritDoc} A blob whose media-type file is missing counts as absent. */
  @Override
  public Optional<BlobRef> find(String contentHash) {
    String hash = BlobChecks.contentHash(contentHash);
    long size;
    try {
      size = Files.size(layout.blob(hash));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new ConveneException("blob-store.read-failed", Map.of(), "could not read the size of the blob file", e);
    }
    return readMediaType(hash).map(type -> new BlobRef(hash, size, type));
  }

  /** {@inheritDoc} The blob's directories are kept, since a concurrent put may be about to use them. */
  @Override
  public boolean delete(String contentHash) {
    String hash = BlobChecks.contentHash(contentHash);
    return locks.withLock(hash, () -> {
      try {
        // The blob goes first: a blob that can be seen always has its media type.
        boolean existed = Files.deleteIfExists(layout.blob(hash));
        Files.deleteIfExists(layout.mediaType(hash));
        return existed;
      } catch (IOException e) {
        throw new ConveneException("blob-store.delete-failed", Map.of(), "could not delete the blob file", e);
      }
    });
  }

  /** {@inheritDoc} */
  @Override
  public long maxSize() {
    return maxSize;
  }

  /** Names the class and its size limit, but not the root, which may reveal the host's layout. */
  @Override
  public String toString() {
    return "FileSystemBlobStore[maxSize=" + maxSize + "]";
  }

  private Optional<String> readMediaType(String hash) {
    String type;
    try {
      type = Files.readString(layout.mediaType(hash), US_ASCII);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new ConveneException("blob-store.read-failed", Map.of(), "could not read the blob's media-type file", e);
    }
    try {
      return Optional.of(BlobChecks.mediaType(type));
    } catch (ValidationException e) {
      throw new ConveneException("blob-store.damaged", Map.of(), "the blob's media-type file is damaged", e);
    }
  }

  private static NotFoundException notFound(String hash) {
    return new NotFoundException("no blob has the content hash " + hash);
  }

  /**
   * Settings for a {@link FileSystemBlobStore}. Each setting may be made once; setting it again to
   * another value fails at once ({@link ValidationException}, rule {@code already-set}).
   */
  public static final class Builder {
    private @Nullable Path root;
    private @Nullable Long maxSize;

    private Builder() {}

    /**
     * The directory that holds the blobs; required. It is created, with its parents, by {@link #build()}.
     *
     * @param root the directory to keep the blobs in
     * @return this builder
     * @throws ValidationException if {@code root} is missing, or the root was already set to another path
     */
    public Builder root(Path root) {
      BlobChecks.required(root, "root");
      Path normalized = root.toAbsolutePath().normalize();
      requireUnset("root", this.root, normalized);
      this.root = normalized;
      return this;
    }

    /**
     * The largest blob in bytes that {@link BlobStore#put} accepts; {@link #DEFAULT_MAX_SIZE} by default.
     *
     * @param bytes the largest size, in bytes
     * @return this builder
     * @throws ValidationException if {@code bytes} is not positive (rule {@code positive}), or the maximum
     *     size was already set to another value
     */
    public Builder maxSize(long bytes) {
      if (bytes <= 0) {
        throw new ValidationException("maxSize", "positive", "must be positive, was " + bytes);
      }
      requireUnset("maxSize", maxSize, bytes);
      maxSize = bytes;
      return this;
    }

    /**
     * Creates the root directory and its staging directory if need be, and returns the store.
     *
     * @return the store
     * @throws ValidationException if no root was set, or the root exists and is not a directory
     * @throws ConveneException if the directories cannot be created
     */
    public FileSystemBlobStore build() {
      BlobLayout layout = new BlobLayout(BlobChecks.required(root, "root"));
      if (Files.exists(layout.root()) && !Files.isDirectory(layout.root())) {
        throw new ValidationException("root", "directory", "must be a directory");
      }
      try {
        Files.createDirectories(layout.incoming());
      } catch (IOException e) {
        throw new ConveneException("blob-store.write-failed", Map.of(),
            "could not create the blob store's root directory", e);
      }
      return new FileSystemBlobStore(layout, maxSize == null ? DEFAULT_MAX_SIZE : maxSize);
    }

    private static void requireUnset(String setting, @Nullable Object current, Object value) {
      if (current != null && !current.equals(value)) {
        throw new ValidationException(setting, "already-set", "was already set to " + current);
      }
    }
  }
}
