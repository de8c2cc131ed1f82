package dev.convene.portal;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.PolicySettings;
import dev.convene.platform.ItemDraft;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.PageRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** The portal started on a free port of the loopback, with its data in a test's folder. */
final class TestPortal implements AutoCloseable {
  /** A title that would run a script if the portal rendered it unescaped. */
  static final String EVIL_TITLE = "<script>alert(1)</script> \"onerror=alert(2) x";

  final Portal portal;
  final PortalServer server;

  /** The portal with the library's default policy settings, where public items are published at once. */
  TestPortal(Path folder) {
    this(folder, PolicySettings.defaults());
  }

  TestPortal(Path folder, PolicySettings settings) {
    portal = Portal.open(folder, settings);
    server = PortalServer.start(portal, "127.0.0.1", 0);
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  Actor actor(String key) {
    return DemoUser.byKey(key).orElseThrow().actor();
  }

  /** Adds a public document with {@link #EVIL_TITLE} to Open Library and waits until search finds it. */
  Item addEvilDocument() {
    Community library = portal.convene().communities().bySlug(actor("ada"), SeedWorld.LIBRARY);
    Item item = portal.convene().content().create(actor("ada"), library.id(),
        ItemDraft.document(EVIL_TITLE, Locale.ENGLISH, Visibility.PUBLIC).summary("<img src=x onerror=alert(3)>"));
    Item published = portal.convene().content().submitOrPublish(actor("ada"), item.id());
    portal.convene().awaitSearchable(Duration.ofSeconds(30));
    return published;
  }

  /** The hidden group's slug, which ends in random characters. */
  String hiddenSlug() {
    return SeedWorld.hiddenSlug(portal.convene());
  }

  /** The hidden group's only document, read as its moderator. */
  Item hiddenDocument() {
    Community group = portal.convene().communities().bySlug(actor("mo"), hiddenSlug());
    return portal.convene().content().list(actor("mo"), group.id(), ItemQuery.all().withTypes(ItemType.DOCUMENT),
        PageRequest.first(10)).items().getFirst();
  }

  @Override
  public void close() {
    try (portal; server) {
      // the server stops first, then Convene closes
    }
  }
}
