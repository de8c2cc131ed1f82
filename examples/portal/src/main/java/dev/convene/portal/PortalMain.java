package dev.convene.portal;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the example portal, whose platform curates public content (see {@link Portal#demoSettings()}):
 * Convene with its data in {@code portal.data} ({@code data/portal} by
 * default), the web server on {@code portal.host}:{@code portal.port} (127.0.0.1:7070 by default).
 * Ctrl-C stops the server and closes Convene.
 */
public final class PortalMain {
  private static final Logger LOG = LoggerFactory.getLogger(PortalMain.class);

  private PortalMain() {}

  /**
   * Runs the portal until the process is stopped.
   *
   * @param args none
   * @throws InterruptedException if interrupted while running
   */
  public static void main(String[] args) throws InterruptedException {
    Path data = Path.of(System.getProperty("portal.data", "data/portal"));
    String host = System.getProperty("portal.host", "127.0.0.1");
    int port = Integer.parseInt(System.getProperty("portal.port", "7070"));
    Portal portal = Portal.open(data, Portal.demoSettings());
    PortalServer server;
    try {
      server = PortalServer.start(portal, host, port);
    } catch (RuntimeException e) {
      portal.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("Stopping the portal");
      try (portal; server) {
        // the server stops first, then Convene closes
      } finally {
        stopped.countDown();
      }
    }, "portal-shutdown"));
    LOG.info("Open http://{}:{}/ in a browser; Ctrl-C stops the portal.", host, server.port());
    stopped.await();
  }
}
