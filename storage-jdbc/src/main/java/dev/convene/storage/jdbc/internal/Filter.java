package dev.convene.storage.jdbc.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** The WHERE clause of a listing, built from the filters that are set, with its parameters in order. */
final class Filter {
  private final List<String> clauses = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  /** Adds {@code clause}, whose {@code ?} take {@code values}. */
  Filter where(String clause, Object... values) {
    clauses.add(clause);
    Collections.addAll(params, values);
    return this;
  }

  /** Keeps rows whose {@code column} is one of {@code values}; an empty collection does not filter. */
  Filter in(String column, Collection<?> values) {
    if (!values.isEmpty()) {
      where(column + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")",
          values.stream().sorted().toArray());
    }
    return this;
  }

  /** {@code " WHERE ..."}, or nothing when no filter is set. */
  String sql() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  /** The parameters of the clauses, then {@code more}. */
  Object[] params(Object... more) {
    List<Object> all = new ArrayList<>(params);
    Collections.addAll(all, more);
    return all.toArray();
  }
}
