package dev.convene.storage.jdbc;

import dev.convene.core.ConveneException;
import dev.convene.core.internal.Checks;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/** The databases {@link JdbcStorage} runs on; each has its own migration scripts. */
public enum Dialect {
  /** H2 2.x: the embedded default, in a file or in memory. */
  H2,
  /** PostgreSQL 13 or later: the production database. */
  POSTGRESQL;

  /**
   * The dialect of the database {@code dataSource} connects to, from the product name its driver
   * reports.
   *
   * @param dataSource the connections to the database; one is borrowed, and closed, to read the
   *     product name
   * @return the database's dialect
   * @throws dev.convene.core.ValidationException if {@code dataSource} is missing
   * @throws ConveneException if no connection can be had, or the database is neither H2 nor
   *     PostgreSQL
   */
  public static Dialect detect(DataSource dataSource) {
    Checks.required(dataSource, "dataSource");
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new ConveneException("database.unavailable", Map.of(),
          "Cannot connect to the database to learn its dialect: " + e.getMessage(), e);
    }
    return fromProductName(product);
  }

  /**
   * The dialect of a database whose driver reports {@code productName}.
   *
   * @param productName the name the driver reports, as {@link
   *     java.sql.DatabaseMetaData#getDatabaseProductName()} returns it
   * @return the dialect of that database
   * @throws ConveneException if it is neither H2 nor PostgreSQL
   */
  public static Dialect fromProductName(String productName) {
    String name = Checks.required(productName, "productName").toLowerCase(Locale.ROOT);
    if (name.equals("h2")) {
      return H2;
    }
    if (name.equals("postgresql")) {
      return POSTGRESQL;
    }
    throw new ConveneException("database.unsupported", Map.of("product", productName),
        "Convene's JDBC store runs on H2 and PostgreSQL, not on \"" + productName + "\"");
  }

  /**
   * The name the store gives itself, as {@link JdbcStorage#name()} returns it.
   *
   * @return {@code "h2"} or {@code "postgresql"}
   */
  public String storageName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
