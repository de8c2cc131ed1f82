package dev.convene.cli.internal;

import dev.convene.search.IndexFailure;
import dev.convene.search.IndexStats;
import dev.convene.search.SearchIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code rebuild-index}: indexes every community and item of the store anew. The index must not be
 * open elsewhere (Lucene's lock refuses a second writer): stop the application first.
 */
@Command(name = "rebuild-index", mixinStandardHelpOptions = true,
    description = {"Rebuilds the search index in --index from the store, listing what could not be indexed.",
        "Stop the application first: an index takes one writer at a time."})
public final class RebuildIndexCommand implements Callable<Integer> {
  @Mixin
  private PlatformOptions options;

  @Override
  public Integer call() {
    PrintWriter out = options.out();
    Path path = options.index();
    try (Database database = options.database();
        SearchIndex index = SearchIndex.builder().storage(database.storage()).path(path).build()) {
      try (Progress progress = Progress.start("Indexing", out)) {
        index.rebuild(progress::update);
      }
      IndexStats stats = index.stats();
      List<IndexFailure> failures = index.failures();
      out.println("Indexed " + stats.documents() + " documents, following the change log from "
          + stats.visibleSequence() + "; " + failures.size() + " could not be indexed.");
      failures.forEach(f -> out.println("  " + f.kind().name().toLowerCase(Locale.ROOT) + " " + f.id() + ": "
          + OneLineErrors.oneLine(f.reason())));
    }
    return 0;
  }
}
