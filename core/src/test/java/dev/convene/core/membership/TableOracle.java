package dev.convene.core.membership;

import dev.convene.core.membership.Fixtures.Start;
import dev.convene.core.membership.TransitionTableTest.Op;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Predicts an operation's outcome on any roster from the hand-written {@link
 * TransitionTableTest#TABLE}, adding the rules the table holds fixed: the inviter and the parent.
 */
final class TableOracle {
  private static final Map<String, String> OUTCOMES = TransitionTableTest.rows()
      .collect(Collectors.toMap(a -> a.get()[0] + " " + a.get()[1], a -> (String) a.get()[2]));
  private static final Set<Op> NEED_PARENT = Set.of(Op.JOIN, Op.REQUEST, Op.INVITE, Op.ACCEPT, Op.APPROVE);

  private TableOracle() {}

  /** Where the user stands in the table's terms. */
  static Start start(Roster roster, UserId user, Instant now) {
    return roster.membership(user).map(m -> switch (m.state()) {
      case INVITED -> m.isExpired(now) ? Start.EXPIRED_INVITATION : Start.INVITED;
      case REQUESTED -> Start.REQUESTED;
      case BLOCKED -> Start.BLOCKED;
      case ACTIVE -> switch (m.role()) {
        case MEMBER -> Start.MEMBER;
        case MODERATOR -> Start.MODERATOR;
        case ADMIN -> roster.admins().size() == 1 ? Start.LAST_ADMIN : Start.ADMIN;
      };
    }).orElse(Start.NONE);
  }

  /**
   * The expected outcome of {@code op} on {@code user}: "conflict", "deleted", "unchanged" or the
   * membership after it, as in the table.
   */
  static String outcome(Op op, Roster roster, UserId user, UserId inviter, Instant now) {
    String outcome = OUTCOMES.get(op + " " + start(roster, user, now));
    boolean parentRefuses = NEED_PARENT.contains(op)
        && roster.parent().map(p -> !p.isActive(user)).orElse(false);
    if (op == Op.INVITE && !mayInvite(roster, inviter) || !outcome.equals("conflict") && parentRefuses) {
      return "conflict";
    }
    return outcome;
  }

  private static boolean mayInvite(Roster roster, UserId inviter) {
    return roster.isActive(inviter)
        || roster.parent().flatMap(p -> p.membership(inviter)).filter(m -> m.hasRole(Role.ADMIN)).isPresent();
  }

  /** A membership as the table writes it. */
  static String describe(Membership m) {
    return m.isActive() ? m.state() + " " + m.role() : m.state().toString();
  }
}
