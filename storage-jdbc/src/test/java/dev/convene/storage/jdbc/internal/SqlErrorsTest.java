package dev.convene.storage.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConflictException;
import dev.convene.core.ConveneException;
import dev.convene.core.NotFoundException;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each database failure becomes the Convene exception the storage rules name, for both databases' messages. */
class SqlErrorsTest {

  static Stream<Arguments> failures() {
    String insert = "INSERT INTO convene_item (id) VALUES (?)";
    String delete = "DELETE FROM convene_community WHERE id = ?";
    return Stream.of(
        Arguments.of("40001", 0, "ERROR: could not serialize access due to concurrent update", insert,
            ConflictException.class, "concurrent"),
        Arguments.of("40P01", 0, "ERROR: deadlock detected", insert, ConflictException.class, "concurrent"),
        Arguments.of("40001", 40001, "Deadlock detected. The current transaction was rolled back.", insert,
            ConflictException.class, "concurrent"),
        Arguments.of("HYT00", 50200, "Timeout trying to lock table", insert, ConflictException.class, "concurrent"),
        Arguments.of("55P03", 0, "ERROR: could not obtain lock", insert, ConflictException.class, "concurrent"),
        Arguments.of("23505", 0, "ERROR: duplicate key value violates unique constraint \"convene_community_slug_key\"",
            insert, UniqueViolation.class, "convene_community_slug_key"),
        Arguments.of("23505", 23505, "Unique index or primary key violation: \"PUBLIC.CONVENE_COMMUNITY_SLUG_KEY_INDEX_8"
            + " ON PUBLIC.CONVENE_COMMUNITY(SLUG)\"", insert, UniqueViolation.class, "convene_community_slug_key"),
        Arguments.of("23503", 0, "ERROR: insert or update on table \"convene_item\" violates foreign key constraint"
            + " \"convene_item_community_fk\"", insert, NotFoundException.class, "convene_item_community_fk"),
        Arguments.of("23506", 23506, "Referential integrity constraint violation: \"CONVENE_ITEM_COMMUNITY_FK: ...\"",
            insert, NotFoundException.class, "convene_item_community_fk"),
        Arguments.of("23503", 0, "ERROR: update or delete on table \"convene_community\" violates foreign key"
            + " constraint \"convene_item_community_fk\" on table \"convene_item\"", delete, ConflictException.class,
            "convene_item_community_fk"),
        Arguments.of("23503", 23503, "Referential integrity constraint violation: \"CONVENE_MEMBERSHIP_COMMUNITY_FK:"
            + " ...\"", delete, ConflictException.class, "convene_membership_community_fk"),
        Arguments.of("08006", 0, "An I/O error occurred while sending to the backend.", insert,
            ConveneException.class, "08006"));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("failures")
  void translated(String state, int code, String message, String statement, Class<? extends ConveneException> type,
      String named) {
    ConveneException e = SqlErrors.translate(new SQLException(message, state, code), statement);
    assertEquals(type, e.getClass(), e.toString());
    assertTrue(e.getMessage().contains(named), e.getMessage());
    assertInstanceOf(SQLException.class, e.getCause());
  }
}
