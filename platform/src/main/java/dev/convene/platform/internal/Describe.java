package dev.convene.platform.internal;

import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import java.util.Optional;

/** Short, readable states for audit entries: "ACTIVE MODERATOR", "INVITED", "none". */
public final class Describe {
  private Describe() {}

  public static String membership(Optional<Membership> membership) {
    return membership.map(Describe::membership).orElse("none");
  }

  public static String membership(Membership membership) {
    return membership.state() == MembershipState.ACTIVE ? "ACTIVE " + membership.role() : membership.state().name();
  }
}
