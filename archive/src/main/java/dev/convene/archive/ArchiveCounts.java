package dev.convene.archive;

import dev.convene.core.internal.Checks;

/**
 * How much an archive holds, as its manifest states it and as an export or an import reports it.
 *
 * @param communities the community and its working groups
 * @param memberships the memberships of those communities, in every state
 * @param items the items of every kind
 * @param replies the replies of the discussions among them, hidden ones included
 * @param attachments the attachments of the documents and events among them
 * @param blobs the distinct files the attachments refer to, each stored once by its content hash
 * @param concepts the taxonomy concepts the communities and items are tagged with
 * @param subscriptions the subscriptions to those communities
 * @param auditEntries the lines of their audit logs
 * @param registrations the registrations for the events among the items, in every state
 * @param guidelines the versions of the communities' guidelines
 * @param acceptances the acceptances of those versions
 * @param votes the votes in the polls among the items
 */
public record ArchiveCounts(long communities, long memberships, long items, long replies, long attachments,
    long blobs, long concepts, long subscriptions, long auditEntries, long registrations, long guidelines,
    long acceptances, long votes) {

  /**
   * Validates the counts.
   *
   * @throws dev.convene.core.ValidationException ({@code counts}, {@code non-negative}) if a count is
   *     negative
   */
  public ArchiveCounts {
    for (long count : new long[] {communities, memberships, items, replies, attachments, blobs, concepts,
        subscriptions, auditEntries, registrations, guidelines, acceptances, votes}) {
      Checks.check(count >= 0, "counts", "non-negative", "must not be negative, not %d", count);
    }
  }
}
