/**
 * The operators' command line: {@link dev.convene.cli.ConveneCli} migrates the schema, rebuilds the
 * search index, counts what the store holds and moves data in and out, one small command each.
 */
// H2 and the PostgreSQL driver, the databases the operator opens, are automatic modules.
@SuppressWarnings("requires-automatic")
module dev.convene.cli {
  requires dev.convene.platform;
  requires dev.convene.storage.jdbc;
  requires dev.convene.archive;
  requires dev.convene.skos;
  requires transitive info.picocli; // ConveneCli.commandLine() hands out picocli's CommandLine
  requires me.tongfei.progressbar;
  requires com.h2database;
  requires org.postgresql.jdbc;
  requires java.naming; // H2's JdbcDataSource is Referenceable
  requires org.slf4j;
  requires java.logging; // Lucene's log
  requires static org.jspecify;

  exports dev.convene.cli;
  // picocli reads and sets the commands' annotated fields
  opens dev.convene.cli to info.picocli;
  opens dev.convene.cli.internal to info.picocli;
}
