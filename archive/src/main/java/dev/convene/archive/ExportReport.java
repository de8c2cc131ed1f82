package dev.convene.archive;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import java.time.Instant;

/**
 * What {@link CommunityArchives#export} wrote.
 *
 * @param community the exported community
 * @param slug its slug
 * @param exportedAt when the export started, by the platform's clock, as the manifest states it
 * @param counts what the archive holds
 */
public record ExportReport(CommunityId community, String slug, Instant exportedAt, ArchiveCounts counts) {

  /**
   * Validates the report.
   *
   * @throws dev.convene.core.ValidationException if a value is missing
   */
  public ExportReport {
    Checks.required(community, "community");
    Checks.required(slug, "slug");
    Checks.required(exportedAt, "exportedAt");
    Checks.required(counts, "counts");
  }
}
