/** Runnable examples of embedding Convene. */
// H2, the embedded database of the main job, is an automatic module.
@SuppressWarnings("requires-automatic")
module dev.convene.examples {
  requires dev.convene.platform;
  requires dev.convene.storage.jdbc;
  requires com.h2database;
  requires java.naming; // H2's JdbcDataSource is Referenceable
}
