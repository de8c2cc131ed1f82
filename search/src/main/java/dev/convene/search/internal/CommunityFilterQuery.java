package dev.convene.search.internal;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * One building block of the privacy filter: the documents of a set of communities, either the items
 * in some cells or the community documents themselves. Its bits are computed once per segment and
 * kept in a {@link FilterCache} under the selection (never under a user), so that every actor whose
 * audience holds the same set shares them.
 */
public final class CommunityFilterQuery extends CachedFilterQuery {
  /**
   * What the filter selects.
   *
   * @param communities the communities
   * @param cells the item cells to keep, or 0 for the community documents
   */
  public record Selection(CommunitySet communities, long cells) {}

  private final Selection selection;

  public CommunityFilterQuery(Selection selection, FilterCache cache) {
    super(selection, cache);
    this.selection = selection;
  }

  /** The documents of the selection, as plain Lucene queries. */
  @Override
  protected Query uncached() {
    BooleanQuery.Builder inner = new BooleanQuery.Builder()
        .add(new TermInSetQuery(Fields.COMMUNITY, selection.communities().terms()), Occur.FILTER);
    if (selection.cells() == 0) {
      inner.add(new TermQuery(new Term(Fields.KIND, Fields.COMMUNITY_KIND)), Occur.FILTER);
    } else {
      inner.add(new TermInSetQuery(Fields.CELL, Cells.terms(selection.cells()).stream().map(BytesRef::new).toList()),
          Occur.FILTER);
    }
    return inner.build();
  }

  /** A leaf: its thousands of community terms concern no highlighter, and are no clauses of the search. */
  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "communities" + selection.communities() + (selection.cells() == 0 ? "/communities" : "/cells:"
        + Long.toBinaryString(selection.cells()));
  }
}
