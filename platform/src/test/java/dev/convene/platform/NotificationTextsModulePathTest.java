package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.convene.core.model.ItemType;
import dev.convene.search.SearchIndex;
import dev.convene.storage.ItemStore;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * inside a named module. This test loads the platform and what it requires as named modules in a layer
 * of their own, as an application on the module path would, and writes a notification's text and an
 * enum's label there, from the bundles of dev.convene.platform and dev.convene.core.
 */
class NotificationTextsModulePathTest {
  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("the notification texts and the labels are found from inside the named modules")
  void bundlesLoadInNamedModules() throws Exception {
    ModuleFinder finder = ModuleFinder.of(List.of(Notification.class, SearchIndex.class, ItemType.class,
        ItemStore.class, IndexWriter.class, FrenchAnalyzer.class, UnifiedHighlighter.class, MoreLikeThis.class,
        MemoryIndex.class, Caffeine.class, LoggerFactory.class).stream()
        .map(NotificationTextsModulePathTest::location).distinct().toArray(Path[]::new));
    ModuleLayer boot = ModuleLayer.boot();
    Configuration configuration = boot.configuration().resolve(finder, ModuleFinder.of(), Set.of("dev.convene.platform"));
    ModuleLayer layer = ModuleLayer.defineModulesWithOneLoader(configuration, List.of(boot),
        ClassLoader.getPlatformClassLoader()).layer();
    ClassLoader loader = layer.findLoader("dev.convene.platform");
    Class<?> notification = loader.loadClass("dev.convene.platform.Notification");
    assertEquals(layer.findModule("dev.convene.platform").orElseThrow(), notification.getModule(),
        "the class is the named module's, not the class path's");

    Class<?> notificationId = loader.loadClass("dev.convene.platform.NotificationId");
    Class<?> userId = loader.loadClass("dev.convene.core.model.UserId");
    Class<?> communityId = loader.loadClass("dev.convene.core.model.CommunityId");
    Object mia = userId.getConstructor(String.class).newInstance("mia");
    Constructor<?> make = notification.getConstructors()[0];
    Object n = make.newInstance(notificationId.getConstructor(String.class).newInstance("o1:mia"), mia,
        communityId.getConstructor(String.class).newInstance("c1"), "community.privacy_changed", Optional.empty(),
        Optional.empty(), Map.of("community", "Water", "privacy", "PRIVATE"), "Water is now private", Instant.EPOCH);
    var summary = notification.getMethod("summary", Locale.class);
    assertEquals("La comunidad Water ahora es privada", summary.invoke(n, Locale.forLanguageTag("es")));
    assertEquals("La communauté Water est désormais privée", summary.invoke(n, Locale.FRENCH));
    assertEquals("Water is now private", summary.invoke(n, Locale.GERMAN));

    Class<?> labels = loader.loadClass("dev.convene.core.model.Labels");
    Class<?> privacy = loader.loadClass("dev.convene.core.model.Privacy");
    Object semiPrivate = privacy.getMethod("valueOf", String.class).invoke(null, "SEMI_PRIVATE");
    assertEquals("Semiprivada", labels.getMethod("of", Enum.class, Locale.class).invoke(null, semiPrivate,
        Locale.forLanguageTag("es")));
  }
}
