package dev.convene.benchmarks.writes;

/**
 * What the report says about a database.
 *
 * @param server the product and version its driver reports
 * @param driver the JDBC driver's name and version
 * @param where where the data lives: the H2 file, or the PostgreSQL server and schema
 * @param durability when a commit reaches the disk, from the database's own settings
 */
record DatabaseFacts(String server, String driver, String where, String durability) {}
