/**
 * Convene's JDBC store: {@link dev.convene.storage.jdbc.JdbcStorage} keeps every store of the storage
 * SPI in H2 (the embedded default) or PostgreSQL, on a {@link javax.sql.DataSource} the embedder
 * supplies, with its schema migrations shipped inside as plain SQL.
 */
module dev.convene.storage.jdbc {
  requires transitive dev.convene.storage.spi;
  requires transitive java.sql;
  requires static org.jspecify;
  requires org.slf4j;
  requires tools.jackson.databind;

  exports dev.convene.storage.jdbc;

  // the codecs' body records, which Jackson builds and reads by reflection
  opens dev.convene.storage.jdbc.internal to tools.jackson.databind;
}
