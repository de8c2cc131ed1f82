package dev.convene.storage.tck;

/**
 * What a store may promise beyond the contract every store keeps. A store declares its capabilities
 * with {@link StorageContract#capabilities()}; the tests that need one are skipped for stores that do
 * not declare it.
 */
public enum Capability {
  /**
   * The change log has no gaps: a rolled-back transaction consumes no sequence number, so the
   * sequences of committed entries are 1, 2, 3, ... The in-memory store has this; a database store
   * that draws numbers from a sequence usually does not.
   */
  GAP_FREE_CHANGE_LOG
}
