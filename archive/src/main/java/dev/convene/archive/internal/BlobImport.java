package dev.convene.archive.internal;

import dev.convene.core.ConveneException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Attachment;
import dev.convene.storage.blob.BlobRef;
import dev.convene.storage.blob.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the archive's attachment files into the target's blob store while the records are written,
 * and takes them out again if the import fails. Each file's bytes are checked against its content
 * hash and size before they are stored. Only the blobs this import created are ever deleted: a blob
 * the target already had ({@code find} answers it) is used as it is, since stores address blobs by
 * content and other attachments may share it.
 */
final class BlobImport {
  private static final Logger LOG = LoggerFactory.getLogger(BlobImport.class);

  private final ArchiveFile archive;
  private final Optional<BlobStore> store;
  private final Set<String> seen = new HashSet<>();
  private final List<String> created = new ArrayList<>();

  BlobImport(ArchiveFile archive, Optional<BlobStore> store) {
    this.archive = archive;
    this.store = store;
  }

  /**
   * Makes sure the target holds the bytes of {@code attachment}.
   *
   * @throws ValidationException if the archive lacks the bytes, or they do not match the hash or size
   * @throws ConveneException if the target has no blob store, or it fails
   */
  void require(Attachment attachment, String where) {
    String hash = attachment.contentHash();
    if (!seen.add(hash)) {
      return;
    }
    String name = Entries.blob(hash);
    ZipEntry entry = archive.entry(name).orElseThrow(() -> new ValidationException(where + ".contentHash",
        "blob-present", "the archive has no entry " + name + " with the attachment's bytes"));
    check(entry, attachment);
    BlobStore blobs = store.orElseThrow(() -> new ConveneException("blob-store.not-configured", Map.of(),
        "the archive has attachments, but the target has no blob store to keep their files"));
    if (blobs.find(hash).isPresent()) {
      return;
    }
    BlobRef stored;
    try (InputStream in = archive.open(entry)) {
      stored = blobs.put(in, attachment.mediaType());
    } catch (IOException e) {
      throw new ValidationException(name, "zip", "cannot be read from the archive: " + e.getMessage());
    }
    created.add(stored.contentHash());
    if (!stored.contentHash().equals(hash)) {
      throw new ConveneException("blob-store.hash-mismatch", Map.of(),
          "the blob store kept " + name + " under another hash, " + stored.contentHash());
    }
  }

  private void check(ZipEntry entry, Attachment attachment) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    long size;
    try (InputStream in = new DigestInputStream(archive.open(entry), sha256)) {
      size = in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new ValidationException(entry.getName(), "zip", "cannot be read from the archive: " + e.getMessage());
    }
    String actual = HexFormat.of().formatHex(sha256.digest());
    if (!actual.equals(attachment.contentHash())) {
      throw new ValidationException(entry.getName(), "content-hash",
          "the bytes have the SHA-256 " + actual + ", not the one their name and attachment give");
    }
    if (size != attachment.size()) {
      throw new ValidationException(entry.getName(), "size",
          "holds " + size + " bytes, but the attachment says " + attachment.size());
    }
  }

  /** How many distinct files the archive's attachments use. */
  long distinct() {
    return seen.size();
  }

  /** How many files the target did not have and received. */
  long stored() {
    return created.size();
  }

  /** Deletes every blob this import created; called when the import fails. Never throws. */
  void undo(Throwable failure) {
    store.ifPresent(blobs -> {
      for (String hash : created) {
        try {
          blobs.delete(hash);
        } catch (RuntimeException e) {
          LOG.warn("Could not delete blob {} of a failed archive import", hash, e);
          failure.addSuppressed(e);
        }
      }
    });
    created.clear();
  }
}
