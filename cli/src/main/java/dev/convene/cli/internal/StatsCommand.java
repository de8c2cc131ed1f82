package dev.convene.cli.internal;

import dev.convene.core.ConveneException;
import dev.convene.search.IndexStats;
import dev.convene.search.SearchIndex;
import dev.convene.storage.Storage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code stats}: what the store holds and, with {@code --index}, what the search index holds once it
 * has caught up with the store, one {@code name value} line each.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = {"Counts the communities, memberships and items in the store and, with --index, the index's "
        + "documents once it has caught up with the store, and the items it could not index while it did.",
        "With --index, stop the application first: an index takes one writer at a time."})
public final class StatsCommand implements Callable<Integer> {
  @Mixin
  private PlatformOptions options;

  @Override
  public Integer call() {
    PrintWriter out = options.out();
    try (Database database = options.database()) {
      Storage storage = database.storage();
      StoreCounts counts = StoreCounts.of(storage);
      line(out, "communities", counts.communities());
      line(out, "memberships", counts.memberships());
      line(out, "items", counts.items());
      line(out, "changes", counts.changes());
      Path path = options.indexIfGiven();
      if (path != null) {
        requireIndex(path);
        try (SearchIndex index = SearchIndex.builder().storage(storage).path(path).build()) {
          index.catchUp();
          IndexStats stats = index.stats();
          line(out, "index.documents", stats.documents());
          line(out, "index.deleted", stats.maxDoc() - stats.documents());
          line(out, "index.visible-change", stats.visibleSequence());
          line(out, "index.failures", stats.failures());
        }
      }
    }
    return 0;
  }

  /** A mistyped path must not be taken for a new index, which catching up would build from scratch. */
  private static void requireIndex(Path path) {
    ConveneException none = new ConveneException("search-index.missing", Map.of(),
        "there is no search index in " + path + ": rebuild-index makes one");
    if (!Files.isDirectory(path)) {
      throw none; // before opening it, which would create it
    }
    try (Directory directory = FSDirectory.open(path)) {
      if (!DirectoryReader.indexExists(directory)) {
        throw none;
      }
    } catch (IOException e) {
      throw new ConveneException("search-index.failed", Map.of(),
          "cannot read the search index in " + path + ": " + e.getMessage(), e);
    }
  }

  private static void line(PrintWriter out, String name, long value) {
    out.println(String.format(Locale.ROOT, "%-22s %d", name, value));
  }
}
