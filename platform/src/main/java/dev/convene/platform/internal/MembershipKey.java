package dev.convene.platform.internal;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;

/** The key of one membership: a community and a user. */
public record MembershipKey(CommunityId community, UserId user) {}
