package dev.convene.search.internal;

import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The cells of an item: its review state and declared visibility, one bit each in an {@code int}
 * mask. What an actor may read of a community is two such masks (as the author of an item and as
 * anyone else), which the privacy filter turns into terms of the {@value Fields#CELL} field.
 */
public final class Cells {
  private static final int VISIBILITIES = Visibility.values().length;

  /** Every cell. */
  public static final int ALL = (1 << (ReviewState.values().length * VISIBILITIES)) - 1;

  private Cells() {}

  /** The bit of one cell. */
  public static int bit(ReviewState state, Visibility visibility) {
    return 1 << (state.ordinal() * VISIBILITIES + visibility.ordinal());
  }

  /** The cells of the given review states, in any visibility. */
  public static int ofStates(Collection<ReviewState> states) {
    int mask = 0;
    for (ReviewState state : states) {
      for (Visibility visibility : Visibility.values()) {
        mask |= bit(state, visibility);
      }
    }
    return mask;
  }

  /** The {@value Fields#CELL} terms of a mask. */
  public static List<String> terms(int mask) {
    List<String> terms = new ArrayList<>();
    for (ReviewState state : ReviewState.values()) {
      for (Visibility visibility : Visibility.values()) {
        if ((mask & bit(state, visibility)) != 0) {
          terms.add(Fields.cell(state, visibility));
        }
      }
    }
    return terms;
  }
}
