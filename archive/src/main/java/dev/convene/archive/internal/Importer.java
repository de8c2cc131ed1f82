package dev.convene.archive.internal;

import dev.convene.archive.ImportOptions;
import dev.convene.archive.ImportReport;
import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConveneException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.platform.Convene;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads an archive into the target in one store transaction: communities, memberships, items with
 * their attachment files, subscriptions and audit logs. Anything wrong rolls the transaction back and
 * deletes the blobs the import created, so that a failed import leaves nothing behind.
 */
public final class Importer {
  private final Convene convene;

  public Importer(Convene convene) {
    this.convene = convene;
  }

  /** Imports the archive in the file {@code path}. */
  public ImportReport importArchive(Actor actor, Path path, ImportOptions options) {
    return importArchive(actor, () -> ArchiveFile.open(path), options);
  }

  /** Imports the archive read from {@code in}, copied to a temporary file first. */
  public ImportReport importArchive(Actor actor, InputStream in, ImportOptions options) {
    return importArchive(actor, () -> ArchiveFile.copy(in), options);
  }

  private ImportReport importArchive(Actor actor, Supplier<ArchiveFile> source, ImportOptions options) {
    if (!actor.isPlatformAdmin()) {
      throw new AccessDeniedException(AccessDeniedException.PLATFORM_ADMIN_ONLY, Map.of(),
          "only platform admins import community archives");
    }
    try (ArchiveFile archive = source.get()) {
      Manifest manifest = Manifest.read(archive.json(Entries.MANIFEST));
      List<Community> communities = archive.array(Entries.COMMUNITIES, CommunityJson::read);
      checkCommunities(manifest, communities);
      List<ConceptJson.Described> concepts = archive.array(Entries.CONCEPTS, ConceptJson::read);
      if (manifest.counts().blobs() > 0 && convene.blobStore().isEmpty()) {
        throw new ConveneException("blob-store.not-configured", Map.of(),
            "the archive has attachments, but the target has no blob store to keep their files");
      }
      BlobImport blobs = new BlobImport(archive, convene.blobStore());
      try {
        return convene.storage().inTransaction(tx ->
            new ImportRun(convene.clock(), tx, actor, archive, manifest, options, blobs, concepts, communities,
                convene.policy().settings().curatePublicContent()).all());
      } catch (RuntimeException | Error e) {
        blobs.undo(e);
        throw e;
      }
    }
  }

  /** The root first, then its working groups, each inside the archive's root. */
  private static void checkCommunities(Manifest manifest, List<Community> communities) {
    if (communities.isEmpty() || !communities.get(0).id().equals(manifest.community())) {
      throw new ValidationException(Entries.COMMUNITIES, "root-first",
          "must start with the community the manifest names, " + manifest.community());
    }
    for (int i = 1; i < communities.size(); i++) {
      Community group = communities.get(i);
      String where = Entries.COMMUNITIES + "[" + i + "]";
      if (!group.parent().equals(Optional.of(manifest.community()))) {
        throw new ValidationException(where + ".parent", "parent-in-archive",
            "community " + group.id() + " must be a working group of " + manifest.community());
      }
      // Only the structure is checked here. A group may declare itself more open than its parent, or
      // outlive the parent's working groups section: the platform leaves both so when the parent
      // changes later, and the group's effective privacy is the parent's.
      if (communities.get(0).isWorkingGroup()) {
        throw new ValidationException(where + ".parent", "one-level",
            "community " + group.id() + " is in a working group, and working groups contain none");
      }
    }
  }
}
