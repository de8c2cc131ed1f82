package dev.convene.search.internal;

import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Builds the privacy filter of one query from the actor's {@link Audience}: a disjunction of cached
 * {@link CommunityFilterQuery} blocks, one per group of communities and cells, with the actor's
 * user id added only where authorship decides (drafts). A document passes exactly when the policy
 * lets the actor see it: VIEW_ITEM for items, VIEW_COMMUNITY for communities.
 *
 * <p>Where the actor may read announcements but not the same ones once expired (or the other way
 * round), the block is split by comparing each announcement's {@value Fields#EXPIRES} with the time
 * of the search: an announcement leaves the results at its expiry, and nothing is reindexed. That
 * comparison is the one part of the filter that is not cached; the caller names the time by the last
 * expiry passed ({@link Expiries}), so that the filter stays the same query between two expiries.
 */
public final class PrivacyFilter {
  private final FilterCache cache;

  public PrivacyFilter(FilterCache cache) {
    this.cache = cache;
  }

  /**
   * The filter.
   *
   * @param audience what the actor may read
   * @param cells the item cells the request asks for (its review states); 0 for no items
   * @param communities whether community documents are wanted
   * @param now the time of the search in epoch milliseconds, which decides whether an announcement
   *     has expired (its expiry at or before it); the caller may pass the last expiry the index holds
   *     at or before the time, which decides the same and keeps the filter equal between expiries
   */
  public Query filter(Audience audience, long cells, boolean communities, long now) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    Query expired = LongPoint.newRangeQuery(Fields.EXPIRES, Long.MIN_VALUE, now);
    for (ReachGroups groups : new ReachGroups[] {audience.shared(), audience.own()}) {
      if (cells != 0) {
        clauses += add(any, groups.anyone(), cells, null, audience, expired);
        clauses += add(any, groups.authoredOnly(), cells, Occur.FILTER, audience, expired);
        clauses += add(any, groups.otherOnly(), cells, Occur.MUST_NOT, audience, expired);
      }
      if (communities && !groups.visible().isEmpty()) {
        any.add(block(new CommunityFilterQuery.Selection(groups.visible(), 0)), Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? new MatchNoDocsQuery("nothing visible") : any.build();
  }

  private int add(BooleanQuery.Builder any, Map<Long, CommunitySet> groups, long cells, @Nullable Occur author,
      Audience audience, Query expired) {
    int added = 0;
    for (Map.Entry<Long, CommunitySet> group : groups.entrySet()) {
      long wanted = group.getKey() & cells;
      if (wanted == 0 || group.getValue().isEmpty()) {
        continue;
      }
      @Nullable Query block = cells(group.getValue(), wanted, expired);
      if (block == null) {
        continue;
      }
      if (author != null) {
        if (audience.actor().user().isEmpty()) {
          if (author == Occur.FILTER) {
            continue; // an anonymous visitor wrote nothing
          }
        } else {
          block = new BooleanQuery.Builder().add(block, Occur.FILTER)
              .add(new TermQuery(new Term(Fields.AUTHOR, audience.actor().user().get().value())), author).build();
        }
      }
      any.add(block, Occur.SHOULD);
      added++;
    }
    return added;
  }

  /** The items of the communities in the cells, expired announcements only where their cells allow. */
  private @Nullable Query cells(CommunitySet communities, long wanted, Query expired) {
    long live = wanted & Cells.LIVE;
    long liveAnnouncements = Cells.announcements(live);
    long expiredAnnouncements = Cells.expiredAsAnnouncements(wanted);
    if (liveAnnouncements == expiredAnnouncements) {
      return live == 0 ? null : block(new CommunityFilterQuery.Selection(communities, live));
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    if (live != 0) {
      Query notExpired = liveAnnouncements == 0 ? block(new CommunityFilterQuery.Selection(communities, live))
          : new BooleanQuery.Builder().add(block(new CommunityFilterQuery.Selection(communities, live)), Occur.FILTER)
              .add(expired, Occur.MUST_NOT).build();
      either.add(notExpired, Occur.SHOULD);
    }
    if (expiredAnnouncements != 0) {
      either.add(new BooleanQuery.Builder()
          .add(block(new CommunityFilterQuery.Selection(communities, expiredAnnouncements)), Occur.FILTER)
          .add(expired, Occur.FILTER).build(), Occur.SHOULD);
    }
    return either.build();
  }

  private Query block(CommunityFilterQuery.Selection selection) {
    return new CommunityFilterQuery(selection, cache);
  }
}
