package dev.convene.platform;

import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ReviewState;
import dev.convene.platform.AcknowledgedWrites.State;
import dev.convene.search.HitKind;
import dev.convene.search.SearchHit;
import dev.convene.search.SearchRequest;
import dev.convene.search.SearchResult;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** What a store, a search and an index on disk hold, read for the crash test to compare. */
final class StoredState {
  private StoredState() {}

  /** The ids of the store's communities. */
  static Set<String> communities(Storage storage) {
    Set<String> ids = new HashSet<>();
    storage.read(tx -> {
      Optional<PageRequest> page = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
      while (page.isPresent()) {
        Page<Community> communities = tx.communities().list(CommunityQuery.all(), page.get());
        communities.items().forEach(c -> ids.add(c.id().value()));
        page = page.get().next(communities);
      }
      return null;
    });
    return ids;
  }

  /** The store's items by id: title, and whether published. */
  static Map<String, State> items(Storage storage) {
    Map<String, State> items = new HashMap<>();
    storage.read(tx -> {
      Optional<PageRequest> page = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
      while (page.isPresent()) {
        Page<Item> listed = tx.items().list(ItemQuery.all(), page.get());
        listed.items().forEach(i -> items.put(i.id().value(),
            new State(i.title(), i.reviewState() == ReviewState.PUBLISHED)));
        page = page.get().next(listed);
      }
      return null;
    });
    return items;
  }

  /** The ids of the published items a search by {@link CrashWriter#ADA}, admin of every community, finds. */
  static Set<String> searchedItems(Convene convene) {
    Set<String> ids = new HashSet<>();
    Optional<SearchRequest> request = Optional.of(SearchRequest.builder().kinds(HitKind.ITEM).pageSize(1_000).build());
    while (request.isPresent()) {
      SearchResult result = convene.search(CrashWriter.ADA, request.get());
      result.hits().stream().map(SearchHit::item).flatMap(Optional::stream).forEach(id -> ids.add(id.value()));
      request = request.get().next(result);
    }
    return ids;
  }

  /**
   * The live documents of the index's last commit, read behind the index's back: by key ({@code
   * c:<id>} or {@code i:<id>}), the stored title of an item, or the empty string for a community.
   */
  static Map<String, String> indexed(Path index) {
    Map<String, String> documents = new HashMap<>();
    try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields fields = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            var document = fields.document(doc);
            String key = document.get("key");
            String previous = documents.put(key, key.startsWith("i:") ? document.get("title") : "");
            if (previous != null) {
              documents.put(key + " (twice)", previous);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return documents;
  }
}
