package dev.convene.storage.memory;

/** One value whose every change records its own undo. */
final class Cell<V> {
  private V value;

  Cell(V initial) {
    value = initial;
  }

  V get() {
    return value;
  }

  void set(V newValue, UndoLog undo) {
    V previous = value;
    value = newValue;
    undo.record(() -> value = previous);
  }
}
