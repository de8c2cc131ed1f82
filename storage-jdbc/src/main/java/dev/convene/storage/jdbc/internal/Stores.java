package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.CommunityId;
import dev.convene.storage.Page;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What the JDBC stores share: the words of their refusals, references and pages. */
final class Stores {
  private Stores() {}

  /**
   * Refuses a write based on a version other than the stored one.
   *
   * @throws ConflictException naming {@code what} and both versions
   */
  static void checkVersion(String what, long stored, long read) {
    if (stored != read) {
      throw new ConflictException(what + " was changed meanwhile: version " + stored + " is stored, not " + read
          + "; read it again and retry");
    }
  }

  /** The one way a missing row is reported. */
  static NotFoundException notFound(String what) {
    return new NotFoundException(what + " not found");
  }

  /** A conditional write that changed no row although the checks before it passed: a race. */
  static ConflictException changedMeanwhile(String what) {
    return new ConflictException(what + " was changed by a concurrent transaction; read it again and retry");
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
