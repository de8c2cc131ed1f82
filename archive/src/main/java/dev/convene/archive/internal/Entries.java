package dev.convene.archive.internal;

/** The names of an archive's entries; {@code docs/archive.md} describes each. */
final class Entries {
  static final String MANIFEST = "manifest.json";
  static final String COMMUNITIES = "communities.json";
  static final String CONCEPTS = "concepts.json";
  static final String MEMBERSHIPS = "memberships.jsonl";
  static final String ITEMS = "items.jsonl";
  static final String SUBSCRIPTIONS = "subscriptions.jsonl";
  /** The votes in the archive's polls; absent from an archive written before polls. */
  static final String VOTES = "votes.jsonl";
  static final String AUDIT = "audit.jsonl";
  /** The versions of the communities' guidelines; absent from archives written before there were any. */
  static final String GUIDELINES = "guidelines.jsonl";
  /** Who accepted which version of the guidelines; absent from archives written before there were any. */
  static final String GUIDELINES_ACCEPTANCES = "guidelines-acceptances.jsonl";
  /** The registrations for the archive's events; an archive written before them has none. */
  static final String REGISTRATIONS = "registrations.jsonl";
  /** Each attachment's bytes, once per content hash: {@code blobs/<sha-256>}. */
  static final String BLOBS = "blobs/";

  private Entries() {}

  static String blob(String contentHash) {
    return BLOBS + contentHash;
  }
}
