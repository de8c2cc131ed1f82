package dev.convene.portal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's sessions, kept in memory: who is signed in on the demo list, the display language,
 * and the token every form sends back. A session ends with the process.
 */
final class Sessions {
  /** The most sessions kept at once; past that the oldest-looking entries are dropped. */
  private static final int MAX_SESSIONS = 10_000;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  /** One browser's session. */
  static final class Session {
    final String id;
    final String csrf;
    volatile String userKey = DemoUser.ANONYMOUS.key();
    volatile String lang = "en";

    Session(String id, String csrf) {
      this.id = id;
      this.csrf = csrf;
    }

    DemoUser user() {
      return DemoUser.byKey(userKey).orElse(DemoUser.ANONYMOUS);
    }
  }

  Optional<Session> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(sessions.get(id));
  }

  Session create() {
    if (sessions.size() >= MAX_SESSIONS) {
      sessions.keySet().stream().findAny().ifPresent(sessions::remove);
    }
    Session session = new Session(token(), token());
    sessions.put(session.id, session);
    return session;
  }

  private String token() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
