package dev.convene.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ConveneException;
import dev.convene.core.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The public API refuses what it cannot use, naming it, before touching a database. */
class ApiTest {

  @Test
  void dialectsByProductName() {
    assertEquals(Dialect.H2, Dialect.fromProductName("H2"));
    assertEquals(Dialect.POSTGRESQL, Dialect.fromProductName("PostgreSQL"));
    assertThrows(ConveneException.class, () -> Dialect.fromProductName("MySQL"));
    assertEquals("postgresql", Dialect.POSTGRESQL.storageName());
  }

  @Test
  void missingOrMalformedSettings() {
    assertEquals("dataSource", assertThrows(ValidationException.class, () -> JdbcStorage.create(null)).field());
    UrlDataSource dataSource = new UrlDataSource("jdbc:none", "", "");
    JdbcStorage.Builder builder = JdbcStorage.builder(dataSource);
    for (String schema : new String[] {"", "1abc", "a-b", "a\"b", "x".repeat(64)}) {
      assertEquals("schema", assertThrows(ValidationException.class, () -> builder.schema(schema)).field(), schema);
    }
    assertEquals("dialect", assertThrows(ValidationException.class, () -> builder.dialect(null)).field());
    assertEquals("clock", assertThrows(ValidationException.class, () -> builder.clock(null)).field());
    for (Duration delay : new Duration[] {null, Duration.ofMillis(-1), Duration.ofMillis(Integer.MAX_VALUE + 1L)}) {
      ValidationException refused = assertThrows(ValidationException.class, () -> builder.h2WriteDelay(delay));
      assertEquals("h2WriteDelay", refused.field(), String.valueOf(delay));
    }
  }

  @Test
  void anUnreachableDatabaseIsAConveneException() {
    assertThrows(ConveneException.class, () -> JdbcStorage.create(new UrlDataSource("jdbc:none:", "", "")));
  }
}
