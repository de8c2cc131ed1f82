package dev.convene.search.internal;

import dev.convene.core.model.Membership;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One user's memberships as read from the store, immutable, with their hash computed once: the
 * audience cache is keyed by them on every search, and a member of a thousand communities would
 * otherwise hash a thousand memberships per query.
 */
public final class Memberships {
  /** No memberships: an anonymous visitor's, or a user's who belongs nowhere. */
  public static final Memberships NONE = new Memberships(List.of());

  private final List<Membership> list;
  private final int hash;

  private Memberships(List<Membership> list) {
    this.list = list;
    this.hash = list.hashCode();
  }

  /** The memberships of {@code list}, copied. */
  public static Memberships of(List<Membership> list) {
    return list.isEmpty() ? NONE : new Memberships(List.copyOf(list));
  }

  /** The memberships, in the store's order. */
  public List<Membership> list() {
    return list;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || other instanceof Memberships that && hash == that.hash && list.equals(that.list);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return list.size() + " memberships";
  }
}
