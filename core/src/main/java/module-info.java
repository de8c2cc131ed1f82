// "module" warnings are suppressed because the storage modules named in the qualified export are
// built after core, so javac cannot see them yet.
/**
 * Convene's core: the domain model, the privacy policy, the membership rules and the taxonomy. It
 * does no I/O and knows nothing of storage, search or serialization.
 */
@SuppressWarnings("module")
module dev.convene.core {
  requires static transitive org.jspecify;

  exports dev.convene.core;
  exports dev.convene.core.model;
  exports dev.convene.core.event;
  exports dev.convene.core.membership;
  exports dev.convene.core.policy;
  exports dev.convene.core.taxonomy;
  exports dev.convene.core.internal to dev.convene.storage.spi, dev.convene.storage.tck, dev.convene.storage.jdbc,
      dev.convene.search, dev.convene.platform, dev.convene.testing, dev.convene.archive, dev.convene.icalendar;
}
