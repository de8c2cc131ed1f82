package dev.convene.storage.memory;

import java.util.Collections;
import java.util.Comparator;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rows by key, in key order, whose every write records its own undo. Rows are immutable values, so
 * handing them out hands out no internal state.
 */
final class Table<K, V> {
  private final TreeMap<K, V> rows;
  private final NavigableMap<K, V> view;

  Table(Comparator<? super K> order) {
    rows = new TreeMap<>(order);
    view = Collections.unmodifiableNavigableMap(rows);
  }

  Optional<V> get(K key) {
    return Optional.ofNullable(rows.get(key));
  }

  boolean contains(K key) {
    return rows.containsKey(key);
  }

  /** A read-only view of the rows, in key order. */
  NavigableMap<K, V> rows() {
    return view;
  }

  void put(K key, V value, UndoLog undo) {
    V previous = rows.put(key, value);
    undo.record(previous == null ? () -> rows.remove(key) : () -> rows.put(key, previous));
  }

  void remove(K key, UndoLog undo) {
    V previous = rows.remove(key);
    if (previous != null) {
      undo.record(() -> rows.put(key, previous));
    }
  }
}
