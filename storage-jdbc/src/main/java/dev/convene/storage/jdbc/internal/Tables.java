package dev.convene.storage.jdbc.internal;

import java.util.Optional;

/**
 * The names of the store's tables as statements write them: qualified with the schema the store was
 * given, or bare (found through the connection's current schema) when it was given none.
 */
record Tables(
    String community,
    String communityConcept,
    String membership,
    String item,
    String itemConcept,
    String taxonomy,
    String audit,
    String report,
    String reportReporter,
    String subscription,
    String registration,
    String guidelines,
    String acceptance,
    String vote,
    String digest,
    String outbox,
    String change,
    String changeLock,
    String store) {

  /** The tables in {@code schema}, or in the connection's current schema when it is empty. */
  static Tables in(Optional<String> schema) {
    String prefix = schema.map(name -> "\"" + name + "\".").orElse("");
    return new Tables(prefix + "convene_community", prefix + "convene_community_concept",
        prefix + "convene_membership", prefix + "convene_item", prefix + "convene_item_concept",
        prefix + "convene_taxonomy", prefix + "convene_audit", prefix + "convene_report",
        prefix + "convene_report_reporter", prefix + "convene_subscription", prefix + "convene_registration",
        prefix + "convene_guidelines", prefix + "convene_guidelines_acceptance", prefix + "convene_poll_vote",
        prefix + "convene_digest", prefix + "convene_outbox",
        prefix + "convene_change", prefix + "convene_change_lock", prefix + "convene_store");
  }
}
