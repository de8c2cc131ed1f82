package dev.convene.search.internal;

import dev.convene.core.ConveneException;
import dev.convene.core.InvalidQueryException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.search.FacetDimension;
import dev.convene.search.FacetResult;
import dev.convene.search.IndexStats;
import dev.convene.search.SearchRequest;
import dev.convene.search.SearchResult;
import dev.convene.search.SuggestRequest;
import dev.convene.search.Suggestion;
import dev.convene.storage.Storage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;

/**
 * What a search does, between the public {@code SearchIndex} and Lucene: bring the view of the
 * communities up to date and find the actor's memberships in it (one read transaction, which reads
 * the memberships from the store only when the view holds none for the actor), find the actor's
 * audience, and run the query on the latest searcher.
 */
public final class SearchCore {
  private final IndexEngine engine;
  private final WorldView view;
  private final Audiences audiences;
  private final FilterCache cache;
  private final QueryRunner runner;
  private final Clock clock;

  public SearchCore(Storage storage, IndexEngine engine, Analyzers analyzers, AccessPolicy policy, Clock clock,
      Duration gapTimeout, Duration writesElsewhereWithin, long filterCacheBytes, int audienceCacheSize,
      int minPrefixLength) {
    this.engine = engine;
    this.clock = clock;
    this.view = new WorldView(storage, clock, gapTimeout, writesElsewhereWithin, audienceCacheSize);
    this.audiences = new Audiences(new AccessPolicyProbe(policy), clock, audienceCacheSize);
    this.cache = new FilterCache(filterCacheBytes);
    this.runner = new QueryRunner(analyzers, cache, new VisibleStatistics(cache, filterCacheBytes), minPrefixLength);
  }

  /** Runs a search for the actor. */
  public SearchResult search(Actor actor, SearchRequest request) {
    long start = System.nanoTime();
    WorldView.Synced synced = view.sync(actor);
    Audience audience = audiences.of(actor, synced.memberships(), synced.world());
    IndexSearcher searcher = acquire();
    try {
      return runner.run(searcher, request, synced.world(), audience, clock.instant(), start);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(InvalidQueryException.TOO_MANY_CLAUSES, Map.of(),
          "The query is too complex; use fewer words, phrases or prefixes.");
    } catch (IOException e) {
      throw new ConveneException("search-index.failed", Map.of(), "the search failed: " + e.getMessage(), e);
    } finally {
      release(searcher);
    }
  }

  /** Suggests concepts for the actor. */
  public List<Suggestion> suggest(Actor actor, SuggestRequest request) {
    return ConceptSuggester.suggest(request, view.current().taxonomy(), schemes -> counts(actor, schemes));
  }

  /** The per-document concept counts of everything published the actor may see, in these schemes. */
  private Map<ConceptId, Long> counts(Actor actor, Set<SchemeId> schemes) {
    SearchResult result = search(actor, SearchRequest.builder().pageSize(1)
        .facets(schemes.stream().sorted().map(FacetDimension::concepts).toArray(FacetDimension[]::new)).build());
    Map<ConceptId, Long> counts = new HashMap<>();
    for (FacetResult facet : result.facets()) {
      facet.values().forEach(value -> counts.put(ConceptId.of(value.value()), value.count()));
    }
    return counts;
  }

  /** What the index holds now. */
  public dev.convene.search.IndexStats stats() {
    IndexSearcher searcher = acquire();
    try {
      return new IndexStats(searcher.getIndexReader().numDocs(), searcher.getIndexReader().maxDoc(),
          engine.documentsWritten(), engine.visibleSequence(), cache.hits(), cache.misses(),
          engine.failureCount(), searcher.getIndexReader().leaves().size());
    } finally {
      release(searcher);
    }
  }

  private IndexSearcher acquire() {
    try {
      return engine.searchers().acquire();
    } catch (IOException e) {
      throw new ConveneException("search-index.failed", Map.of(),
          "the search index cannot be read: " + e.getMessage(), e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      engine.searchers().release(searcher);
    } catch (IOException e) {
      throw new ConveneException("search-index.failed", Map.of(),
          "the search index cannot be released: " + e.getMessage(), e);
    }
  }
}
