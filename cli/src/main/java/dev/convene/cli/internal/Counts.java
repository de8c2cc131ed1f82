package dev.convene.cli.internal;

import dev.convene.archive.ArchiveCounts;

/** An archive's counts as the commands print them. */
final class Counts {
  private Counts() {}

  static String of(ArchiveCounts counts) {
    return counts.communities() + " communities, " + counts.memberships() + " memberships, " + counts.items()
        + " items, " + counts.replies() + " replies, " + counts.attachments() + " attachments (" + counts.blobs()
        + " files), " + counts.subscriptions() + " subscriptions, " + counts.auditEntries() + " audit entries";
  }
}
