package dev.convene.search.internal;

import java.util.Map;
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
   */
  public Query filter(Audience audience, int cells, boolean communities) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (ReachGroups groups : new ReachGroups[] {audience.shared(), audience.own()}) {
      if (cells != 0) {
        clauses += add(any, groups.anyone(), cells, null, audience);
        clauses += add(any, groups.authoredOnly(), cells, Occur.FILTER, audience);
        clauses += add(any, groups.otherOnly(), cells, Occur.MUST_NOT, audience);
      }
      if (communities && !groups.visible().isEmpty()) {
        any.add(block(new CommunityFilterQuery.Selection(groups.visible(), 0)), Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? new MatchNoDocsQuery("nothing visible") : any.build();
  }

  private int add(BooleanQuery.Builder any, Map<Integer, CommunitySet> groups, int cells, @Nullable Occur author,
      Audience audience) {
    int added = 0;
    for (Map.Entry<Integer, CommunitySet> group : groups.entrySet()) {
      int wanted = group.getKey() & cells;
      if (wanted == 0 || group.getValue().isEmpty()) {
        continue;
      }
      Query block = block(new CommunityFilterQuery.Selection(group.getValue(), wanted));
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

  private Query block(CommunityFilterQuery.Selection selection) {
    return new CommunityFilterQuery(selection, cache);
  }
}
