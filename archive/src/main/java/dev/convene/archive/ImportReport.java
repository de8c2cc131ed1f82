package dev.convene.archive;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import java.util.List;
import java.util.Map;

/**
 * What {@link CommunityArchives#importArchive} stored.
 *
 * @param community the id of the imported community in the target (new if ids were remapped)
 * @param slug its slug in the target (another one if it was renamed)
 * @param communities the id in the target of every imported community, by its id in the archive
 * @param renamedSlugs the slugs that were taken in the target, each with the one the community got
 *     instead; empty unless {@link ImportOptions.SlugConflicts#RENAME}
 * @param counts what was stored; {@code blobs} counts the files the archive carries, whether or not
 *     the target already had them
 * @param blobsStored how many of those files the target's blob store did not have and received
 * @param missingConcepts the concepts the target taxonomy lacks, whose tags were dropped
 */
public record ImportReport(CommunityId community, String slug, Map<CommunityId, CommunityId> communities,
    Map<String, String> renamedSlugs, ArchiveCounts counts, long blobsStored, List<MissingConcept> missingConcepts) {

  /**
   * Validates and copies the report.
   *
   * @throws dev.convene.core.ValidationException if a value is missing
   */
  public ImportReport {
    Checks.required(community, "community");
    Checks.required(slug, "slug");
    communities = Map.copyOf(Checks.required(communities, "communities"));
    renamedSlugs = Map.copyOf(Checks.required(renamedSlugs, "renamedSlugs"));
    Checks.required(counts, "counts");
    missingConcepts = List.copyOf(Checks.noNulls(missingConcepts, "missingConcepts"));
  }
}
