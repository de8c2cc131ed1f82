package dev.convene.search;

/** Hears how far a rebuild of the index has come. */
@FunctionalInterface
public interface RebuildProgress {
  /** Hears nothing. */
  RebuildProgress NONE = (done, total) -> { };

  /**
   * Called as the rebuild goes: first with {@code done} 0, then after each batch, last with {@code
   * done} equal to {@code total}. {@code total} is counted before indexing starts and may grow if
   * documents are added meanwhile.
   *
   * @param done how many communities and items are indexed so far
   * @param total how many there are in all
   */
  void progress(long done, long total);
}
