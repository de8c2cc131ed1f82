package dev.convene.search.internal;

import dev.convene.core.model.ItemType;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The cells of an item: its type, review state and declared visibility, one bit each in a {@code
 * long} mask, and one more block of bits for announcements that have expired. What an actor may
 * read of a community is two such masks (as the author of an item and as anyone else), which the
 * privacy filter turns into terms of the {@value Fields#CELL} field; whether an announcement has
 * expired is not indexed as a cell but compared with its {@value Fields#EXPIRES} at query time, so
 * that it leaves readers' results at its expiry without a reindex.
 */
public final class Cells {
  private static final int VISIBILITIES = Visibility.values().length;
  private static final int PER_KIND = ReviewState.values().length * VISIBILITIES;
  private static final int EXPIRED = ItemType.values().length;

  /** The cells of items that are not expired announcements, of every type. */
  public static final long LIVE = (1L << (EXPIRED * PER_KIND)) - 1;
  /** Every cell, expired announcements included. */
  public static final long ALL = (1L << ((EXPIRED + 1) * PER_KIND)) - 1;

  private Cells() {}

  /** The bit of one cell of an item that is not an expired announcement. */
  public static long bit(ItemType type, ReviewState state, Visibility visibility) {
    return 1L << (type.ordinal() * PER_KIND + offset(state, visibility));
  }

  /** The bit of one cell of an announcement that has expired. */
  public static long expiredBit(ReviewState state, Visibility visibility) {
    return 1L << (EXPIRED * PER_KIND + offset(state, visibility));
  }

  /** The cells of the given review states, of every type, expired announcements included. */
  public static long ofStates(Collection<ReviewState> states) {
    long mask = 0;
    for (ReviewState state : states) {
      for (Visibility visibility : Visibility.values()) {
        mask |= expiredBit(state, visibility);
        for (ItemType type : ItemType.values()) {
          mask |= bit(type, state, visibility);
        }
      }
    }
    return mask;
  }

  /** The announcement cells of a mask, as live announcements: the indexed cells they are. */
  public static long announcements(long mask) {
    return mask & (((1L << PER_KIND) - 1) << (ItemType.ANNOUNCEMENT.ordinal() * PER_KIND));
  }

  /** The expired-announcement cells of a mask, moved onto the indexed announcement cells. */
  public static long expiredAsAnnouncements(long mask) {
    long expired = (mask >>> (EXPIRED * PER_KIND)) & ((1L << PER_KIND) - 1);
    return expired << (ItemType.ANNOUNCEMENT.ordinal() * PER_KIND);
  }

  /** The {@value Fields#CELL} terms of a mask's cells that are not expired announcements. */
  public static List<String> terms(long mask) {
    List<String> terms = new ArrayList<>();
    for (ItemType type : ItemType.values()) {
      for (ReviewState state : ReviewState.values()) {
        for (Visibility visibility : Visibility.values()) {
          if ((mask & bit(type, state, visibility)) != 0) {
            terms.add(Fields.cell(type, state, visibility));
          }
        }
      }
    }
    return terms;
  }

  private static int offset(ReviewState state, Visibility visibility) {
    return state.ordinal() * VISIBILITIES + visibility.ordinal();
  }
}
