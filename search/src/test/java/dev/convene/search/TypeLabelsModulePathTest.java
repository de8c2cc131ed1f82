package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.convene.core.model.ItemType;
import dev.convene.storage.ItemStore;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The module's tests run on the class path, where a resource bundle is looked up differently from
 * inside a named module. This test loads the search module and what it requires as named modules in
 * a layer of their own, as an application on the module path would, and reads the type labels there:
 * they come from the labels bundle of the named module dev.convene.core.
 */
class TypeLabelsModulePathTest {
  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("the type labels are found from inside the named modules dev.convene.search and dev.convene.core")
  void bundleLoadsInNamedModule() throws Exception {
    ModuleFinder finder = ModuleFinder.of(List.of(SearchIndex.class, ItemType.class, ItemStore.class,
        IndexWriter.class, FrenchAnalyzer.class, UnifiedHighlighter.class, MoreLikeThis.class, MemoryIndex.class,
        Caffeine.class, LoggerFactory.class).stream().map(TypeLabelsModulePathTest::location).distinct()
        .toArray(Path[]::new));
    ModuleLayer boot = ModuleLayer.boot();
    Configuration configuration = boot.configuration().resolve(finder, ModuleFinder.of(), Set.of("dev.convene.search"));
    ModuleLayer.Controller controller = ModuleLayer.defineModulesWithOneLoader(configuration, List.of(boot),
        ClassLoader.getPlatformClassLoader());
    Module search = controller.layer().findModule("dev.convene.search").orElseThrow();
    controller.addExports(search, "dev.convene.search.internal", getClass().getModule());
    Class<?> labels = search.getClassLoader().loadClass("dev.convene.search.internal.TypeLabels");
    assertEquals(search, labels.getModule(), "the class is the named module's, not the class path's");
    Method label = labels.getMethod("label", String.class, Locale.class);
    assertEquals("Sondage", label.invoke(null, "poll", Locale.FRENCH));
    assertEquals("Encuesta", label.invoke(null, "poll", Locale.forLanguageTag("es")));
    assertEquals("Poll", label.invoke(null, "poll", Locale.GERMAN));
    assertEquals("Poll", label.invoke(null, "poll", Locale.ENGLISH));
  }
}
