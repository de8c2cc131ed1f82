/**
 * Optional: a community as a portable archive (a versioned zip of JSON described by a JSON Schema,
 * with its attachments), and a person's own data exported, erased or anonymised.
 */
module dev.convene.archive {
  requires transitive dev.convene.platform;
  requires tools.jackson.databind;
  requires org.slf4j;
  requires static org.jspecify;

  exports dev.convene.archive;
}
