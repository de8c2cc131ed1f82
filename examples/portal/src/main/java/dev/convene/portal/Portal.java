package dev.convene.portal;

import dev.convene.core.policy.PolicySettings;
import dev.convene.platform.Convene;
import dev.convene.storage.Storage;
import dev.convene.storage.blob.FileSystemBlobStore;
import dev.convene.storage.jdbc.JdbcStorage;
import java.nio.file.Path;
import java.time.Duration;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Convene as the portal embeds it: an H2 database, a search index and a blob store of attached files,
 * all in one local folder, with a small world seeded on the first start.
 */
public final class Portal implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Portal.class);

  private final Convene convene;
  private final PortalInbox inbox;
  private final Path folder;
  private final boolean seeded;

  private Portal(Convene convene, PortalInbox inbox, Path folder, boolean seeded) {
    this.convene = convene;
    this.inbox = inbox;
    this.folder = folder;
    this.seeded = seeded;
  }

  /**
   * Opens the portal's data in {@code folder} ({@code db/} for H2, {@code index/} for search,
   * {@code files/} for attachments) with the library's default policy settings, seeding the demo
   * world if the database holds none yet.
   *
   * @param folder the data folder; created if missing
   * @return the opened portal, which the caller closes
   */
  public static Portal open(Path folder) {
    return open(folder, PolicySettings.defaults());
  }

  /**
   * The settings the demo runs with: the library's defaults, and the platform's curators review every
   * item that is to become public.
   *
   * @return the demo's policy settings
   */
  public static PolicySettings demoSettings() {
    return PolicySettings.defaults().withCuratePublicContent(true);
  }

  /**
   * Opens the portal's data in {@code folder} with the policy {@code settings}, seeding the demo world if
   * the database holds none yet. The world is built as it stood before the platform curated public
   * content: what it published stays published. Where {@code settings} curate public content, a few
   * public items of Climate Lab then wait for the curators.
   *
   * @param folder the data folder; created if missing
   * @param settings the platform's policy settings
   * @return the opened portal, which the caller closes
   */
  public static Portal open(Path folder, PolicySettings settings) {
    Path root = folder.toAbsolutePath().normalize();
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + root.resolve("db").resolve("portal") + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Storage storage = JdbcStorage.create(h2);
    PortalInbox inbox = new PortalInbox();
    boolean fresh = SeedWorld.isEmpty(storage);
    if (fresh) {
      try (Convene before = convene(storage, root, inbox, settings.withCuratePublicContent(false))) {
        SeedWorld.seed(before);
        // a first start indexes a few hundred documents: allow for a busy machine
        before.awaitSearchable(Duration.ofMinutes(2));
        before.notifications().awaitDelivered(Duration.ofMinutes(1));
      }
      LOG.info("Seeded the demo world in {}", root);
    } else {
      LOG.info("Found the demo world in {}", root);
    }
    Convene convene = convene(storage, root, inbox, settings);
    try {
      if (fresh && settings.curatePublicContent()) {
        SeedWorld.awaitingCuration(convene);
      }
      convene.awaitSearchable(Duration.ofMinutes(2));
    } catch (RuntimeException e) {
      convene.close();
      throw e;
    }
    return new Portal(convene, inbox, root, fresh);
  }

  private static Convene convene(Storage storage, Path root, PortalInbox inbox, PolicySettings settings) {
    return Convene.builder()
        .storage(storage)
        .blobStore(FileSystemBlobStore.create(root.resolve("files")))
        .search(root.resolve("index"))
        .notificationSink(inbox)
        .policySettings(settings)
        .build();
  }

  /** The embedded Convene. */
  public Convene convene() {
    return convene;
  }

  /** The notifications delivered since this start, per recipient: what the inbox page shows. */
  public PortalInbox inbox() {
    return inbox;
  }

  /** The data folder. */
  public Path folder() {
    return folder;
  }

  /** Whether this start seeded the world (the folder held none). */
  public boolean seeded() {
    return seeded;
  }

  /** Closes Convene: its search index and followers. */
  @Override
  public void close() {
    convene.close();
  }
}
