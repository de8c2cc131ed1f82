package dev.convene.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;

/**
 * The expiry instants the index's announcements carry, per segment, to name the time of a search by
 * the last expiry it has passed. Which announcements have expired changes only when the clock passes
 * one of these instants, so every search between two of them has the same privacy filter: an equal
 * query, whose relevance statistics ({@link VisibleStatistics}) are shared and cached, where the
 * instant of each search made each filter new.
 *
 * <p>A segment's instants are read once per segment core (held weakly: they go with the segment);
 * deleted documents may leave instants no live announcement carries, which changes nothing: between
 * two listed instants no announcement expires.
 */
final class Expiries {
  private static final long[] NONE = new long[0];

  private final Map<IndexReader.CacheKey, long[]> bySegment = new WeakHashMap<>();

  /**
   * The latest expiry at or before {@code now} (epoch milliseconds) that an announcement in {@code
   * reader} carries, or {@link Long#MIN_VALUE} if none: an announcement has expired at {@code now}
   * exactly when it has expired at that instant.
   */
  long lastPassed(IndexReader reader, long now) throws IOException {
    long last = Long.MIN_VALUE;
    for (LeafReaderContext leaf : reader.leaves()) {
      long[] instants = of(leaf.reader());
      int found = Arrays.binarySearch(instants, now);
      int at = found >= 0 ? found : -found - 2;
      if (at >= 0) {
        last = Math.max(last, instants[at]);
      }
    }
    return last;
  }

  private long[] of(LeafReader segment) throws IOException {
    IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return read(segment);
    }
    synchronized (bySegment) {
      long[] known = bySegment.get(helper.getKey());
      if (known != null) {
        return known;
      }
    }
    long[] read = read(segment);
    synchronized (bySegment) {
      bySegment.putIfAbsent(helper.getKey(), read);
    }
    return read;
  }

  /** Every distinct expiry of the segment, sorted. */
  private static long[] read(LeafReader segment) throws IOException {
    PointValues points = segment.getPointValues(Fields.EXPIRES);
    if (points == null || points.size() == 0) {
      return NONE;
    }
    long[] all = new long[Math.toIntExact(points.size())];
    int[] size = {0};
    points.intersect(new PointValues.IntersectVisitor() {
      @Override
      public void visit(int docID) {
        throw new IllegalStateException("every cell is crossed, so each value is visited");
      }

      @Override
      public void visit(int docID, byte[] packedValue) {
        all[size[0]++] = LongPoint.decodeDimension(packedValue, 0);
      }

      @Override
      public PointValues.Relation compare(byte[] minPackedValue, byte[] maxPackedValue) {
        return PointValues.Relation.CELL_CROSSES_QUERY;
      }
    });
    return Arrays.stream(all, 0, size[0]).sorted().distinct().toArray();
  }
}
