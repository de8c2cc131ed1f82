package dev.convene.storage.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * What a writing transaction must do to take its writes back, newest last. Rolling back to a mark
 * undoes one failed store call; rolling back to 0 undoes the whole transaction.
 */
final class UndoLog {
  private final List<Runnable> steps = new ArrayList<>();

  /** Records how to undo a write that has just been made. */
  void record(Runnable undo) {
    steps.add(undo);
  }

  /** The position to roll back to if what follows fails. */
  int mark() {
    return steps.size();
  }

  /** Undoes every write recorded after {@code mark}, newest first. */
  void rollbackTo(int mark) {
    for (int i = steps.size() - 1; i >= mark; i--) {
      steps.remove(i).run();
    }
  }
}
