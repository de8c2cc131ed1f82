package dev.convene.portal;

import dev.convene.core.model.Actor;
import dev.convene.core.model.PlatformRole;
import java.util.List;
import java.util.Optional;

/**
 * The people of the demo "sign in as" list. It stands in for the host's own login: a real portal
 * takes the user id from its authentication, never from a list.
 *
 * @param key the id kept in the session, also the user id in Convene
 * @param label who the person is in the demo world
 * @param actor the actor Convene sees
 */
public record DemoUser(String key, String label, Actor actor) {
  /** The anonymous visitor, who is signed in as no one. */
  public static final DemoUser ANONYMOUS = new DemoUser("anonymous", "anonymous visitor", Actor.anonymous());

  /** Everyone on the list, the anonymous visitor first. */
  public static final List<DemoUser> ALL = List.of(
      ANONYMOUS,
      new DemoUser("olga", "Olga, an outsider", Actor.user("olga")),
      new DemoUser("mia", "Mia, a member", Actor.user("mia")),
      new DemoUser("mo", "Mo, a moderator", Actor.user("mo")),
      new DemoUser("ada", "Ada, an admin of every community", Actor.user("ada")),
      new DemoUser("bob", "Bob, blocked in Open Library", Actor.user("bob")),
      new DemoUser("rita", "Rita, who asked to join Pension Reform", Actor.user("rita")),
      new DemoUser("cora", "Cora, a curator", Actor.user("cora", PlatformRole.CURATOR)),
      new DemoUser("pat", "Pat, a platform admin", Actor.user("pat", PlatformRole.PLATFORM_ADMIN)));

  /** The person with this key, if the list has one. */
  public static Optional<DemoUser> byKey(String key) {
    return ALL.stream().filter(u -> u.key().equals(key)).findFirst();
  }

  /** Whether this is the anonymous visitor. */
  public boolean isAnonymous() {
    return actor.isAnonymous();
  }
}
