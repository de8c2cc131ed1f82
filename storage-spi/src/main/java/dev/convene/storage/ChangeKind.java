package dev.convene.storage;

/** What a write did to an aggregate. */
public enum ChangeKind {
  /** Inserted. */
  CREATED,
  /** Updated; for the taxonomy, every replace. */
  UPDATED,
  /** Deleted. */
  DELETED
}
