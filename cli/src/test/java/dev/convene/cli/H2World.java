package dev.convene.cli;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Visibility;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import dev.convene.platform.OutboxSettings;
import dev.convene.storage.jdbc.JdbcStorage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An H2 database in a file, written through the platform as a portal does: ada's communities water
 * (open) and pensions, olga a member of water, and the documents the test asks for.
 */
final class H2World {
  static final Actor ADA = Actor.user("ada");
  static final Actor OLGA = Actor.user("olga");

  private H2World() {}

  static String url(Path folder) {
    return "jdbc:h2:file:" + folder.resolve("db/convene") + ";DB_CLOSE_DELAY=-1";
  }

  /** Builds the world; {@code more} adds to it through the platform, water being the first community. */
  static void build(String url, List<String> adasTitles, Consumer<Convene> more) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    try (Convene convene = Convene.builder().storage(JdbcStorage.create(h2))
        .outbox(OutboxSettings.defaults().withBackground(false)).build()) {
      Community water = convene.communities().create(ADA, "water", c -> c.name("Water").joinPolicy(JoinPolicy.OPEN));
      convene.communities().create(ADA, "pensions", c -> c.name("Pensions"));
      convene.memberships().join(OLGA, water.id());
      for (String title : adasTitles) {
        convene.content().create(ADA, water.id(), ItemDraft.document(title, Locale.ENGLISH, Visibility.PUBLIC));
      }
      more.accept(convene);
    }
  }

  static Community water(Convene convene) {
    return convene.communities().bySlug(ADA, "water");
  }
}
