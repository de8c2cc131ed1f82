package dev.convene.search.internal;

import dev.convene.core.model.CommunityId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, sorted set of community ids with its hash computed once, so that it can key a
 * cache of filters cheaply: two actors whose audiences hold the same set share the cached filter.
 */
public final class CommunitySet {
  private final String[] ids;
  private final int hash;

  private CommunitySet(String[] ids) {
    this.ids = ids;
    this.hash = Arrays.hashCode(ids);
  }

  /** The set of these communities. */
  public static CommunitySet of(Collection<CommunityId> communities) {
    return new CommunitySet(communities.stream().map(CommunityId::value).distinct().sorted().toArray(String[]::new));
  }

  /** Whether the set is empty. */
  public boolean isEmpty() {
    return ids.length == 0;
  }

  /** How many communities it holds. */
  public int size() {
    return ids.length;
  }

  /** The ids as terms. */
  public List<BytesRef> terms() {
    return Arrays.stream(ids).map(BytesRef::new).toList();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || other instanceof CommunitySet that && hash == that.hash && Arrays.equals(ids, that.ids);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return ids.length <= 5 ? Arrays.toString(ids) : ids.length + " communities";
  }
}
