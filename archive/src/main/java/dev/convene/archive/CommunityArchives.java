package dev.convene.archive;

import dev.convene.archive.internal.Exporter;
import dev.convene.archive.internal.Importer;
import dev.convene.core.ConveneException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.platform.Convene;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A community as a portable archive: a zip of JSON files, described by JSON Schemas shipped beside
 * this class ({@code dev/convene/archive/schema/*.json}), with its attachments' files. Export writes a
 * community, and its working groups if asked, from one Convene; import reads it into another, on any
 * store, all or nothing. See {@code docs/archive.md} for the format and the rules.
 *
 * <pre>{@code
 * CommunityArchives archives = CommunityArchives.of(convene);
 * archives.export(admin, water.id(), ExportOptions.defaults().withWorkingGroups(true), Path.of("water.zip"));
 * ImportReport report = other.importArchive(platformAdmin, Path.of("water.zip"),
 *     ImportOptions.defaults().withSlugConflicts(ImportOptions.SlugConflicts.RENAME));
 * }</pre>
 *
 * <p>Memory stays flat whatever the community's size: an export reads the store a page at a time and
 * writes item after item; an import streams the large files line by line into one store transaction
 * (which a store may itself hold in memory until it commits, as the in-memory store does).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CommunityArchives {
  private final Exporter exporter;
  private final Importer importer;

  private CommunityArchives(Convene convene) {
    this.exporter = new Exporter(convene);
    this.importer = new Importer(convene);
  }

  /**
   * Archives of the communities of {@code convene}, whose store, blob store, clock and policy they use.
   *
   * @param convene the platform
   * @return the archives
   * @throws dev.convene.core.ValidationException if {@code convene} is missing
   */
  public static CommunityArchives of(Convene convene) {
    return new CommunityArchives(Checks.required(convene, "convene"));
  }

  /**
   * Writes the community as an archive to {@code out}, which is left open. The export is recorded in
   * the community's audit log ({@code COMMUNITY_EXPORTED}) once the archive is written.
   *
   * <p>Who may: the community's admins and platform admins. The store is read a page at a time, so
   * what changes meanwhile may or may not be in the archive; the manifest's counts always match it.
   * With {@link ExportOptions#workingGroups()}, working groups the actor may not administer are left
   * out as if they did not exist.
   *
   * @param actor an admin of the community
   * @param community the community's id
   * @param options what to include
   * @param out where to write the archive
   * @return what was written
   * @throws dev.convene.core.ValidationException if an argument is missing
   * @throws dev.convene.core.NotFoundException if the community does not exist or the actor may not
   *     know it exists (a hidden group to an outsider)
   * @throws dev.convene.core.AccessDeniedException if the actor may see the community but does not
   *     administer it
   * @throws ConveneException if writing fails, or the community has attachments whose files the
   *     platform's blob store lacks or cannot be read without one
   */
  public ExportReport export(Actor actor, CommunityId community, ExportOptions options, OutputStream out) {
    Checks.required(actor, "actor");
    Checks.required(community, "community");
    Checks.required(options, "options");
    Checks.required(out, "out");
    return exporter.export(actor, community, options, out);
  }

  /**
   * Writes the community as an archive to the file {@code path}, replacing it; as {@link
   * #export(Actor, CommunityId, ExportOptions, OutputStream)}. A failed export leaves no file.
   *
   * @param actor an admin of the community
   * @param community the community's id
   * @param options what to include
   * @param path the file to write
   * @return what was exported
   * @throws dev.convene.core.ValidationException if an argument is missing
   * @throws ConveneException if the file cannot be written; or as the stream variant throws
   */
  public ExportReport export(Actor actor, CommunityId community, ExportOptions options, Path path) {
    Checks.required(path, "path");
    Checks.required(actor, "actor");
    boolean done = false;
    try (OutputStream out = Files.newOutputStream(path)) {
      ExportReport report = export(actor, community, options, out);
      done = true;
      return report;
    } catch (IOException e) {
      throw new ConveneException("archive.write-failed", Map.of(),
          "cannot write the archive to " + path + ": " + e.getMessage(), e);
    } finally {
      if (!done) {
        deleteQuietly(path);
      }
    }
  }

  /**
   * Reads an archive into this platform, all or nothing: the records in one store transaction, the
   * attachments' files into the blob store before it commits. On any failure the transaction rolls
   * back and the files this import added are deleted again, so nothing is left behind. Each imported
   * community's audit log records the import ({@code COMMUNITY_IMPORTED}). A working group archived on
   * its own that is not private through its parent in the target, on a platform that curates public
   * content, has its published public-declared items imported as submitted, for curators (each
   * audited as {@code ITEM_REVIEWED}): the archive does not say whether they were ever public. The
   * stream is read to its end and copied to a temporary file first (an archive is read by entry), and
   * is not closed.
   *
   * @param actor who imports
   * @param archive the archive's bytes; the stream is not closed
   * @param options how to treat ids, slugs, concepts and users
   * @return what was stored, with the concepts whose tags were dropped
   * @throws dev.convene.core.ValidationException if an argument is missing; if the archive is broken
   *     (not a zip, no manifest, a newer format version, malformed JSON, an invalid value, an
   *     attachment whose file is missing or does not match its hash), naming the entry and the
   *     problem; or if the target taxonomy lacks a concept the archive uses and {@link
   *     ImportOptions.MissingConcepts#REFUSE} applies
   * @throws dev.convene.core.AccessDeniedException unless the actor is a platform admin
   * @throws dev.convene.core.ConflictException if a slug is taken and {@link
   *     ImportOptions.SlugConflicts#REFUSE} applies (the message names the slug), or with kept ids if
   *     the target holds a community or item with one of the archive's ids
   * @throws dev.convene.core.NotFoundException if the archive's community is a working group whose
   *     parent is neither in the archive nor in the target
   * @throws ConveneException if the archive has attachments and the platform has no blob store, or the
   *     store fails
   */
  public ImportReport importArchive(Actor actor, InputStream archive, ImportOptions options) {
    Checks.required(actor, "actor");
    Checks.required(archive, "archive");
    Checks.required(options, "options");
    return importer.importArchive(actor, archive, options);
  }

  /**
   * Reads the archive in the file {@code path} into this platform; as {@link #importArchive(Actor,
   * InputStream, ImportOptions)}, without the copy.
   *
   * @param actor who imports
   * @param path the archive's file
   * @param options how to treat ids, slugs, concepts and users
   * @return what was imported
   * @throws dev.convene.core.ValidationException if an argument is missing or the archive is broken
   */
  public ImportReport importArchive(Actor actor, Path path, ImportOptions options) {
    Checks.required(actor, "actor");
    Checks.required(path, "path");
    Checks.required(options, "options");
    return importer.importArchive(actor, path, options);
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // the export already failed with its own exception; a leftover file is the lesser harm
    }
  }
}
