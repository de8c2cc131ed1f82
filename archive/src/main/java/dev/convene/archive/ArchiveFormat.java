package dev.convene.archive;

/** The version of the community archive format that this library writes and reads. */
public final class ArchiveFormat {
  /** The format version a manifest names; an archive of a newer version is refused. */
  public static final int VERSION = 1;

  private ArchiveFormat() {}
}
