package dev.convene.cli.internal;

import dev.convene.storage.jdbc.Dialect;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A JDBC URL of a database Convene's store runs on: H2 or PostgreSQL.
 *
 * @param value the URL as given
 * @param dialect the database it names
 */
record JdbcUrl(String value, Dialect dialect) {

  /** Reads {@code --jdbc-url}; any other database is a usage error. */
  static final class Converter implements ITypeConverter<JdbcUrl> {
    @Override
    public JdbcUrl convert(String value) {
      String lower = value.strip().toLowerCase(Locale.ROOT);
      if (lower.startsWith("jdbc:h2:")) {
        return new JdbcUrl(value.strip(), Dialect.H2);
      }
      if (lower.startsWith("jdbc:postgresql:")) {
        return new JdbcUrl(value.strip(), Dialect.POSTGRESQL);
      }
      throw new TypeConversionException("'" + value + "' is neither a jdbc:h2: nor a jdbc:postgresql: URL");
    }
  }
}
