package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.CommunityId;
import dev.convene.storage.Page;
import dev.convene.storage.internal.Refusals;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** What the JDBC stores share: the words of their refusals, references and pages. */
final class Stores {
  private Stores() {}

  /** See {@link Refusals#checkVersion}. */
  static void checkVersion(String what, long stored, long read) {
    Refusals.checkVersion(what, stored, read);
  }

  /** See {@link Refusals#notFound}. */
  static NotFoundException notFound(String what) {
    return Refusals.notFound(what);
  }

  /**
   * Requires a conditional write ({@code ... AND version = ?}) to have changed its row; none means
   * a concurrent transaction changed it after the checks before the write passed.
   *
   * @throws ConflictException naming {@code what} if {@code rows} is 0
   */
  static void changedOne(int rows, String what) {
    if (rows == 0) {
      throw new ConflictException(ConflictException.CONCURRENT_CHANGE, Map.of(),
          what + " was changed by a concurrent transaction; read it again and retry");
    }
  }

  /**
   * Requires the community a row refers to.
   *
   * @throws NotFoundException if it does not exist
   */
  static void requireCommunity(Sql sql, Tables tables, CommunityId community) throws SQLException {
    if (!sql.exists("SELECT 1 FROM " + tables.community() + " WHERE id = ?", community)) {
      throw notFound("community " + community);
    }
  }

  /**
   * The page of at most {@code limit} of {@code upToOneMore} (read with a limit of one more), with
   * the cursor of its last row when more follow.
   */
  static <R> Page<R> page(List<R> upToOneMore, int limit, Function<R, String> cursorOf) {
    if (upToOneMore.size() <= limit) {
      return new Page<>(upToOneMore, Optional.empty());
    }
    List<R> rows = upToOneMore.subList(0, limit);
    return new Page<>(rows, Optional.of(cursorOf.apply(rows.get(limit - 1))));
  }
}
