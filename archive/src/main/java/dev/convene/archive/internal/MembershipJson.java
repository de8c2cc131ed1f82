package dev.convene.archive.internal;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import tools.jackson.core.JsonGenerator;

/** A membership, one line of {@code memberships.jsonl}. */
final class MembershipJson {
  private MembershipJson() {}

  static void write(JsonGenerator g, Membership m) {
    g.writeStartObject();
    g.writeStringProperty("community", m.community().value());
    g.writeStringProperty("user", m.user().value());
    g.writeStringProperty("state", m.state().name());
    g.writeStringProperty("role", m.role().name());
    Out.optional(g, "message", m.message());
    Out.optional(g, "inviter", m.inviter());
    g.writeStringProperty("since", m.since().toString());
    Out.optional(g, "expiry", m.expiry());
    g.writeNumberProperty("version", m.version());
    g.writeEndObject();
  }

  /** The membership as the archive holds it, at version 0. */
  static Membership read(In in) {
    return in.build(() -> new Membership(CommunityId.of(in.string("community")), UserId.of(in.string("user")),
        in.constant("state", MembershipState.class), in.constant("role", Role.class), in.optString("message"),
        in.optString("inviter").map(UserId::of), in.instant("since"), in.optInstant("expiry"), 0));
  }
}
