package dev.convene.search;

/**
 * What the index holds now, for monitoring and for tests that must show nothing was reindexed.
 *
 * @param documents the live documents searches see
 * @param maxDoc the documents searches see, deleted ones not yet merged away included
 * @param documentsWritten how many documents were written (added or rewritten) since the index
 *     was opened
 * @param visibleSequence the change-log sequence up to which every change is searchable
 * @param filterCacheHits how many per-segment privacy filters were found cached
 * @param filterCacheMisses how many per-segment privacy filters were computed
 * @param failures how many items and communities the index could not index and skipped, as {@link
 *     SearchIndex#failures()} lists them
 * @param segments how many segments searches run over: each is looked up for every word of a query
 */
public record IndexStats(long documents, long maxDoc, long documentsWritten, long visibleSequence,
    long filterCacheHits, long filterCacheMisses, long failures, int segments) {}
